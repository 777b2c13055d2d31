/**
 * "Today" is the day on the machine's calendar, everywhere: at 07:30 in Shanghai on 12 January
 * (23:30 UTC on the 11th) a task due on the 11th is overdue, a rule counts from the 12th, and exports
 * say and are named the 12th. Before, the exports' subtitle said the 11th (it took the UTC day).
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { ActionItem } from '../../shared/actions.js';
import type { ExportedFile } from '../../shared/minutes.js';
import { localDay } from '../../shared/local-day.js';
import { testClock } from '../helpers/clock.js';
import { exportOf } from '../helpers/export.js';
import { ok, testRuntime, type TestRuntime } from '../helpers/runtime.js';

const AT = '2027-01-11T23:30:00Z';
let zone: string | undefined;
beforeAll(() => {
  zone = process.env.TZ;
  process.env.TZ = 'Asia/Shanghai';
});
afterAll(() => {
  if (zone === undefined) delete process.env.TZ;
  else process.env.TZ = zone;
});

let rt: TestRuntime;
let programmeId: string;
beforeEach(() => {
  rt = testRuntime({ now: testClock(AT).now });
  programmeId = (ok(rt.core.call('programme.create', { title: '清源县“十五五”规划研讨', locale: 'zh-CN' })) as { id: string }).id;
});
afterEach(() => rt.cleanup());

describe('today, at 2027-01-11T23:30Z in Asia/Shanghai', () => {
  it('is the 12th', () => {
    expect(new Date(AT).getHours()).toBe(7);
    expect(localDay(new Date(AT))).toBe('2027-01-12');
  });

  it('tasks: due on the 11th is overdue, on the 12th due soon; a spoken rule counts from the 12th', () => {
    const create = (title: string, extra: object) => ok(rt.core.call('action.create', { programmeId, title, ...extra })) as ActionItem;
    expect(create('昨天到期', { dueDate: '2027-01-11' })).toMatchObject({ overdue: true, due: 'overdue' });
    expect(create('今天到期', { dueDate: '2027-01-12' })).toMatchObject({ overdue: false, due: 'soon' });
    expect(create('一周内', { dueRule: '一周内' }).dueDate).toBe('2027-01-19');
  });

  it('exports: the subtitle says the 12th, and the file names carry it', async () => {
    ok(rt.core.call('action.create', { programmeId, title: '制定扶持政策', dueDate: '2027-02-12' }));
    const tasks = await exportOf(rt, 'tasks', 'md', { programmeId });
    expect(tasks.text).toContain('2027年1月12日导出');
    expect(tasks.file.fileName).toContain('2027-01-12');
    const bundle = ok(rt.core.call('bundle.export', { programmeId })) as ExportedFile;
    expect(bundle.fileName).toMatch(/-2027-01-12\.convene$/);
  });
});
