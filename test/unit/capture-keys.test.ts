import { describe, expect, it } from 'vitest';
import { captureKeyAction, COMPOSITION_ECHO_MS, editKeyAction, isImeKey, type KeyLike } from '../../renderer/src/screens/capture/keys.js';
import { placePopover } from '../../renderer/src/screens/capture/placement.js';

const key = (k: string, extra: Partial<KeyLike> = {}): KeyLike => ({ key: k, shiftKey: false, ctrlKey: false, altKey: false, metaKey: false, ...extra });
const idle = { composing: false, compositionEndedAt: null, pickerOpen: false };
const picking = { ...idle, pickerOpen: true };

describe('capture keys', () => {
  it('Enter saves, Shift+Enter is a new line, Alt+Enter does nothing', () => {
    expect(captureKeyAction(key('Enter'), idle)).toBe('save');
    expect(captureKeyAction(key('Enter', { ctrlKey: true }), idle)).toBe('saveAsAction');
    expect(captureKeyAction(key('Enter', { metaKey: true }), idle)).toBe('saveAsAction');
    expect(captureKeyAction(key('Enter', { shiftKey: true }), idle)).toBe('newline');
    expect(captureKeyAction(key('Enter', { altKey: true }), idle)).toBe('none');
    expect(captureKeyAction(key('a'), idle)).toBe('none');
  });

  it('Ctrl+I, Cmd+I and Alt+I toggle important, in any layout; AltGr and Shift do not', () => {
    expect(captureKeyAction(key('i', { ctrlKey: true }), idle)).toBe('toggleImportant');
    expect(captureKeyAction(key('I', { metaKey: true }), idle)).toBe('toggleImportant');
    expect(captureKeyAction(key('i', { altKey: true }), idle)).toBe('toggleImportant');
    // A non-Latin layout: the key is another letter, the physical key is I.
    expect(captureKeyAction(key('ш', { ctrlKey: true, code: 'KeyI' }), idle)).toBe('toggleImportant');
    expect(captureKeyAction(key('i', { ctrlKey: true, altKey: true }), idle)).toBe('none');
    expect(captureKeyAction(key('I', { ctrlKey: true, shiftKey: true }), idle)).toBe('none');
    expect(captureKeyAction(key('i'), idle)).toBe('none');
  });

  it('Backspace on an empty line drops a picked speaker; with text, or nothing picked, it is an ordinary Backspace', () => {
    const empty = { ...idle, lineEmpty: true, speakerPicked: true };
    expect(captureKeyAction(key('Backspace'), empty)).toBe('clearSpeaker');
    expect(captureKeyAction(key('Backspace'), { ...empty, lineEmpty: false })).toBe('none');
    expect(captureKeyAction(key('Backspace'), { ...empty, speakerPicked: false })).toBe('none');
    expect(captureKeyAction(key('Backspace', { ctrlKey: true }), empty)).toBe('none');
    expect(captureKeyAction(key('Backspace'), { ...empty, composing: true })).toBe('ime');
  });

  it('with the picker open: arrows move, Enter and Tab pick, Escape closes', () => {
    expect(captureKeyAction(key('ArrowDown'), picking)).toBe('pickerNext');
    expect(captureKeyAction(key('ArrowUp'), picking)).toBe('pickerPrev');
    expect(captureKeyAction(key('Enter'), picking)).toBe('pickerPick');
    expect(captureKeyAction(key('Tab'), picking)).toBe('pickerPick');
    expect(captureKeyAction(key('Tab', { shiftKey: true }), picking)).toBe('none');
    expect(captureKeyAction(key('Escape'), picking)).toBe('pickerClose');
    // Without the picker, arrows and Tab are the browser's.
    expect(captureKeyAction(key('ArrowDown'), idle)).toBe('none');
    expect(captureKeyAction(key('Tab'), idle)).toBe('none');
  });
});

describe('an input method composing Chinese owns every key', () => {
  it('between compositionstart and compositionend', () => {
    expect(captureKeyAction(key('Enter'), { ...idle, composing: true })).toBe('ime');
    expect(captureKeyAction(key('Enter'), { ...picking, composing: true })).toBe('ime');
    expect(captureKeyAction(key('ArrowDown'), { ...picking, composing: true })).toBe('ime');
    expect(captureKeyAction(key('Escape'), { ...picking, composing: true })).toBe('ime');
  });

  it('when the event says isComposing, or keyCode 229 (Safari sends the confirming Enter after compositionend)', () => {
    expect(captureKeyAction(key('Enter', { isComposing: true }), idle)).toBe('ime');
    expect(captureKeyAction(key('Enter', { keyCode: 229 }), idle)).toBe('ime');
    expect(captureKeyAction(key('Process', { keyCode: 229 }), picking)).toBe('ime');
  });

  it('an Enter in the same instant as compositionend is the one that ended it; a later Enter saves', () => {
    const ended = { ...idle, compositionEndedAt: 1000 };
    expect(captureKeyAction(key('Enter', { timeStamp: 1000 }), ended)).toBe('ime');
    expect(captureKeyAction(key('Enter', { timeStamp: 1000 + COMPOSITION_ECHO_MS - 1 }), ended)).toBe('ime');
    expect(captureKeyAction(key('Enter', { timeStamp: 1000 + COMPOSITION_ECHO_MS }), ended)).toBe('save');
    expect(captureKeyAction(key('Enter', { timeStamp: 5000 }), ended)).toBe('save');
    // Only Enter is held back: typing on right after a word is fine.
    expect(isImeKey(key('a', { timeStamp: 1001 }), ended)).toBe(false);
  });
});

describe('editing a note in place', () => {
  it('Enter saves, Shift+Enter new line, Escape cancels, the IME keeps its keys', () => {
    const ctx = { composing: false, compositionEndedAt: null };
    expect(editKeyAction(key('Enter'), ctx)).toBe('save');
    expect(editKeyAction(key('Enter', { shiftKey: true }), ctx)).toBe('newline');
    expect(editKeyAction(key('Escape'), ctx)).toBe('cancel');
    expect(editKeyAction(key('i', { ctrlKey: true }), ctx)).toBe('toggleImportant');
    expect(editKeyAction(key('Enter', { isComposing: true }), ctx)).toBe('ime');
    expect(editKeyAction(key('Escape'), { composing: true, compositionEndedAt: null })).toBe('ime');
  });
});

describe('the keys popover stays in the window', () => {
  it('opens below when it fits, above when only that fits, else on the roomier side and scrolls within', () => {
    // 1280×800: a button near the bottom of the window (the Run view's capture panel).
    expect(placePopover({ top: 700, bottom: 730 }, 520, 800)).toEqual({ side: 'above', maxHeight: 686 });
    expect(placePopover({ top: 100, bottom: 130 }, 520, 800)).toEqual({ side: 'below', maxHeight: 656 });
    // Fits nowhere whole: the roomier side, limited to it.
    expect(placePopover({ top: 300, bottom: 330 }, 700, 800)).toEqual({ side: 'below', maxHeight: 456 });
    expect(placePopover({ top: 500, bottom: 530 }, 700, 800)).toEqual({ side: 'above', maxHeight: 486 });
  });
});
