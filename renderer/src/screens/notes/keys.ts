/**
 * What a key pressed on a focused note in the list means (not on its buttons, not while editing).
 * Pure, unit-tested against the shortcut table (components/shortcuts.ts) that the hints read.
 */
export type NoteCommand =
  | 'up'
  | 'down'
  | 'pageUp'
  | 'pageDown'
  | 'first'
  | 'last'
  | 'edit'
  | 'history'
  | 'opinion'
  | 'makeTask'
  | 'expand'
  | 'delete';

export interface NoteKeyLike {
  key: string;
  /** The physical key: letters work in any keyboard layout. */
  code?: string;
  ctrlKey: boolean;
  altKey: boolean;
  metaKey: boolean;
  shiftKey?: boolean;
}

const KEYS: Record<string, NoteCommand> = {
  ArrowUp: 'up',
  ArrowDown: 'down',
  PageUp: 'pageUp',
  PageDown: 'pageDown',
  Home: 'first',
  End: 'last',
  Enter: 'edit',
  F2: 'edit',
  Delete: 'delete',
};

const LETTERS: Record<string, NoteCommand> = { H: 'history', O: 'opinion', T: 'makeTask', E: 'expand' };

export function noteKeyCommand(event: NoteKeyLike): NoteCommand | null {
  if (event.ctrlKey || event.altKey || event.metaKey) return null;
  const named = KEYS[event.key];
  if (named) return named;
  if (/^[a-z]$/i.test(event.key)) return LETTERS[event.key.toUpperCase()] ?? null;
  // Another script's letter (a Cyrillic layout): go by the physical key.
  return event.key.length === 1 && event.code?.startsWith('Key') ? (LETTERS[event.code.slice(3)] ?? null) : null;
}
