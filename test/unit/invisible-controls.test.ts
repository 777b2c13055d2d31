/**
 * Invisible characters that change how a text is shown (U+202E turns "张三" into what reads as
 * another name) are refused in every text field: names, titles, notes. core.call answers with the
 * field and the reason, and the database is exactly as it was. Newline and tab stay where a field
 * has several lines.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Note } from '../../shared/notes.js';
import type { Programme, Stage } from '../../shared/domain.js';
import type { Result } from '../../shared/contract/result.js';
import { ok, snapshot, testRuntime, type TestRuntime } from '../helpers/runtime.js';

const INVISIBLE = [
  ...['\u200B', '\u200C', '\u200D', '\u200E', '\u200F'],
  ...['\u202A', '\u202B', '\u202C', '\u202D', '\u202E'],
  ...['\u2066', '\u2067', '\u2068', '\u2069'],
  '\uFEFF',
];

let rt: TestRuntime;
let programme: Programme;
let stage: Stage;
let sessionId: string;
beforeEach(() => {
  rt = testRuntime();
  programme = ok(rt.core.call('programme.create', { title: '战略研讨' })) as Programme;
  stage = ok(rt.core.call('stage.create', { programmeId: programme.id, title: '第一轮' })) as Stage;
  sessionId = (ok(rt.core.call('session.create', { stageId: stage.id, title: '研讨会' })) as { id: string }).id;
});
afterEach(() => rt.cleanup());

function expectRefused(channel: string, input: Record<string, unknown>, path: string) {
  const before = snapshot(rt.core.db);
  const result = rt.core.call(channel as never, input as never) as Result<unknown>;
  expect(result, `${channel} ${JSON.stringify(input)}`).toMatchObject({ ok: false, error: { code: 'validation', issues: [{ path, code: 'invisible_control' }] } });
  expect(snapshot(rt.core.db)).toEqual(before);
}

describe('invisible direction controls', () => {
  it('are refused in every name and title, each of them, and nothing is written', () => {
    for (const c of INVISIBLE) {
      const name = `张${c}三`;
      expectRefused('person.create', { name }, 'name');
      expectRefused('unit.create', { name }, 'name');
      expectRefused('programme.create', { title: name }, 'title');
      expectRefused('stage.create', { programmeId: programme.id, title: name }, 'title');
      expectRefused('session.create', { stageId: stage.id, title: name }, 'title');
      expectRefused('agenda.create', { sessionId, kind: 'presentation', title: name, plannedMinutes: 10 }, 'title');
      expectRefused('template.saveFromSession', { sessionId, name }, 'name');
      expectRefused('programme.update', { id: programme.id, title: name }, 'title');
      // A short line too (a person's position), not only required titles.
      expectRefused('person.create', { name: '张三', position: `局长${c}` }, 'position');
    }
  });

  it('are refused in note text, where newline and tab are kept', () => {
    expectRefused('note.create', { sessionId, category: 'idea', text: '第一点\u202E反过来' }, 'text');
    expectRefused('note.create', { sessionId, category: 'idea', text: '\uFEFF开头' }, 'text');
    const note = ok(rt.core.call('note.create', { sessionId, category: 'idea', text: '第一点\n\t第二点' })) as Note;
    expect(note.text).toBe('第一点\n\t第二点');
    expectRefused('note.update', { id: note.id, text: '改\u2066过\u2069' }, 'text');
  });

  it('leave ordinary text alone: Chinese, English, punctuation, emoji without joiners', () => {
    for (const name of ['张三', 'Zhang San', '工信局（科技局）', 'O’Brien-Smith', '🙂 会议']) {
      expect(rt.core.call('person.create', { name }).ok, name).toBe(true);
    }
  });
});
