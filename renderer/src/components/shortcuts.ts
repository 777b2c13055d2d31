/**
 * Every keyboard shortcut, once, per screen: the ? overview, the capture line's Keys popover, the Run
 * view's hints, the notes list's description and the board's empty state all read this table, and a
 * unit test presses each chord listed here through the screens' own key functions (captureKeyAction,
 * noteKeyCommand, commandFor), so a hint cannot name a key that does something else.
 *
 * A chord is written `Ctrl+Alt+Shift+Key` with the key's `KeyboardEvent.key` name ('Enter', 'ArrowUp',
 * 'Space' for ' ', a letter in upper case). Key names are the same in both languages; what a key does
 * is an i18n key (namespace:path), translated where it is shown.
 */
import { matchPath } from 'react-router';

export interface Shortcut {
  /** Chords that do the same thing (or its mirror: ↑ and ↓). */
  chords: readonly string[];
  /** i18n key of what it does. */
  does: string;
  /** What the screen's key function answers for these chords (tested); absent for text triggers (@, #). */
  commands?: readonly string[];
  /** Named by the capture line's one-line hint under the input. */
  brief?: boolean;
}

export const SHORTCUT_SCREENS = ['capture', 'notes', 'run', 'board', 'agenda', 'directory', 'global'] as const;
export type ShortcutScreen = (typeof SHORTCUT_SCREENS)[number];

export const SHORTCUTS: Record<ShortcutScreen, readonly Shortcut[]> = {
  capture: [
    { chords: ['Enter'], does: 'capture:help.save', commands: ['save'], brief: true },
    { chords: ['Shift+Enter'], does: 'capture:help.newline', commands: ['newline'], brief: true },
    { chords: ['Ctrl+Enter'], does: 'capture:help.saveAsAction', commands: ['saveAsAction'], brief: true },
    { chords: ['Alt+O'], does: 'capture:help.saveAsOpinion', commands: ['saveAsOpinion'], brief: true },
    { chords: ['@'], does: 'capture:help.speaker', brief: true },
    { chords: ['#'], does: 'capture:help.categoryKey', brief: true },
    { chords: ['Ctrl+I', 'Alt+I'], does: 'capture:help.important', commands: ['toggleImportant'], brief: true },
    { chords: ['Backspace'], does: 'capture:help.clearSpeaker', commands: ['clearSpeaker'] },
    { chords: ['ArrowUp', 'ArrowDown', 'Enter', 'Tab'], does: 'capture:help.pick', commands: ['pickerPrev', 'pickerNext', 'pickerPick'] },
    { chords: ['Escape'], does: 'capture:help.closeList', commands: ['pickerClose'] },
  ],
  notes: [
    { chords: ['ArrowUp', 'ArrowDown'], does: 'shortcuts:notes.move', commands: ['up', 'down'] },
    { chords: ['PageUp', 'PageDown'], does: 'shortcuts:notes.page', commands: ['pageUp', 'pageDown'] },
    { chords: ['Home', 'End'], does: 'shortcuts:notes.ends', commands: ['first', 'last'] },
    { chords: ['Enter', 'F2'], does: 'shortcuts:notes.edit', commands: ['edit'] },
    { chords: ['O'], does: 'shortcuts:notes.opinion', commands: ['opinion'] },
    { chords: ['T'], does: 'shortcuts:notes.makeTask', commands: ['makeTask'] },
    { chords: ['E'], does: 'shortcuts:notes.expand', commands: ['expand'] },
    { chords: ['H'], does: 'shortcuts:notes.history', commands: ['history'] },
    { chords: ['Delete'], does: 'shortcuts:notes.delete', commands: ['delete'] },
    { chords: ['Ctrl+Z'], does: 'shortcuts:notes.undo' },
  ],
  run: [
    { chords: ['N', 'Space'], does: 'run:keys.next', commands: ['next'] },
    { chords: ['P'], does: 'run:keys.pause', commands: ['pause'] },
    { chords: ['S'], does: 'run:keys.skip', commands: ['skip'] },
    { chords: ['I'], does: 'run:keys.interject', commands: ['interject'] },
  ],
  board: [
    { chords: ['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight'], does: 'shortcuts:board.focus' },
    { chords: ['Enter'], does: 'shortcuts:board.open' },
    { chords: ['Alt+ArrowLeft', 'Alt+ArrowRight', 'Alt+ArrowUp', 'Alt+ArrowDown'], does: 'shortcuts:board.move' },
    { chords: ['Space'], does: 'shortcuts:board.lift' },
    { chords: ['Escape'], does: 'shortcuts:board.cancel' },
    { chords: ['Ctrl+Z'], does: 'shortcuts:board.undo' },
  ],
  agenda: [{ chords: ['Alt+ArrowUp', 'Alt+ArrowDown'], does: 'shortcuts:agenda.move' }],
  directory: [{ chords: ['Alt+ArrowUp', 'Alt+ArrowDown'], does: 'shortcuts:directory.move' }],
  global: [
    { chords: ['?'], does: 'shortcuts:global.overview', commands: ['overview'] },
    { chords: ['/', 'Ctrl+K'], does: 'shortcuts:global.search', commands: ['search'] },
  ],
};

