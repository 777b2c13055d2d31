/**
 * 督办通报 and 督办台账 through `convene export followup` (issue 17): the same task due soon on a
 * middle day, overdue on a later one, and the ledger with its progress, extension and close day.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ActionItem } from '../../shared/actions.js';
import { main } from '../../main/cli/main.js';
import { findChromium } from '../../main/export/pdf/chromium.js';
import { openRuntime } from '../../main/service/runtime.js';
import { readXlsx } from '../helpers/export.js';
import { testClock } from '../helpers/clock.js';
import { ok, tempDir } from '../helpers/runtime.js';
import { readDocx } from './export-docx-reader.js';
import { spawnSync } from 'node:child_process';

let tmp: string;
let data: string;
let programmeId: string;
let unitId: string;

beforeAll(() => {
  tmp = tempDir('convene-followup-');
  data = path.join(tmp, 'data');
  const clock = testClock('2025-09-20T02:00:00Z');
  const runtime = openRuntime({ dataDir: data, now: clock.now });
  const call = runtime.core.call.bind(runtime.core) as (name: string, input: unknown) => { ok: true; value: unknown } | { ok: false; error: unknown };
  programmeId = (ok(call('programme.create', { title: '清源县督办' })) as { id: string }).id;
  unitId = (ok(call('unit.create', { name: '县发改局', kind: 'department' })) as { id: string }).id;
  const other = (ok(call('unit.create', { name: '县财政局', kind: 'department' })) as { id: string }).id;
  // Due the first working day after the National Day holiday (1–8 October 2025).
  const due = ok(call('action.create', { programmeId, title: '报送产业规划方案', leadUnitId: unitId, dueDate: '2025-10-09' })) as ActionItem;
  ok(call('action.progressAdd', { actionId: due.id, date: '2025-09-25', text: '已形成初稿，正在征求意见。' }));
  const closed = ok(call('action.create', { programmeId, title: '梳理专项资金清单', leadUnitId: other, dueDate: '2025-11-03', deliverable: '资金清单' })) as ActionItem;
  for (const [status, day] of [['in_progress', '2025-10-20'], ['submitted', '2025-10-30'], ['accepted', '2025-11-05']] as const) {
    clock.set(`${day}T02:00:00Z`);
    ok(call('action.move', { id: closed.id, status, position: 0 }));
  }
  runtime.close({ backup: false });
});
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

async function cli(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(['export', 'followup', '--programme', programmeId, '--data', data, ...args], { out: (l) => out.push(l), err: (l) => err.push(l), env: {} });
  return { code, stdout: out.join('\n'), stderr: err.join('\n') };
}

const file = (name: string) => path.join(tmp, name);
const cells = (tables: { rows: string[][] }[]) => tables.map((t) => t.rows.map((r) => r.join('|')));

describe('convene export followup', () => {
  it('gives the digest in Word: due soon across the holiday on a middle day, overdue later with calendar days late, the closed list', async () => {
    expect((await cli(['--as-of', '2025-09-30', '--format', 'docx', '--out', file('mid.docx')])).code).toBe(0);
    const mid = cells((await readDocx(fs.readFileSync(file('mid.docx')))).tables);
    // 牵头单位 | 正常推进 | 临期 | 逾期 | 已办结 | 其中逾期办结
    expect(mid[0]).toContain('县发改局|0|1|0|0|0');
    expect(mid[0]).toContain('县财政局|1|0|0|0|0');

    expect((await cli(['--as-of', '2025-11-10', '--format', 'docx', '--out', file('late.docx')])).code).toBe(0);
    const late = await readDocx(fs.readFileSync(file('late.docx')));
    const [counts, overdue, closed] = cells(late.tables);
    expect(counts).toContain('县发改局|0|0|1|0|0');
    expect(counts).toContain('县财政局|0|0|0|1|1');
    expect(overdue![1]).toBe('1|报送产业规划方案|县发改局|2025年10月9日|32天');
    expect(closed![1]).toMatch(/^1\|梳理专项资金清单\|县财政局\|2025年11月3日\|2025年11月5日/);
    expect(late.paragraphs.map((p) => p.text).join('\n')).toContain('督办通报');
  });

  it.skipIf(!findChromium(undefined) || Boolean(spawnSync('pdftotext', ['-v']).error))('gives the digest as a PDF in English', async () => {
    expect((await cli(['--as-of', '2025-09-30', '--format', 'pdf', '--lang', 'en', '--out', file('mid.pdf')])).code).toBe(0);
    const text = spawnSync('pdftotext', ['-layout', file('mid.pdf'), '-'], { encoding: 'utf8' }).stdout;
    expect(text).toContain('Follow-up digest');
    expect(text).toMatch(/In all 2: 1 on time, 1 due soon, 0 overdue, 0 closed/);
  });

  it('gives the ledger as a spreadsheet with real dates, its progress and close day, and one unit’s ledger', async () => {
    expect((await cli(['--as-of', '2025-11-10', '--format', 'xlsx', '--out', file('ledger.xlsx')])).code).toBe(0);
    const { rows } = await readXlsx(fs.readFileSync(file('ledger.xlsx')));
    const row = rows.find((r) => r.includes('报送产业规划方案'))!;
    expect(row).toContain('县发改局');
    expect(row.some((c) => c instanceof Date && c.toISOString().startsWith('2025-10-09'))).toBe(true);
    expect(row.some((c) => typeof c === 'string' && c.startsWith('逾期'))).toBe(true);
    expect(row).toContain('2025年9月25日：已形成初稿，正在征求意见。');
    const closedRow = rows.find((r) => r.includes('梳理专项资金清单'))!;
    expect(closedRow.some((c) => c instanceof Date && c.toISOString().startsWith('2025-11-05'))).toBe(true);

    expect((await cli(['--unit', unitId, '--format', 'docx', '--as-of', '2025-11-10', '--out', file('unit.docx')])).code).toBe(0);
    const unit = cells((await readDocx(fs.readFileSync(file('unit.docx')))).tables).flat().join('\n');
    expect(unit).toContain('报送产业规划方案');
    expect(unit).not.toContain('梳理专项资金清单');
  });

  it('refuses a bad date and an unknown programme in words', async () => {
    const bad = await cli(['--as-of', '2025-02-30', '--format', 'pdf']);
    expect(bad.code).not.toBe(0);
    expect(bad.stderr).toMatch(/--as-of takes a date as YYYY-MM-DD/);
    const out: string[] = [];
    const err: string[] = [];
    const code = await main(['export', 'followup', '--programme', 'nope', '--format', 'docx', '--data', data, '--out', file('x.docx')], { out: (l) => out.push(l), err: (l) => err.push(l), env: {} });
    expect(code).not.toBe(0);
    expect(err.join('\n')).toMatch(/no programme with id 'nope'/);
  });
});
