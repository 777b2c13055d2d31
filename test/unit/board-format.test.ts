import i18next, { type TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ActionHistoryEntry } from '../../shared/actions.js';
import { NAMESPACES, resources } from '../../shared/i18n/index.js';
import { dueWords, formatDue, historyLine } from '../../renderer/src/screens/board/format.js';

let zh: TFunction<'board'>;
let en: TFunction<'board'>;
beforeAll(async () => {
  const instance = i18next.createInstance();
  await instance.init({ resources, lng: 'zh-CN', fallbackLng: 'zh-CN', ns: NAMESPACES, defaultNS: 'board', interpolation: { escapeValue: false } });
  zh = instance.getFixedT('zh-CN', 'board') as TFunction<'board'>;
  en = instance.getFixedT('en', 'board') as TFunction<'board'>;
});

const entry = (field: string, oldValue: string | null, newValue: string | null): ActionHistoryEntry => ({ at: '2027-01-11T01:00:00.000Z', field, oldValue, newValue });

describe('history lines in the UI language', () => {
  it('names every field the core records, and translates statuses, priorities and dates', () => {
    expect(historyLine(zh, entry('created', null, '专精特新扶持政策'), 'zh-CN')).toBe('创建任务：专精特新扶持政策');
    expect(historyLine(zh, entry('leadUnit', null, '工信局'), 'zh-CN')).toBe('牵头单位：工信局');
    expect(historyLine(zh, entry('coUnits', '财政局', '财政局、金融办'), 'zh-CN')).toBe('配合单位：财政局 → 财政局、金融办');
    expect(historyLine(zh, entry('owner', '林卫东', null), 'zh-CN')).toBe('责任人：已清除（原为 林卫东）');
    expect(historyLine(zh, entry('status', 'proposed', 'in_progress'), 'zh-CN')).toBe('状态：待确认 → 办理中');
    expect(historyLine(zh, entry('priority', 'normal', 'urgent'), 'zh-CN')).toBe('优先级：一般 → 紧急');
    expect(historyLine(zh, entry('dueDate', null, '2027-02-11'), 'zh-CN')).toBe('期限日期：2027年2月11日');
    expect(historyLine(zh, entry('dueRule', null, '一个月内'), 'zh-CN')).toBe('期限说法：一个月内');
    expect(historyLine(zh, entry('checklist', null, '贷款贴息'), 'zh-CN')).toBe('添加要求的内容：贷款贴息');
    expect(historyLine(zh, entry('checklist', '贷款贴息', null), 'zh-CN')).toBe('移除要求的内容：贷款贴息');
    expect(historyLine(zh, entry('checklist', '贴息', '贷款贴息'), 'zh-CN')).toBe('修改要求的内容：贴息 → 贷款贴息');
    expect(historyLine(zh, entry('checkDone', null, '研发补助'), 'zh-CN')).toBe('完成：研发补助');
    expect(historyLine(zh, entry('checkUndone', null, '研发补助'), 'zh-CN')).toBe('取消完成：研发补助');
    expect(historyLine(zh, entry('deleted', null, '2027-01-12T00:00:00Z'), 'zh-CN')).toBe('删除任务');
    expect(historyLine(zh, entry('restored', null, '2027-01-12T00:00:00Z'), 'zh-CN')).toBe('从回收站恢复');
  });

  it('reads the same in English', () => {
    expect(historyLine(en, entry('status', 'submitted', 'accepted'), 'en')).toBe('Status: Submitted → Accepted');
    expect(historyLine(en, entry('dueDate', '2027-02-11', '2027-03-01'), 'en')).toBe('Due date: 11 Feb 2027 → 1 Mar 2027');
    expect(historyLine(en, entry('leadUnit', null, 'Industry Bureau'), 'en')).toBe('Lead unit: Industry Bureau');
    expect(historyLine(en, entry('checkDone', null, 'Loan interest subsidies'), 'en')).toBe('Done: Loan interest subsidies');
  });

  it('shows a field the UI does not know by its name rather than failing', () => {
    expect(historyLine(zh, entry('somethingNew', 'a', 'b'), 'zh-CN')).toBe('somethingNew：a → b');
  });
});

describe('due dates', () => {
  it('formats dates in the UI language and says the due state in words', () => {
    expect(formatDue('2027-02-11', 'zh-CN')).toBe('2027年2月11日');
    expect(formatDue('2027-02-11', 'en')).toBe('11 Feb 2027');
    expect(dueWords(zh, { due: 'overdue' })).toBe('已逾期');
    expect(dueWords(zh, { due: 'soon' })).toBe('临期');
    expect(dueWords(en, { due: 'overdue' })).toBe('Overdue');
    expect(dueWords(zh, { due: 'ok' })).toBe('');
  });
});
