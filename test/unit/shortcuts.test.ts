import { describe, expect, it } from 'vitest';
import { resources } from '../../shared/i18n/index.js';
import { chordLabel, keyFor, screensAt, shortcutLabel, SHORTCUTS, SHORTCUT_SCREENS, type Shortcut } from '../../renderer/src/components/shortcuts.js';
import { captureKeyAction, type KeyLike } from '../../renderer/src/screens/capture/keys.js';
import { noteKeyCommand } from '../../renderer/src/screens/notes/keys.js';
import { commandFor } from '../../renderer/src/screens/run/shortcuts.js';

/** A chord of the table (`Ctrl+Enter`, `Alt+O`, `Space`, `T`) as the key event it names. */
function press(chord: string): KeyLike & { repeat: boolean } {
  const parts = chord.split('+');
  const name = parts.pop() || '+';
  const key = name === 'Space' ? ' ' : /^[A-Z]$/.test(name) ? name.toLowerCase() : name;
  const code = /^[A-Z]$/.test(name) ? `Key${name}` : undefined;
  return {
    key,
    ...(code ? { code } : {}),
    ctrlKey: parts.includes('Ctrl'),
    altKey: parts.includes('Alt'),
    shiftKey: parts.includes('Shift'),
    metaKey: false,
    repeat: false,
  };
}

const idle = { composing: false, compositionEndedAt: null, pickerOpen: false };

/** What each screen's own key function answers for a chord: the table must agree with it. */
const ANSWER: Partial<Record<(typeof SHORTCUT_SCREENS)[number], (chord: string, shortcut: Shortcut) => string | null>> = {
  capture: (chord, shortcut) =>
    captureKeyAction(press(chord), {
      ...idle,
      pickerOpen: shortcut.commands?.some((c) => c.startsWith('picker')) ?? false,
      // The state in which the key means what the table says (Backspace clears a picked speaker on an empty line).
      lineEmpty: shortcut.commands?.includes('clearSpeaker') ?? false,
      speakerPicked: shortcut.commands?.includes('clearSpeaker') ?? false,
    }),
  notes: (chord) => noteKeyCommand(press(chord)),
  run: (chord) => commandFor(press(chord), { tagName: 'DIV' }),
};

function lookUp(key: string): unknown {
  const [ns, path] = key.split(':') as [string, string];
  return {
    zh: path.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown>)?.[k], (resources['zh-CN'] as Record<string, unknown>)[ns]),
    en: path.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown>)?.[k], (resources.en as Record<string, unknown>)[ns]),
  };
}

describe('the one table of keyboard shortcuts', () => {
  it.each(Object.keys(ANSWER))('every chord listed for %s does what the table says, through the screen’s own key function', (screen) => {
    const answer = ANSWER[screen as keyof typeof ANSWER]!;
    for (const shortcut of SHORTCUTS[screen as keyof typeof SHORTCUTS]) {
      if (!shortcut.commands) continue;
      for (const chord of shortcut.chords) expect([chord, shortcut.commands]).toEqual([chord, expect.arrayContaining([answer(chord, shortcut)])]);
    }
  });

  it('every command a notes-list key can give is listed (no hidden key like T was)', () => {
    const listed = new Set(SHORTCUTS.notes.flatMap((s) => s.commands ?? []));
    const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'.split('');
    const named = ['ArrowUp', 'ArrowDown', 'PageUp', 'PageDown', 'Home', 'End', 'Enter', 'F2', 'Delete', 'Escape', 'Tab', 'Space', 'Backspace'];
    for (const chord of [...letters, ...named]) {
      const command = noteKeyCommand(press(chord));
      if (command) expect([chord, listed.has(command)]).toEqual([chord, true]);
    }
    expect(noteKeyCommand(press('Ctrl+O'))).toBeNull();
    // Another layout's letter goes by the physical key.
    expect(noteKeyCommand({ key: 'щ', code: 'KeyO', ctrlKey: false, altKey: false, metaKey: false })).toBe('opinion');
  });

  it('the capture line saves marked as an opinion on Alt+O (any layout), and not on Ctrl+O or Alt+Shift+O', () => {
    expect(captureKeyAction(press('Alt+O'), idle)).toBe('saveAsOpinion');
    expect(captureKeyAction({ ...press('Alt+O'), key: 'ø' }, idle)).toBe('saveAsOpinion');
    expect(captureKeyAction(press('Ctrl+O'), idle)).toBe('none');
    expect(captureKeyAction(press('Alt+Shift+O'), idle)).toBe('none');
    expect(captureKeyAction({ ...press('Alt+O'), isComposing: true }, idle)).toBe('ime');
  });

  it('every description exists in both languages', () => {
    for (const screen of SHORTCUT_SCREENS) {
      for (const shortcut of SHORTCUTS[screen]) {
        const { zh, en } = lookUp(shortcut.does) as { zh: unknown; en: unknown };
        expect([shortcut.does, typeof zh, typeof en]).toEqual([shortcut.does, 'string', 'string']);
      }
    }
  });

  it('the capture line’s one-line hint names every brief key, in both languages', () => {
    for (const shortcut of SHORTCUTS.capture.filter((s) => s.brief)) {
      for (const chord of shortcut.chords.slice(0, 1)) {
        expect(resources['zh-CN'].capture.panel.keys).toContain(chordLabel(chord));
        expect(resources.en.capture.panel.keys).toContain(chordLabel(chord));
      }
    }
  });

  it('hints written as sentences take their keys from the table', () => {
    expect(keyFor('capture', 'saveAsAction')).toBe('Ctrl+Enter');
    expect(keyFor('notes', 'makeTask')).toBe('T');
    expect(keyFor('notes', 'opinion')).toBe('O');
    expect(shortcutLabel(SHORTCUTS.board[2]!)).toBe('Alt+← / Alt+→ / Alt+↑ / Alt+↓');
    expect(() => keyFor('board', 'nothing')).toThrow();
    // The board's empty state, which used to name only Ctrl+Enter.
    expect(resources['zh-CN'].board.empty.hint).toContain('{{listKey}}');
    expect(resources.en.board.empty.hint).toContain('{{button}}');
  });

  it('the overview lists the keys of the screen it is opened on, then those of every page', () => {
    expect(screensAt('/sessions/s1/capture')).toEqual(['capture', 'notes', 'global']);
    expect(screensAt('/sessions/s1/run')).toEqual(['run', 'capture', 'notes', 'global']);
    expect(screensAt('/programmes/p1/board')).toEqual(['board', 'global']);
    expect(screensAt('/sessions/s1/agenda')).toEqual(['agenda', 'global']);
    expect(screensAt('/directory')).toEqual(['directory', 'global']);
  });
});