const KEY_NAMES: Record<string, string> = {
  ArrowUp: '↑',
  ArrowDown: '↓',
  ArrowLeft: '←',
  ArrowRight: '→',
  Escape: 'Esc',
  Delete: 'Delete',
};

/** How a chord is shown: `Alt+↑`. */
export function chordLabel(chord: string): string {
  const parts = chord.split('+');
  const key = parts.pop()!;
  return [...parts, KEY_NAMES[key] ?? (key || '+')].join('+');
}

/** How a shortcut's chords are shown: `Ctrl+I / Alt+I`. */
export function shortcutLabel(shortcut: Shortcut): string {
  return shortcut.chords.map(chordLabel).join(' / ');
}

/** The label of the shortcut that does `command` on `screen`, for hints written as sentences. */
export function keyFor(screen: ShortcutScreen, command: string): string {
  const found = SHORTCUTS[screen].find((s) => s.commands?.includes(command));
  if (!found) throw new Error(`No shortcut for ${screen}:${command}`);
  return shortcutLabel(found);
}

/** The screens whose keys work on this route, most specific first; the global keys always come last. */
export function screensAt(pathname: string): ShortcutScreen[] {
  const at = (pattern: string) => matchPath(pattern, pathname) !== null;
  if (at('/sessions/:sessionId/run')) return ['run', 'capture', 'notes', 'global'];
  if (at('/sessions/:sessionId/capture')) return ['capture', 'notes', 'global'];
  if (at('/sessions/:sessionId/board') || at('/programmes/:programmeId/board')) return ['board', 'global'];
  if (at('/sessions/:sessionId/agenda')) return ['agenda', 'global'];
  if (at('/directory')) return ['directory', 'global'];
  return ['global'];
}

const TYPING_TAGS = new Set(['INPUT', 'TEXTAREA', 'SELECT']);

/** Where a one-key shortcut must not act: a field being typed in, or a dialog (it has its own keys). */
export function isTypingOrInDialog(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || TYPING_TAGS.has(target.tagName)) return true;
  const role = target.getAttribute('role');
  if (role === 'textbox' || role === 'combobox') return true;
  return target.closest('dialog[open], [role="dialog"]') !== null;
}

/** `?` outside fields and dialogs opens the shortcut overview. */
export function isOverviewKey(event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey' | 'isComposing' | 'defaultPrevented' | 'repeat' | 'target'>): boolean {
  if (event.defaultPrevented || event.isComposing || event.repeat || event.ctrlKey || event.metaKey || event.altKey) return false;
  return event.key === '?' && !isTypingOrInDialog(event.target);
}
