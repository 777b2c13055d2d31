import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Row } from '../../main/core/tables.js';
import { ok, snapshot, testRuntime, type TestRuntime } from '../helpers/runtime.js';
import { crafted, dataOf, expectRefused, exportBytes, imported } from './bundle-helpers.js';

/**
 * Issue 2/7, item 4: a bundle writes only into the scope it names. Every row an import writes or
 * updates belongs, here too, to the bundle's programme (and session); every reference stays inside
 * it, or in the shared directory (units, people). Anything else refuses the whole bundle.
 *
 * The victim is a laptop with the Chinese sample; the sample's ids are stable and public, so an
 * attacker can name them in a file written by hand.
 */
const SESSION = 'sample-zh-1-session-leadership_seminar';
const OTHER_SESSION = 'sample-zh-1-session-business_environment';
const NOTE = 'sample-zh-1-note-s1_zhao_chains';
const OTHER_SESSION_NOTE = 'sample-zh-1-note-s2_zeng_talent';

let source: TestRuntime;
/** A real export of SESSION from another laptop: its manifest and rows are the attacker's templates. */
let genuine: Uint8Array;
let rowsOf: ReturnType<typeof dataOf>;
let victim: TestRuntime;

beforeAll(() => {
  source = testRuntime();
  ok(source.core.call('sample.load', { locale: 'zh-CN' }));
  genuine = exportBytes(source, { sessionId: SESSION });
  rowsOf = dataOf(genuine);
});
afterAll(() => source.cleanup());
beforeEach(() => {
  victim?.cleanup();
  victim = testRuntime();
  ok(victim.core.call('sample.load', { locale: 'zh-CN' }));
});
afterAll(() => victim.cleanup());

const NEW_PROGRAMME = 'evil-prog';
/** A programme and a stage no laptop has: the scope a hand-made bundle names. */
function newProgramme(): { programme: Row[]; stage: Row[] } {
  return {
    programme: [{ ...rowsOf.programme[0]!, id: NEW_PROGRAMME, title: '外来项目' }],
    stage: [{ ...rowsOf.stage[0]!, id: 'evil-stage', programme_id: NEW_PROGRAMME }],
  };
}
const session = (id: string): Row => ({ ...rowsOf.session[0]!, id, stage_id: 'evil-stage', chair_id: null, secretary_id: null });
/** A plain note of `sessionId` (no agenda item, speaker or plan). */
const note = (id: string, sessionId: string, text: string): Row => ({
  ...rowsOf.note.find((n) => n.disposition === null)!,
  id,
  session_id: sessionId,
  text,
  agenda_item_id: null,
  speaker_person_id: null,
  plan_id: null,
  version: 1,
});

const localNote = (id: string) => victim.core.db.prepare('SELECT * FROM note WHERE id = ?').get(id) as Row & { version: number };
const programmeOfNote = (id: string) =>
  victim.core.db
    .prepare('SELECT st.programme_id FROM note n JOIN session s ON s.id = n.session_id JOIN stage st ON st.id = s.stage_id WHERE n.id = ?')
    .pluck()
    .get(id);

/** A later version of the victim's note `id`, moved into `sessionId`: its history holds the victim's version unchanged, so it "fast-forwards". */
function laterEditOf(id: string, sessionId: string, text: string): { note: Row[]; note_version: Row[] } {
  const here = localNote(id);
  const { id: _id, session_id: _s, captured_at: _c, captured_by: _b, created_at: _cr, updated_at: _u, deleted_at: _d, version, ...edited } = here;
  return {
    note: [{ ...here, session_id: sessionId, text, version: version + 1, updated_at: '2030-01-01T00:00:00.000Z' }],
    note_version: [{ note_id: id, version, ...edited, edited_at: '2030-01-01T00:00:00.000Z' }],
  };
}

/** The refusal's issues as `path code` lines. */
const issuesOf = (error: { issues?: { path: string; code: string }[] | undefined }) => (error.issues ?? []).map((i) => `${i.path} ${i.code}`);

