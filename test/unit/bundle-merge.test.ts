import { afterEach, describe, expect, it } from 'vitest';
import { ok, testRuntime, type TestRuntime } from '../helpers/runtime.js';
import { exportBytes, imported, rows } from './bundle-helpers.js';

const SESSION = 'sample-zh-1-session-leadership_seminar';
const BASE_NOTE = 'sample-zh-1-note-s1_zhao_chains';

const open: TestRuntime[] = [];
function folder(): TestRuntime {
  const rt = testRuntime();
  open.push(rt);
  return rt;
}
afterEach(() => open.splice(0).forEach((rt) => rt.cleanup()));

function addNotes(rt: TestRuntime, author: string, texts: string[]): string[] {
  return texts.map((text) => (ok(rt.core.call('note.create', { sessionId: SESSION, category: 'idea', text, capturedBy: author })) as { id: string }).id);
}

type NoteRow = { id: string; captured_by: string; text: string; version: number };
const notesOf = (rt: TestRuntime) =>
  rt.core.db.prepare('SELECT * FROM note WHERE session_id = ? ORDER BY id').all(SESSION) as NoteRow[];

/** Two secretaries with copies of the same session, each taking notes on their own laptop. */
function twoSecretaries() {
  const a = folder();
  ok(a.core.call('sample.load', { locale: 'zh-CN' }));
  const b = folder();
  imported(b, exportBytes(a, { sessionId: SESSION }));
  const aNotes = addNotes(a, '秦悦', ['A记：园区配套要跟上。', 'A记：人才公寓缺口大。']);
  const bNotes = addNotes(b, '李明', ['B记：审批时限再压缩。', 'B记：建议设立企业服务专员。', 'B记：物流成本偏高。']);
  // A corrects a note both laptops had: the correction should reach everyone.
  ok(a.core.call('note.update', { id: BASE_NOTE, text: '对战略的理解（秦悦修订）：工业是主战场。' }));
  return { a, b, aNotes, bNotes, fromA: exportBytes(a, { sessionId: SESSION }), fromB: exportBytes(b, { sessionId: SESSION }) };
}

describe('merging two secretaries’ bundles of one session', () => {
  it('gives every note once, with both authors, in either order', () => {
    const { a, aNotes, bNotes, fromA, fromB } = twoSecretaries();
    const c = folder();
    imported(c, fromA);
    const second = imported(c, fromB);
    expect(second.inserted.note).toBe(bNotes.length);

    const notes = notesOf(c);
    expect(new Set(notes.map((n) => n.id)).size).toBe(notes.length);
    expect(notes.length).toBe(notesOf(a).length + bNotes.length);
    for (const id of [...aNotes, ...bNotes]) expect(notes.map((n) => n.id)).toContain(id);
    expect(new Set(notes.map((n) => n.captured_by))).toEqual(new Set(['秦悦', '李明']));
    expect(notes.find((n) => n.id === BASE_NOTE)).toMatchObject({ text: '对战略的理解（秦悦修订）：工业是主战场。', version: 2 });

    const d = folder();
    imported(d, fromB);
    imported(d, fromA);
    expect(rows(d).note).toEqual(rows(c).note);
    expect(rows(d).note_version).toEqual(rows(c).note_version);

    // A third import of either changes nothing.
    const again = imported(c, fromA);
    expect(Object.values(again.inserted).every((n) => n === 0)).toBe(true);
  });

  it('brings the two laptops to the same notes when each imports the other’s bundle', () => {
    const { a, b, fromA, fromB } = twoSecretaries();
    imported(a, fromB);
    const intoB = imported(b, fromA);
    // B had the base note unedited: A's correction fast-forwards it.
    expect(intoB.inserted.note).toBe(2 + 1);
    expect(notesOf(b)).toEqual(notesOf(a));
    expect(rows(b).note_version).toEqual(rows(a).note_version);
  });

  it('an opinion marked or moved on one laptop reaches the other; one unmarked on both keeps the local answer', () => {
    const a = folder();
    ok(a.core.call('sample.load', { locale: 'zh-CN' }));
    const b = folder();
    imported(b, exportBytes(a, { sessionId: SESSION }));
    const [note] = addNotes(a, '秦悦', ['A记：建议设立人才基金。']);
    imported(b, exportBytes(a, { sessionId: SESSION }));
    ok(a.core.call('note.setDisposition', { id: note!, disposition: 'pending' }));
    imported(b, exportBytes(a, { sessionId: SESSION }));
    const onB = () => b.core.db.prepare('SELECT disposition, version FROM note WHERE id = ?').get(note!);
    expect(onB()).toEqual({ disposition: 'pending', version: 2 });
    // Both answer it differently: each keeps its own, the other's version is not taken.
    ok(a.core.call('note.setDisposition', { id: note!, disposition: 'deferred', reason: '下一轮再议' }));
    ok(b.core.call('note.setDisposition', { id: note!, disposition: null }));
    imported(b, exportBytes(a, { sessionId: SESSION }));
    expect(onB()).toEqual({ disposition: null, version: 3 });
  });

  it('keeps a local edit when both laptops changed the same note', () => {
    const { b, fromA } = twoSecretaries();
    ok(b.core.call('note.update', { id: BASE_NOTE, text: '李明的修订。' }));
    const result = imported(b, fromA);
    expect(notesOf(b).find((n) => n.id === BASE_NOTE)).toMatchObject({ text: '李明的修订。', version: 2 });
    expect(result.skipped).toBeGreaterThan(0);
  });

  it('fills the author of notes that have none', () => {
    const a = folder();
    ok(a.core.call('sample.load', { locale: 'zh-CN' }));
    const [anonymous] = addNotes(a, '', ['没有署名的记录。']);
    const c = folder();
    imported(c, exportBytes(a, { sessionId: SESSION }), '王秘书');
    const notes = notesOf(c);
    expect(notes.find((n) => n.id === anonymous)?.captured_by).toBe('王秘书');
    expect(notes.find((n) => n.id === BASE_NOTE)?.captured_by).toBe('秦悦');
  });
});

