/**
 * What a key press in the capture line (or a note being edited) means. Pure, unit-tested.
 *
 * The first rule is the input method's: while a Chinese IME composes, every key belongs to it. The
 * Enter that confirms a composition must never save, and no picker opens or moves. Browsers say
 * "composing" in different ways, so any one of these counts:
 * - between compositionstart and compositionend (the component tracks it),
 * - `KeyboardEvent.isComposing` (Chrome, Firefox, Electron),
 * - keyCode 229 ("processed by the IME"; Safari sends the confirming Enter after compositionend
 *   with isComposing false but keyCode 229),
 * - a keydown in the same instant as compositionend (some IMEs end the composition first and then
 *   deliver the Enter that ended it).
 */

export interface KeyLike {
  key: string;
  /** `KeyboardEvent.code`: the physical key, for shortcuts that must work in any layout. */
  code?: string;
  shiftKey: boolean;
  ctrlKey: boolean;
  altKey: boolean;
  metaKey: boolean;
  isComposing?: boolean;
  keyCode?: number;
  /** Event timestamp (ms, same clock as `compositionEndedAt`). */
  timeStamp?: number;
}

export interface KeyContext {
  /** Between compositionstart and compositionend. */
  composing: boolean;
  /** timeStamp of the last compositionend, if any. */
  compositionEndedAt?: number | null;
  /** A picker popup is open with something to pick. */
  pickerOpen: boolean;
  /** The line holds no text (Backspace there edits nothing, so it can drop a chip). */
  lineEmpty?: boolean;
  /** The secretary picked a speaker (it stays for the next notes until cleared). */
  speakerPicked?: boolean;
}

export type KeyAction =
  | 'ime'
  | 'save'
  /** Ctrl+Enter (Cmd+Enter): save, and turn the note into a proposed action item. */
  | 'saveAsAction'
  /** Alt+O: save it marked as an opinion that needs an answer (the opinions tracker lists it). */
  | 'saveAsOpinion'
  | 'newline'
  | 'toggleImportant'
  /** Backspace on an empty line: drop the picked speaker, back to the one who has the floor. */
  | 'clearSpeaker'
  | 'pickerNext'
  | 'pickerPrev'
  | 'pickerPick'
  | 'pickerClose'
  | 'none';

/** A keydown this close (ms) after compositionend is the key that ended the composition. */
export const COMPOSITION_ECHO_MS = 30;

/** True when the key belongs to an input method, not to us. */
export function isImeKey(event: KeyLike, context: Pick<KeyContext, 'composing' | 'compositionEndedAt'>): boolean {
  if (context.composing || event.isComposing || event.keyCode === 229) return true;
  const ended = context.compositionEndedAt;
  if (ended !== null && ended !== undefined && event.timeStamp !== undefined) {
    const since = event.timeStamp - ended;
    if (since >= 0 && since < COMPOSITION_ECHO_MS && event.key === 'Enter') return true;
  }
  return false;
}

function isImportantShortcut(event: KeyLike): boolean {
  const isI = event.key === 'i' || event.key === 'I' || event.code === 'KeyI';
  if (!isI || event.shiftKey) return false;
  // Ctrl+I (Cmd+I on a Mac) or Alt+I; AltGr (Ctrl+Alt) types characters in some layouts.
  return (event.ctrlKey || event.metaKey) !== event.altKey;
}

/**
 * Alt+O (Option+O) by the physical key, so any layout works. Not Ctrl+O: browsers open a file with it.
 * AltGr (Ctrl+Alt) types characters in some layouts, so it is left alone.
 */
function isOpinionShortcut(event: KeyLike): boolean {
  const isO = event.key === 'o' || event.key === 'O' || event.code === 'KeyO';
  return isO && event.altKey && !event.ctrlKey && !event.metaKey && !event.shiftKey;
}

/** The capture line's keys. */
export function captureKeyAction(event: KeyLike, context: KeyContext): KeyAction {
  if (isImeKey(event, context)) return 'ime';
  if (context.pickerOpen) {
    switch (event.key) {
      case 'ArrowDown':
        return 'pickerNext';
      case 'ArrowUp':
        return 'pickerPrev';
      case 'Enter':
      case 'Tab':
        return event.shiftKey || event.ctrlKey || event.altKey || event.metaKey ? 'none' : 'pickerPick';
      case 'Escape':
        return 'pickerClose';
      default:
        break;
    }
  }
  if (event.key === 'Enter') {
    if (event.shiftKey) return 'newline';
    if (event.altKey) return 'none';
    if (event.ctrlKey || event.metaKey) return 'saveAsAction';
    return 'save';
  }
  if (isImportantShortcut(event)) return 'toggleImportant';
  if (event.key === 'Backspace' && context.lineEmpty && context.speakerPicked && !event.shiftKey && !event.ctrlKey && !event.altKey && !event.metaKey) {
    return 'clearSpeaker';
  }
  if (isOpinionShortcut(event)) return 'saveAsOpinion';
  return 'none';
}

/** Keys of a note being edited in place: Enter saves, Shift+Enter is a new line, Escape cancels. */
export type EditKeyAction = 'ime' | 'save' | 'cancel' | 'newline' | 'toggleImportant' | 'none';

export function editKeyAction(event: KeyLike, context: Pick<KeyContext, 'composing' | 'compositionEndedAt'>): EditKeyAction {
  if (isImeKey(event, context)) return 'ime';
  if (event.key === 'Escape') return 'cancel';
  if (event.key === 'Enter') {
    if (event.shiftKey) return 'newline';
    if (event.altKey) return 'none';
    return 'save';
  }
  if (isImportantShortcut(event)) return 'toggleImportant';
  return 'none';
}
