import type { RunState } from '../../../../shared/agenda.js';

/**
 * One-key shortcuts of the Run view. Pure: which command a key press means, or null. Keys never act
 * while the user types in a field, holds a modifier, composes with an IME or works in a dialog.
 */
export type RunCommand = 'next' | 'pause' | 'skip' | 'interject';

export interface KeyLike {
  key: string;
  altKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
  repeat: boolean;
  isComposing?: boolean;
  defaultPrevented?: boolean;
}

export interface TargetLike {
  tagName?: string;
  isContentEditable?: boolean;
  /** The element's role attribute, if any. */
  role?: string | null;
  /** Inside an open <dialog> or a role=dialog. */
  inDialog?: boolean;
}

const TYPING_TAGS = new Set(['INPUT', 'TEXTAREA', 'SELECT']);
/** Where Space already means "press this": buttons, links, checkboxes, summaries. */
const ACTIVATES_ON_SPACE = new Set(['BUTTON', 'A', 'SUMMARY']);

export function commandFor(event: KeyLike, target: TargetLike): RunCommand | null {
  if (event.defaultPrevented || event.isComposing || event.altKey || event.ctrlKey || event.metaKey) return null;
  if (target.inDialog) return null;
  if (target.isContentEditable || (target.tagName && TYPING_TAGS.has(target.tagName))) return null;
  if (target.role === 'textbox' || target.role === 'combobox') return null;
  const key = event.key.length === 1 ? event.key.toLowerCase() : event.key;
  if (event.repeat) return null;
  switch (key) {
    case 'n':
      return 'next';
    case ' ':
      if (target.tagName && ACTIVATES_ON_SPACE.has(target.tagName)) return null;
      if (target.role === 'button' || target.role === 'checkbox' || target.role === 'radio') return null;
      return 'next';
    case 'p':
      return 'pause';
    case 's':
      return 'skip';
    case 'i':
      return 'interject';
    default:
      return null;
  }
}

/** Describes a DOM event target for commandFor. */
export function describeTarget(target: EventTarget | null): TargetLike {
  if (!(target instanceof HTMLElement)) return {};
  return {
    tagName: target.tagName,
    isContentEditable: target.isContentEditable,
    role: target.getAttribute('role'),
    inDialog: Boolean(target.closest('dialog[open], [role="dialog"]')),
  };
}

/** What "next" does now: the first item, the next speaker, or (when no one is waiting) the next item. */
export function nextStep(state: RunState): { kind: 'next' } | { kind: 'startItem'; itemId: string; title: string } | { kind: 'finished' } {
  if (!state.currentItem) return state.upcomingItems.length ? { kind: 'next' } : { kind: 'finished' };
  if (state.currentSpeaker || state.nextSpeakers.length) return { kind: 'next' };
  const following = state.upcomingItems[0];
  return following ? { kind: 'startItem', itemId: following.id, title: following.title } : { kind: 'finished' };
}
