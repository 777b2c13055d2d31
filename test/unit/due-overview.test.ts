import { describe, expect, it } from 'vitest';
import type { ActionItem } from '../../shared/actions.js';
import { weekEnd } from '../../main/core/due-overview.js';
import { runtimePerTest, typedCall } from '../helpers/runtime.js';

/** Home's "what is due" (issue 17, point 7): across programmes, on each programme's day. */
// 09:00 in Asia/Shanghai, Wednesday 12 March 2025.
const rt = runtimePerTest({ now: () => new Date('2025-03-12T01:00:00.000Z') });
const call = typedCall(rt);

describe('home.due', () => {
  it('lists, across programmes, open tasks due this week, overdue ones and those awaiting acceptance; nothing closed or later', () => {
    const a = call('programme.create', { title: '甲项目' });
    const b = call('programme.create', { title: '乙项目' });
    const unit = call('unit.create', { name: '工信局' });
    const task = (programmeId: string, title: string, dueDate: string | undefined, status: ActionItem['status'] = 'in_progress') =>
      call('action.create', { programmeId, title, status, leadUnitId: unit.id, ...(dueDate ? { dueDate } : {}) });
    task(a.id, '本周五到期', '2025-03-14');
    task(a.id, '周一已过期', '2025-03-10');
    task(a.id, '已报送待验收', '2025-03-01', 'submitted');
    task(a.id, '下周才到期', '2025-03-20');
    task(a.id, '已办结', '2025-03-10', 'accepted');
    task(a.id, '没有期限', undefined);
    task(b.id, '周日到期', '2025-03-16', 'assigned');
    task(b.id, '昨天到期', '2025-03-11');
    const due = call('home.due', {});
    const names = (items: typeof due.thisWeek) => items.map((i) => `${i.programmeTitle}:${i.title}:${i.due}`);
    expect(names(due.thisWeek)).toEqual(['甲项目:本周五到期:soon', '乙项目:周日到期:soon']);
    expect(names(due.overdue)).toEqual(['甲项目:周一已过期:overdue', '乙项目:昨天到期:overdue']);
    expect(names(due.submitted)).toEqual(['甲项目:已报送待验收:none']);
    expect(due.overdue[0]).toMatchObject({ leadUnitName: '工信局', programmeId: a.id, dueDate: '2025-03-10' });
  });

  it('ends the week on Sunday', () => {
    expect(['2025-03-10', '2025-03-12', '2025-03-16', '2025-03-17'].map(weekEnd)).toEqual(['2025-03-16', '2025-03-16', '2025-03-16', '2025-03-23']);
  });
});
