import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { ActionFile } from '../../shared/action-files.js';
import type { ActionItem, ActionProgress } from '../../shared/actions.js';
import { sha256Of } from '../../main/db/file-store.js';
import { ok, testRuntime, type TestRuntime } from '../helpers/runtime.js';
import { expectRefused, exportBytes, imported, rezip } from './bundle-helpers.js';

/** Files attached to tasks travel in a bundle as files/<sha256> beside the rows (issue 17). */

const open: TestRuntime[] = [];
function folder(): TestRuntime {
  const rt = testRuntime();
  open.push(rt);
  return rt;
}
afterEach(() => open.splice(0).forEach((rt) => rt.cleanup()));

const REPORT = Buffer.from('第一季度进展：已完成调研。');
const FINAL = Buffer.from('%PDF-1.4 定稿');

function withFiles(rt: TestRuntime) {
  const programme = ok(rt.core.call('programme.create', { title: '清源县' })) as { id: string };
  const unit = ok(rt.core.call('unit.create', { name: '工信局', kind: 'department' })) as { id: string };
  const task = ok(rt.core.call('action.create', { programmeId: programme.id, title: '起草扶持政策', status: 'submitted', leadUnitId: unit.id })) as ActionItem;
  const report = ok(rt.core.call('action.progressAdd', { actionId: task.id, date: '2027-02-10', text: '已完成初稿' })) as ActionProgress;
  ok(rt.core.call('action.attachFile', { actionId: task.id, progressId: report.id, role: 'progress', name: '进展.txt', base64: REPORT.toString('base64') }));
  const final = ok(rt.core.call('action.attachFile', { actionId: task.id, role: 'deliverable', name: '定稿.pdf', base64: FINAL.toString('base64') })) as ActionFile;
  ok(rt.core.call('action.move', { id: task.id, status: 'accepted', position: 0 }));
  return { programmeId: programme.id, task, final, bytes: exportBytes(rt, { programmeId: programme.id }) };
}

const storedFiles = (rt: TestRuntime) => fs.readdirSync(path.join(rt.dir, 'files'), { recursive: true }).map(String).filter((f) => f.includes(path.sep)).sort();

describe('a bundle with files', () => {
  it('carries the bytes: on the other laptop the file is listed and gives the same bytes, the task stays closed', () => {
    const a = folder();
    const { task, final, bytes } = withFiles(a);
    const b = folder();
    const result = imported(b, bytes);
    expect(result.inserted.action_file).toBe(2);
    expect(storedFiles(b)).toEqual(storedFiles(a));
    const got = ok(b.core.call('action.fileBytes', { id: final.id })) as { base64: string };
    expect(Buffer.from(got.base64, 'base64')).toEqual(FINAL);
    expect((ok(b.core.call('action.get', { id: task.id })) as ActionItem).status).toBe('accepted');
    // Again: nothing new, the bytes are not written twice.
    expect(imported(b, bytes).inserted.action_file).toBe(0);
  });

  it('refuses a file whose bytes do not match its hash, as damaged, writing nothing', () => {
    const a = folder();
    const { bytes } = withFiles(a);
    const tampered = rezip(bytes, (entries) => {
      entries[`files/${sha256Of(FINAL)}`] = new Uint8Array(Buffer.from('%PDF-1.4 改过的'));
    });
    const b = folder();
    expectRefused(b, tampered, 'bundle_damaged');
    expect(fs.existsSync(path.join(b.dir, 'files'))).toBe(false);
  });

  it('refuses a bundle missing a file’s bytes (unless this laptop already has them)', () => {
    const a = folder();
    const { bytes } = withFiles(a);
    const missing = rezip(bytes, (entries) => {
      delete entries[`files/${sha256Of(FINAL)}`];
    });
    const b = folder();
    expectRefused(b, missing, 'bundle_damaged');
    // The same bundle on the laptop that has the bytes is whole.
    const c = folder();
    imported(c, bytes);
    expect(imported(c, missing).skipped).toBeGreaterThan(0);
  });

  it('still refuses an unexpected entry: another name, or a file no row names', () => {
    const a = folder();
    const { bytes } = withFiles(a);
    const b = folder();
    expectRefused(b, rezip(bytes, (entries) => ({ ...entries, 'extra.txt': new Uint8Array([1]) })), 'bundle_not_convene');
    const stray = Buffer.from('无人引用');
    expectRefused(b, rezip(bytes, (entries) => ({ ...entries, [`files/${sha256Of(stray)}`]: new Uint8Array(stray) })), 'bundle_not_convene');
  });
});
