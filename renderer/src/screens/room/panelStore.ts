import { useSyncExternalStore } from 'react';

/**
 * Whether the room panel is open. One panel, shown by the sidebar's room indicator; opening a room
 * from a session page opens the same panel, so the store is shared rather than owned by a screen.
 */
let open = false;
const listeners = new Set<() => void>();

export function setRoomPanelOpen(value: boolean): void {
  open = value;
  listeners.forEach((listener) => listener());
}

/**
 * Set when this laptop leaves its room from the panel, so the room's end is not taken for the host
 * closing it (then the sidebar says so); read once.
 */
let leftHere = false;
export function markLeftHere(): void {
  leftHere = true;
}
export function takeLeftHere(): boolean {
  const was = leftHere;
  leftHere = false;
  return was;
}

export function useRoomPanelOpen(): boolean {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => open,
  );
}
