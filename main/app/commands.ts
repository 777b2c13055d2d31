/**
 * Commands the application menu sends to the renderer on IPC.command (window.convene.onCommand).
 * The renderer acts on these strings; they belong in the contract (shared/contract/bridge.ts) once
 * the renderer handles them, so both sides import one list.
 */
export const APP_COMMANDS = {
  home: 'navigate:home',
  directory: 'navigate:directory',
  settings: 'navigate:settings',
} as const;

export type AppCommand = (typeof APP_COMMANDS)[keyof typeof APP_COMMANDS];
