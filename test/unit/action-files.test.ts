import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { TFunction } from 'i18next';
import { cleanFileName, MAX_FILE_BYTES, type ActionFile } from '../../shared/action-files.js';
import { checkMove, moveSubject, type ActionDetail, type ActionItem, type ActionProgress } from '../../shared/actions.js';
import { fileStore, sha256Of } from '../../main/db/file-store.js';
import { errorMessage } from '../../renderer/src/i18n/errorMessage.js';
import { translators } from '../helpers/i18n.js';
import { ok, snapshot, tempDir, testRuntime, type TestRuntime, refusedCall } from '../helpers/runtime.js';

/** Files attached to progress reports and as the deliverable (issue 17). */

let zh: TFunction;
let en: TFunction;
beforeAll(async () => {
  ({ zh, en } = await translators());
});

let rt: TestRuntime;
beforeEach(() => {
  rt = testRuntime();
});
afterEach(() => rt.cleanup());
const call = (channel: string, input: unknown) => rt.core.call(channel, input);
const refused = refusedCall(() => rt);
const detail = (id: string) => ok(call('action.get', { id })) as ActionDetail;
const b64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');
const kept = (dir: string) => (fs.existsSync(path.join(dir, 'files')) ? fs.readdirSync(path.join(dir, 'files'), { recursive: true }).map(String).sort() : []);

function seed() {
  const programme = ok(call('programme.create', { title: '清源县' })) as { id: string };
  const gxj = ok(call('unit.create', { name: '工信局', kind: 'department' })) as { id: string };
  const task = ok(call('action.create', { programmeId: programme.id, title: '起草扶持政策', status: 'submitted', leadUnitId: gxj.id })) as ActionItem;
  const report = ok(call('action.progressAdd', { actionId: task.id, date: '2027-02-10', text: '已完成初稿' })) as ActionProgress;
  return { task, report };
}

