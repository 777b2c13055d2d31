import type { AgendaTemplate } from '../../shared/agenda.js';

/**
 * The two agendas the sample's county uses (SCENARIO.md): "docking and discussion" for the
 * leadership round, and the themed seminar for the wider second round. Built in, in both languages.
 */
export const BUILTIN_TEMPLATES: readonly AgendaTemplate[] = [
  {
    id: 'builtin-docking-zh',
    name: '对接-研讨（常委会层面）',
    locale: 'zh-CN',
    builtin: true,
    items: [
      { kind: 'presentation', title: '战略愿景与关键路径', plannedMinutes: 30, chairNotes: '主持人作框架性报告' },
      { kind: 'presentation', title: '方案解读', plannedMinutes: 20, chairNotes: '分管领导解读相关方案' },
      {
        kind: 'statements',
        title: '分管领域逐一发言',
        plannedMinutes: 90,
        chairNotes: '引导从“怎么解决问题”的角度发言，而不仅是罗列问题',
        speakerPrompt: '理解、思路、实际困难与资源约束',
      },
      { kind: 'break', title: '茶歇', plannedMinutes: 10 },
      { kind: 'summary', title: '主持人总结', plannedMinutes: 20 },
    ],
  },
  {
    id: 'builtin-docking-en',
    name: 'Docking and discussion (leadership)',
    locale: 'en',
    builtin: true,
    items: [
      { kind: 'presentation', title: 'Strategic vision and key paths', plannedMinutes: 30, chairNotes: 'Framing presentation by the chair' },
      { kind: 'presentation', title: 'Plan interpretation', plannedMinutes: 20, chairNotes: 'The responsible leader explains the plan' },
      {
        kind: 'statements',
        title: 'Round of statements by portfolio',
        plannedMinutes: 90,
        chairNotes: 'Steer toward how to solve problems, not only listing them',
        speakerPrompt: 'Understanding, ideas, practical difficulties and resource constraints',
      },
      { kind: 'break', title: 'Break', plannedMinutes: 10 },
      { kind: 'summary', title: 'Summary by the chair', plannedMinutes: 20 },
    ],
  },
  {
    id: 'builtin-themed-zh',
    name: '专题研讨',
    locale: 'zh-CN',
    builtin: true,
    items: [
      { kind: 'presentation', title: '专题情况介绍', plannedMinutes: 20 },
      {
        kind: 'statements',
        title: '部门、乡镇及代表委员、企业家发言',
        plannedMinutes: 80,
        speakerPrompt: '对本专题的意见和建议',
      },
      { kind: 'discussion', title: '自由讨论', plannedMinutes: 30 },
      { kind: 'summary', title: '总结讲话', plannedMinutes: 15 },
    ],
  },
  {
    id: 'builtin-themed-en',
    name: 'Themed seminar',
    locale: 'en',
    builtin: true,
    items: [
      { kind: 'presentation', title: 'Introduction to the theme', plannedMinutes: 20 },
      {
        kind: 'statements',
        title: 'Statements by departments, townships, deputies and entrepreneurs',
        plannedMinutes: 80,
        speakerPrompt: 'Opinions and suggestions on the theme',
      },
      { kind: 'discussion', title: 'Open discussion', plannedMinutes: 30 },
      { kind: 'summary', title: 'Closing remarks', plannedMinutes: 15 },
    ],
  },
];
