import { afterEach, describe, expect, it } from 'vitest';
import type { ExportedFile } from '../../shared/minutes.js';
import { TABLES } from '../../main/core/tables.js';
import { ok, snapshot, testRuntime, type TestRuntime } from '../helpers/runtime.js';
import { exportBytes, imported, rows } from './bundle-helpers.js';

const SESSION = 'sample-zh-1-session-leadership_seminar';
const NOTE = 'sample-zh-1-note-s1_zhao_chains';

const open: TestRuntime[] = [];
function folder(): TestRuntime {
  const rt = testRuntime();
  open.push(rt);
  return rt;
}
afterEach(() => open.splice(0).forEach((rt) => rt.cleanup()));

/**
 * The sample, plus a row in every table the sample leaves empty and more of the rest: an edited note
 * (history), a trashed note, an action with co-operating units, checklist, history, a progress report
 * and an approved extension, a second
 * version of the minutes, a run with a speech.
 */
function richProgramme(rt: TestRuntime): string {
  const { programmeId } = ok(rt.core.call('sample.load', { locale: 'zh-CN' })) as { programmeId: string };
  const db = rt.core.db;
  ok(rt.core.call('note.update', { id: NOTE, text: '修改后的记录：工业是主战场。' }));
  ok(rt.core.call('note.delete', { id: 'sample-zh-1-note-s1_lin_specialised' }));
  const [lead, co1, co2] = db.prepare('SELECT id FROM unit ORDER BY id LIMIT 3').pluck().all() as string[];
  const action = ok(
    rt.core.call('action.create', {
      sessionId: SESSION,
      title: '制定专精特新企业分类扶持政策',
      leadUnitId: lead,
      coUnitIds: [co1, co2],
      dueDate: '2027-03-31',
      checklist: ['贷款贴息', '研发补助'],
    }),
  ) as { id: string };
  ok(rt.core.call('action.update', { id: action.id, deliverable: '政策文件' }));
  // Follow-up (督办): a progress report by the lead unit, an approved extension (original due date kept).
  const report = ok(rt.core.call('action.progressAdd', { actionId: action.id, date: '2027-02-01', text: '已完成调研', reporterUnitId: lead })) as { id: string };
  ok(rt.core.call('action.attachFile', { actionId: action.id, progressId: report.id, role: 'progress', name: '调研报告.docx', base64: Buffer.from('调研报告').toString('base64') }));
  const extension = ok(rt.core.call('action.extensionRequest', { actionId: action.id, requestedDate: '2027-04-30', reason: '需补充数据' })) as { id: string };
  ok(rt.core.call('action.extensionDecide', { id: extension.id, approve: true }));
  // The sample's approved minutes, and a second version in draft beside them.
  ok(rt.core.call('minutes.newVersion', { sessionId: SESSION }));
  ok(rt.core.call('minutes.generate', { sessionId: SESSION, locale: 'zh-CN' }));
  ok(rt.core.call('run.start', { sessionId: SESSION }));
  ok(rt.core.call('run.startItem', { sessionId: SESSION, itemId: 'sample-zh-1-item-leadership_seminar-round_am' }));
  ok(rt.core.call('run.next', { sessionId: SESSION }));
  ok(rt.core.call('run.next', { sessionId: SESSION }));
  return programmeId;
}

describe('a programme bundle', () => {
  it('carries every table the programme uses to an empty folder, row for row', () => {
    const a = folder();
    const programmeId = richProgramme(a);
    const file = ok(a.core.call('bundle.export', { programmeId })) as ExportedFile;
    expect(file.mime).toBe('application/x-convene-bundle');
    expect(file.fileName).toMatch(/^清源县.*-\d{4}-\d{2}-\d{2}\.convene$/);
    expect(file.bytes).toBe(Buffer.from(file.base64, 'base64').length);

    const b = folder();
    const result = imported(b, new Uint8Array(Buffer.from(file.base64, 'base64')));
    expect(result.programmeId).toBe(programmeId);
    expect(result.skipped).toBe(0);

    const before = rows(a);
    const after = rows(b);
    for (const spec of TABLES) {
      // Every table of the bundle had rows to carry, so this compares something everywhere.
      expect(before[spec.name]!.length, spec.name).toBeGreaterThan(0);
      expect(result.inserted[spec.name], spec.name).toBe(after[spec.name]!.length);
      if (spec.name === 'unit' || spec.name === 'person') {
        // The directory travels as far as the programme needs it: those entries, identical.
        expect(after[spec.name]!.every((row) => before[spec.name]!.includes(row)), spec.name).toBe(true);
      } else {
        expect(after[spec.name], spec.name).toEqual(before[spec.name]);
      }
    }
    // The full-text index is rebuilt by the triggers: the imported notes are searchable.
    const hits = ok(b.core.call('search.query', { query: '主战场' })) as { id: string }[];
    expect(hits.map((h) => h.id)).toContain(NOTE);
  });

  it('imported twice, changes nothing the second time', () => {
    const a = folder();
    const bundle = exportBytes(a, { programmeId: richProgramme(a) });
    const b = folder();
    const first = imported(b, bundle);
    const afterFirst = snapshot(b.core.db);
    const second = imported(b, bundle);
    expect(Object.values(second.inserted).every((n) => n === 0), JSON.stringify(second.inserted)).toBe(true);
    expect(second.skipped).toBe(Object.values(first.inserted).reduce((sum, n) => sum + n, 0));
    expect(snapshot(b.core.db)).toEqual(afterFirst);
  });

  it('into the folder it came from, writes nothing and keeps local edits', () => {
    const a = folder();
    const bundle = exportBytes(a, { programmeId: richProgramme(a) });
    ok(a.core.call('note.update', { id: NOTE, text: '本机又改了一次。' }));
    const before = snapshot(a.core.db);
    const result = imported(a, bundle);
    expect(Object.values(result.inserted).every((n) => n === 0)).toBe(true);
    expect(snapshot(a.core.db)).toEqual(before);
  });

  it('describes every column of every table it carries', () => {
    const rt = folder();
    for (const spec of TABLES) {
      const columns = rt.core.db.prepare(`SELECT name FROM pragma_table_info('${spec.name}')`).pluck().all();
      expect(Object.keys(spec.row.shape).sort(), spec.name).toEqual([...columns].sort());
    }
  });

  it('refuses to export what is missing or in the trash', () => {
    const rt = folder();
    expect(rt.core.call('bundle.export', { sessionId: 'nope' })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    const { programmeId } = ok(rt.core.call('sample.load', { locale: 'en' })) as { programmeId: string };
    ok(rt.core.call('programme.delete', { id: programmeId }));
    expect(rt.core.call('bundle.export', { programmeId })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(rt.core.call('bundle.export', { programmeId, sessionId: SESSION })).toMatchObject({ ok: false, error: { code: 'validation' } });
  });
});

describe('note history rows of a bundle written before schema 9', () => {
  it('read with where the note stood unknown (no agenda item, no opinion mark), not refused', () => {
    const spec = TABLES.find((t) => t.name === 'note_version')!;
    const before9 = {
      note_id: 'n1',
      version: 1,
      text: '第一版',
      category: 'idea',
      speaker_person_id: null,
      speaker_name: '',
      important: 0,
      edited_at: '2027-01-11T01:00:00.000Z',
    };
    expect(spec.row.parse(before9)).toEqual({ ...before9, agenda_item_id: null, disposition: null, plan_id: null, disposition_reason: '' });
    expect(spec.row.safeParse({ ...before9, disposition: 'maybe' }).success).toBe(false);
  });
});
