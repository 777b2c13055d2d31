/**
 * The minutes read by python-docx, a reader that shares nothing with ours: the 会议纪要 blocks, the
 * numbered headings, the five-column task table and the 版记 are what a script at the office sees.
 * Skipped, saying why, where python3-docx is not installed (apt-get install python3-docx).
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { MinutesVersion } from '../../shared/minutes.js';
import { testClock } from '../helpers/clock.js';
import { exportOf, specialisedAction, stage1, withoutMinutes } from '../helpers/export.js';
import { ok, tempDir, testRuntime, type TestRuntime } from '../helpers/runtime.js';

/** The first Python that has python-docx (Debian's package sits beside the system's python3, not a pyenv one). */
const PYTHON = ['python3', '/usr/bin/python3'].find((bin) => spawnSync(bin, ['-c', 'import docx']).status === 0) ?? null;
const PYTHON_DOCX = PYTHON !== null;

/** Paragraph texts with their style, each table's rows, and each section's orientation, as JSON. */
const DUMP = `
import docx, json, sys
d = docx.Document(sys.argv[1])
print(json.dumps({
  "paragraphs": [[p.style.name, p.text] for p in d.paragraphs],
  "tables": [[[c.text for c in r.cells] for r in t.rows] for t in d.tables],
  "sections": [str(s.orientation) for s in d.sections],
}, ensure_ascii=False))
`;

describe.skipIf(!PYTHON_DOCX)(`minutes DOCX read by python-docx${PYTHON_DOCX ? '' : ' (skipped: python3-docx is not installed)'}`, () => {
  let rt: TestRuntime;
  let dir: string;
  beforeEach(() => {
    rt = testRuntime({ now: testClock('2027-01-11T23:30:00Z').now });
    dir = tempDir('convene-python-docx-');
  });
  afterEach(() => {
    rt.cleanup();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('sees the 会议纪要 blocks, numbered headings, the task table and the 版记', async () => {
    ok(rt.core.call('sample.load', { locale: 'zh-CN' }));
    const sessionId = stage1('zh-CN');
    withoutMinutes(rt, sessionId);
    specialisedAction(rt, 'zh-CN');
    const draft = ok(rt.core.call('minutes.generate', { sessionId })) as MinutesVersion;
    ok(
      rt.core.call('minutes.update', {
        sessionId,
        version: 1,
        document: { ...draft.document, docNumber: '清政办纪〔2027〕1号', distribution: '县委办、县政府办', copyTo: '县人大办', issuer: '清源县人民政府办公室', decisions: ['原则同意。'] },
      }),
    );
    ok(rt.core.call('minutes.approve', { sessionId, version: 1 }));
    const file = path.join(dir, 'minutes.docx');
    fs.writeFileSync(file, (await exportOf(rt, 'minutes', 'docx', { sessionId })).bytes);
    const run = spawnSync(PYTHON!, ['-c', DUMP, file], { encoding: 'utf8' });
    expect(run.status, run.stderr).toBe(0);
    const read = JSON.parse(run.stdout) as { paragraphs: [string, string][]; tables: string[][][]; sections: string[] };
    const texts = read.paragraphs.map(([, text]) => text);
    const styled = (style: string) => read.paragraphs.filter(([s]) => s === style).map(([, t]) => t);

    expect(styled('Title')).toEqual(['常委会层面战略对接研讨会会议纪要']);
    expect(styled('Subtitle')).toEqual(['清政办纪〔2027〕1号', '第 1 版（已审定）']);
    for (const label of ['时间', '地点', '主持', '出席', '请假', '记录']) expect(texts.some((t) => t.startsWith(`${label}：`))).toBe(true);
    expect(texts.join('\n')).not.toContain('未登记到会');
    expect(styled('Heading 1')).toEqual(['一、会议议程', '二、发言摘要', '三、会议议定事项', '四、任务分解']);
    expect(texts).toContain('（一）原则同意。');
    expect(texts.some((t) => t.startsWith('林卫东（工信局局长）：'))).toBe(true);
    const tasks = read.tables.find((t) => t[0]![1] === '任务')!;
    expect(tasks[0]).toEqual(['序号', '任务', '牵头单位', '配合单位', '完成时限']);
    expect(tasks.some((r) => r[4] === '2027年2月11日\n（一个月内）')).toBe(true);
    expect(read.sections.every((s) => s.includes('PORTRAIT'))).toBe(true);
    expect(texts.slice(-3)).toEqual(['分送：县委办、县政府办', '抄送：县人大办', '清源县人民政府办公室\u30002027年1月12日印发']);
  });
});
