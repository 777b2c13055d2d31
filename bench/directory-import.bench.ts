import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import { addFigure, median } from './table.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const CHILD = path.join(ROOT, 'bench/support/directory-import-child.ts');
const PEOPLE = 5_000;
const UNITS = 200;
const RUNS = 3;
const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤';
const GIVEN = '伟芳娜敏静强磊洋艳勇军杰娟涛明超秀霞平刚桂英华';

interface Outcome {
  ok: boolean;
  reason: string | null;
  counts: { peopleAdded: number; unitsAdded: number } | null;
  readMs: number;
  importMs?: number;
  peakMiB: number;
}

/** One import in a fresh Node process, so its peak resident memory is the import's. */
function importInChild(file: string, dataDir: string): Outcome {
  const child = spawnSync(process.execPath, ['--import', 'tsx', CHILD, file, dataDir], { cwd: ROOT, encoding: 'utf8', timeout: 300_000 });
  const line = child.stdout.trim().split('\n').pop() ?? '';
  if (child.status !== 0 || !line.startsWith('{')) throw new Error(`the importing process ended with ${child.status ?? child.signal}: ${child.stderr.slice(-2000)}`);
  return JSON.parse(line) as Outcome;
}

/** A county's directory as an office keeps it: 5,000 people in 200 units, a third of them named by short name. */
function directoryRows(people: number): string[][] {
  const rows = [['序号', '姓名', '单位', '单位简称', '职务', '类别']];
  for (let i = 0; i < people; i += 1) {
    const unit = i % UNITS;
    const name = `${SURNAMES[i % SURNAMES.length]}${GIVEN[Math.floor(i / SURNAMES.length) % GIVEN.length]}${Math.floor(i / (SURNAMES.length * GIVEN.length)) || ''}`;
    const byShort = i % 3 === 0 && i >= UNITS;
    rows.push([String(i + 1), name, byShort ? `单位${unit}` : `清源县第${unit}号单位`, byShort ? '' : `单位${unit}`, i % 10 === 0 ? '局长' : '科员', i % 10 === 0 ? '部门负责人' : '工作人员']);
  }
  return rows;
}

const tsv = (rows: string[][]) => rows.map((r) => r.join('\t')).join('\r\n');

async function xlsx(rows: string[][], file: string): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: true });
  const sheet = workbook.addWorksheet('名单');
  for (const row of rows) sheet.addRow(row).commit();
  sheet.commit();
  await workbook.commit();
}

/**
 * Importing a directory: 5,000 people in 200 units from a paste (tab-separated, as Excel copies)
 * and from an XLSX file, each into an empty folder in a child process (time and peak memory of the
 * whole import: reading, judging every row, one transaction). Then the refusals that must stay
 * cheap: 100,000 rows pasted, and an XLSX of 100,000 rows, refused before they are built.
 */
export default async function bench(): Promise<void> {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'convene-bench-directory-'));
  try {
    const rows = directoryRows(PEOPLE);
    fs.writeFileSync(path.join(root, 'people.tsv'), tsv(rows));
    await xlsx(rows, path.join(root, 'people.xlsx'));
    const huge = directoryRows(100_000);
    fs.writeFileSync(path.join(root, 'huge.tsv'), tsv(huge));
    await xlsx(huge, path.join(root, 'huge.xlsx'));

    for (const kind of ['tsv', 'xlsx'] as const) {
      const outcomes: Outcome[] = [];
      for (let run = 0; run < RUNS; run += 1) {
        const outcome = importInChild(path.join(root, `people.${kind}`), path.join(root, `${kind}-${run}`));
        if (!outcome.ok || outcome.counts?.peopleAdded !== PEOPLE || outcome.counts.unitsAdded !== UNITS) {
          throw new Error(`expected ${PEOPLE} people in ${UNITS} units imported, got ${JSON.stringify(outcome)}`);
        }
        outcomes.push(outcome);
      }
      const label = kind === 'tsv' ? 'pasted' : 'XLSX file';
      addFigure({ figure: `directory import, ${PEOPLE / 1000}k people in ${UNITS} units, ${label}: reading (median of ${RUNS})`, measured: median(outcomes.map((o) => o.readMs)), unit: 'ms', target: kind === 'tsv' ? 200 : 3000 });
      addFigure({ figure: `directory import, ${PEOPLE / 1000}k people in ${UNITS} units, ${label}: the import call (median of ${RUNS})`, measured: median(outcomes.map((o) => o.importMs ?? Number.NaN)), unit: 'ms', target: 1500 });
      addFigure({ figure: `directory import, ${PEOPLE / 1000}k people in ${UNITS} units, ${label}: peak RSS of the importing process`, measured: Math.max(...outcomes.map((o) => o.peakMiB)), unit: 'MiB', target: 256 });
    }

    for (const kind of ['tsv', 'xlsx'] as const) {
      const outcome = importInChild(path.join(root, `huge.${kind}`), path.join(root, `huge-${kind}`));
      if (outcome.ok || outcome.reason !== 'too_many_rows') throw new Error(`100,000 rows were not refused as too many: ${JSON.stringify(outcome)}`);
      const label = kind === 'tsv' ? 'pasted' : 'XLSX file';
      addFigure({ figure: `directory import, 100k rows ${label}: time to refusal`, measured: outcome.readMs, unit: 'ms', target: 2000 });
      addFigure({ figure: `directory import, 100k rows ${label}: peak RSS of the refusing process`, measured: outcome.peakMiB, unit: 'MiB', target: 256 });
    }
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
}
