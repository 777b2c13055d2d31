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

export function useRoomPanelOpen(): boolean {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => open,
  );
}