describe('the directory when merging', () => {
  /** A session on its own laptop, whose people belong to a unit typed in there. */
  function laptop(unitName: string, personName: string) {
    const rt = folder();
    const programme = ok(rt.core.call('programme.create', { title: '清源县专题研讨' })) as { id: string };
    const stage = ok(rt.core.call('stage.create', { programmeId: programme.id, title: '阶段一' })) as { id: string };
    const session = ok(rt.core.call('session.create', { stageId: stage.id, title: '座谈会' })) as { id: string };
    const unit = ok(rt.core.call('unit.create', { name: unitName })) as { id: string };
    const person = ok(rt.core.call('person.create', { name: personName, unitId: unit.id })) as { id: string };
    ok(rt.core.call('attendance.add', { sessionId: session.id, personIds: [person.id] }));
    ok(rt.core.call('action.create', { sessionId: session.id, title: '梳理政策清单', leadUnitId: unit.id }));
    return { rt, programme: programme.id, session: session.id, unit: unit.id, person: person.id };
  }

  it('maps a unit known here by name, and its people follow', () => {
    const here = laptop('清源县工业和信息化局', '赵国栋');
    const there = laptop('清源县工业和信息化局', '钱卫');
    expect(there.unit).not.toBe(here.unit);
    const result = imported(here.rt, exportBytes(there.rt, { programmeId: there.programme }));
    expect(result.inserted.unit).toBe(0);
    const db = here.rt.core.db;
    expect(db.prepare('SELECT count(*) FROM unit').pluck().get()).toBe(1);
    expect(db.prepare('SELECT unit_id FROM person WHERE id = ?').pluck().get(there.person)).toBe(here.unit);
    expect(db.prepare('SELECT lead_unit_id FROM action_item WHERE session_id = ?').pluck().get(there.session)).toBe(here.unit);
  });

  it('maps a person known here by name within the same unit', () => {
    const here = laptop('清源县工业和信息化局', '赵国栋');
    const there = laptop('清源县工业和信息化局', '赵国栋');
    const result = imported(here.rt, exportBytes(there.rt, { programmeId: there.programme }));
    expect(result.inserted.person).toBe(0);
    const db = here.rt.core.db;
    expect(db.prepare('SELECT count(*) FROM person').pluck().get()).toBe(1);
    expect(db.prepare('SELECT person_id FROM attendance WHERE session_id = ?').pluck().get(there.session)).toBe(here.person);
    // And a second import finds the same matches: nothing new.
    const again = imported(here.rt, exportBytes(there.rt, { programmeId: there.programme }));
    expect(Object.values(again.inserted).every((n) => n === 0)).toBe(true);
  });
});