describe('a bundle cannot write outside the scope it names', () => {
  it('a new programme carrying a session that is here under another programme: refused, no note lands there', () => {
    const attack = crafted(genuine, { ...newProgramme(), session: [session(SESSION)], note: [note('evil-note', SESSION, '混进别的项目的记录')] }, { kind: 'programme', id: NEW_PROGRAMME });
    const error = expectRefused(victim, attack, 'bundle_invalid');
    expect(issuesOf(error)).toContain('session.0.stage_id belongs_elsewhere');
    expect(localNote('evil-note')).toBeUndefined();
  });

  it('a note here in another programme, "fast-forwarded" by a later version: refused, its text unchanged', () => {
    const before = localNote(NOTE);
    const attack = crafted(
      genuine,
      { ...newProgramme(), session: [session('evil-session')], ...laterEditOf(NOTE, 'evil-session', '被外来数据包改写的文字') },
      { kind: 'programme', id: NEW_PROGRAMME },
    );
    const error = expectRefused(victim, attack, 'bundle_invalid');
    expect(issuesOf(error)).toContain('note.0.session_id belongs_elsewhere');
    expect(localNote(NOTE)).toEqual(before);
    expect(programmeOfNote(NOTE)).toBe('sample-zh-1');
  });

  it('within its own programme, a session bundle cannot fast-forward a note of another session', () => {
    const data = dataOf(genuine);
    const moved = laterEditOf(OTHER_SESSION_NOTE, SESSION, '从另一场会议改写的文字');
    const attack = crafted(genuine, { ...data, note: [...data.note, ...moved.note], note_version: [...data.note_version, ...moved.note_version] }, { kind: 'session', id: SESSION });
    const error = expectRefused(victim, attack, 'bundle_invalid');
    expect(issuesOf(error)).toContain(`note.${data.note.length}.session_id belongs_elsewhere`);
    expect(localNote(OTHER_SESSION_NOTE).session_id).toBe(OTHER_SESSION);
  });

  it('a plan here under another programme: refused', () => {
    const plan = { ...rowsOf.plan[0]!, programme_id: NEW_PROGRAMME };
    const error = expectRefused(victim, crafted(genuine, { ...newProgramme(), plan: [plan] }, { kind: 'programme', id: NEW_PROGRAMME }), 'bundle_invalid');
    expect(issuesOf(error)).toContain('plan.0.programme_id belongs_elsewhere');
  });

  it('a new row pointing at an agenda item, plan or note of another programme: refused', () => {
    const mine = note('evil-note', 'evil-session', '指向别处的记录');
    const cases: [string, Partial<Record<'note' | 'action_item', Row[]>>, string][] = [
      ['an agenda item', { note: [{ ...mine, agenda_item_id: rowsOf.agenda_item[0]!.id }] }, 'note.0.agenda_item_id outside_scope'],
      ['a plan', { note: [{ ...mine, disposition: 'to_incorporate', plan_id: rowsOf.plan[0]!.id }] }, 'note.0.plan_id outside_scope'],
      ['a note', { action_item: [{ ...rowsOf.action_item[0]!, id: 'evil-action', programme_id: NEW_PROGRAMME, session_id: null, agenda_item_id: null, note_id: NOTE }] }, 'action_item.0.note_id outside_scope'],
    ];
    for (const [label, rows, issue] of cases) {
      const attack = crafted(genuine, { ...newProgramme(), session: [session('evil-session')], ...rows }, { kind: 'programme', id: NEW_PROGRAMME });
      expect(issuesOf(expectRefused(victim, attack, 'bundle_invalid')), label).toContain(issue);
    }
  });

  it('the shared directory is matched as before: a new programme may name the people and units here', () => {
    const person = rowsOf.person[0]!;
    const unit = rowsOf.unit.find((u) => u.id === person.unit_id)!;
    const mine = { ...note('evil-note', 'evil-session', '点名本机人员的记录'), speaker_person_id: person.id };
    const result = imported(
      victim,
      crafted(genuine, { ...newProgramme(), session: [session('evil-session')], unit: [unit], person: [person], note: [mine] }, { kind: 'programme', id: NEW_PROGRAMME }),
    );
    expect(result.programmeId).toBe(NEW_PROGRAMME);
    expect(result.inserted.note).toBe(1);
    expect(localNote('evil-note')).toMatchObject({ session_id: 'evil-session', speaker_person_id: person.id });
    expect(programmeOfNote('evil-note')).toBe(NEW_PROGRAMME);
  });

  it('a genuine bundle of a session already here still merges: rows here in the same place are skipped or fast-forwarded', () => {
    ok(source.core.call('note.update', { id: NOTE, text: '对战略的理解（修订）。' }));
    const before = snapshot(victim.core.db);
    const result = imported(victim, exportBytes(source, { sessionId: SESSION }));
    expect(result.inserted.note).toBe(1); // the fast-forward
    expect(localNote(NOTE)).toMatchObject({ text: '对战略的理解（修订）。', version: 2 });
    expect(snapshot(victim.core.db).session).toEqual(before.session);
  });
});