describe('the file store', () => {
  it('keeps bytes once per content under files/<2>/<sha256>, written whole (no temporary left), never overwritten', () => {
    const dir = tempDir();
    try {
      const store = fileStore(dir);
      const bytes = Buffer.from('初稿 v1');
      const first = store.put(bytes);
      expect(first).toEqual({ sha256: sha256Of(bytes), size: bytes.length });
      const file = path.join(dir, 'files', first.sha256.slice(0, 2), first.sha256);
      expect(fs.readFileSync(file)).toEqual(bytes);
      const before = fs.statSync(file).mtimeMs;
      fs.utimesSync(file, new Date(0), new Date(0));
      expect(store.put(Buffer.from('初稿 v1'))).toEqual(first);
      expect(fs.statSync(file).mtimeMs).toBe(0); // not written again
      expect(before).toBeGreaterThan(0);
      expect(kept(dir)).toEqual([first.sha256.slice(0, 2), path.join(first.sha256.slice(0, 2), first.sha256)]);
      expect(store.get(first.sha256)).toEqual(bytes);
      expect(store.get('0'.repeat(64))).toBeNull();
      expect(() => store.get('../convene.db')).toThrow(/not a sha256/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('file names', () => {
  it('keeps only the last path part, replaces unsafe characters, avoids device names and keeps the extension', () => {
    expect(cleanFileName('C:\\Users\\王芳\\初稿.docx')).toBe('初稿.docx');
    expect(cleanFileName('../../etc/passwd')).toBe('passwd');
    expect(cleanFileName('a\u0000b<c>.pdf')).toBe('a_b_c_.pdf');
    expect(cleanFileName('CON.txt')).toBe('_CON.txt');
    expect(cleanFileName('  .hidden. ')).toBe('hidden');
    expect(cleanFileName('..')).toBeNull();
    expect(cleanFileName('')).toBeNull();
    const long = cleanFileName(`${'长'.repeat(300)}.xlsx`)!;
    expect(long).toHaveLength(200);
    expect(long.endsWith('.xlsx')).toBe(true);
  });
});

describe('attaching files', () => {
  it('attaches to a progress report and as the deliverable, lists them, gives the same bytes back and keeps equal bytes once', () => {
    const { task, report } = seed();
    const one = ok(call('action.attachFile', { actionId: task.id, progressId: report.id, role: 'progress', name: 'dir/初稿.docx', base64: b64('初稿') })) as ActionFile;
    const two = ok(call('action.attachFile', { actionId: task.id, role: 'deliverable', name: '定稿.docx', base64: b64('初稿') })) as ActionFile;
    expect([one.name, one.role, one.progressId, one.size]).toEqual(['初稿.docx', 'progress', report.id, Buffer.byteLength('初稿')]);
    expect(one.mime).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    expect(two.sha256).toBe(one.sha256);
    expect(kept(rt.dir).filter((f) => f.includes(path.sep))).toEqual([path.join(one.sha256.slice(0, 2), one.sha256)]);
    expect(detail(task.id).files.map((f) => f.name)).toEqual(['初稿.docx', '定稿.docx']);
    expect(ok(call('action.fileBytes', { id: two.id }))).toEqual({ name: '定稿.docx', mime: two.mime, base64: b64('初稿') });
    expect(detail(task.id).history.filter((h) => h.field === 'fileAttached').map((h) => h.newValue).sort()).toEqual(['初稿.docx', '定稿.docx']);
  });

  it('refuses a file over the limit (naming the limit in MB), a bad name, bad base64 and a report of another task, changing nothing', () => {
    const { task, report } = seed();
    const other = ok(call('action.create', { programmeId: task.programmeId, title: '另一项' })) as ActionItem;
    const before = snapshot(rt.core.db);
    const tooLarge = refused('action.attachFile', { actionId: task.id, role: 'deliverable', name: 'big.pdf', base64: Buffer.alloc(MAX_FILE_BYTES + 1).toString('base64') });
    expect(tooLarge.issues).toEqual([{ path: 'base64', code: 'file_too_large', limit: 20 }]);
    expect(errorMessage(zh, tooLarge)).toContain('文件超过 20 MB');
    expect(errorMessage(en, tooLarge)).toContain('larger than 20 MB');
    expect(refused('action.attachFile', { actionId: task.id, role: 'deliverable', name: '../..', base64: b64('x') }).issues?.[0]?.code).toBe('file_name_invalid');
    expect(refused('action.attachFile', { actionId: task.id, role: 'deliverable', name: 'a.txt', base64: '***' }).issues?.[0]?.code).toBe('invalid_format');
    expect(refused('action.attachFile', { actionId: other.id, progressId: report.id, role: 'progress', name: 'a.txt', base64: b64('x') }).code).toBe('not_found');
    expect(refused('action.attachFile', { actionId: task.id, role: 'progress', name: 'a.txt', base64: b64('x') }).code).toBe('validation');
    expect(snapshot(rt.core.db)).toEqual(before);
    expect(kept(rt.dir)).toEqual([]);
  });

  it('a file exactly at the limit is taken', () => {
    const { task } = seed();
    const file = ok(call('action.attachFile', { actionId: task.id, role: 'deliverable', name: 'exact.bin', base64: Buffer.alloc(MAX_FILE_BYTES).toString('base64') })) as ActionFile;
    expect(file.size).toBe(MAX_FILE_BYTES);
  });

  it('a deleted file goes to the Trash and comes back; the history names it', () => {
    const { task } = seed();
    const file = ok(call('action.attachFile', { actionId: task.id, role: 'deliverable', name: '定稿.pdf', base64: b64('定稿') })) as ActionFile;
    ok(call('action.fileDelete', { id: file.id }));
    expect(detail(task.id).files).toEqual([]);
    expect(refused('action.fileBytes', { id: file.id }).code).toBe('not_found');
    const trash = ok(call('trash.list', {})) as { kind: string; id: string; label: string }[];
    expect(trash.find((t) => t.id === file.id)).toMatchObject({ kind: 'action_file', label: '定稿.pdf' });
    ok(call('trash.restore', { kind: 'action_file', id: file.id }));
    expect(detail(task.id).files.map((f) => f.id)).toEqual([file.id]);
    expect(detail(task.id).history.map((h) => h.field)).toEqual(expect.arrayContaining(['fileDeleted', 'fileRestored']));
  });
});

describe('closing (办结) with a deliverable file', () => {
  it('closes with only a live deliverable file; refuses when the only one is deleted or is a progress file', () => {
    const { task, report } = seed();
    ok(call('action.attachFile', { actionId: task.id, progressId: report.id, role: 'progress', name: '初稿.docx', base64: b64('初稿') }));
    expect(refused('action.move', { id: task.id, status: 'accepted', position: 0 }).params).toEqual({ reason: 'deliverable_required' });
    const file = ok(call('action.attachFile', { actionId: task.id, role: 'deliverable', name: '定稿.pdf', base64: b64('定稿') })) as ActionFile;
    ok(call('action.fileDelete', { id: file.id }));
    expect(refused('action.move', { id: task.id, status: 'accepted', position: 0 }).params).toEqual({ reason: 'deliverable_required' });
    ok(call('action.fileRestore', { id: file.id }));
    const got = detail(task.id);
    expect(got.deliverable).toBe('');
    expect(got.deliverableFiles).toBe(1);
    // The board asks the same rule as the core.
    expect(checkMove(moveSubject(got), 'accepted')).toEqual({ ok: true, confirm: null });
    expect((ok(call('action.move', { id: task.id, status: 'accepted', position: 0 })) as ActionItem).status).toBe('accepted');
  });
});
