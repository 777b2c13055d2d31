import type { Messages } from '../shape.js';
import type { home as zh } from '../zh-CN/home.js';

export const home: Messages<typeof zh> = {
  title: 'Programmes',
  intro: 'A programme is a series of seminars held in stages; each stage has its own audience and purpose.',
  listLabel: 'All programmes',
  empty: {
    title: 'No programmes yet',
    hint: 'Create your first programme, or open the sample workshop to see a complete staged seminar series.',
  },
  stageCount_one: '{{count}} stage',
  stageCount_other: '{{count}} stages',
  sessionCount_one: '{{count}} session',
  sessionCount_other: '{{count}} sessions',
  updated: 'Updated {{date}}',
  noDescription: 'No description',
  action: {
    new: 'New programme',
    openSample: 'Open sample workshop',
    loadingSample: 'Loading the sample…',
    delete: 'Delete “{{title}}”',
  },
  form: {
    heading: 'New programme',
    title: 'Title',
    titleHint: 'For example: Qingyuan County strategy rollout seminars',
    description: 'Description',
    descriptionHint: 'What this series of seminars should achieve (optional)',
    locale: 'Meeting language',
    localeHint: 'Minutes and exported documents use this language',
    submit: 'Create',
    creating: 'Creating…',
  },
  due: {
    heading: 'What is due',
    intro: 'Tasks across all programmes due this week, overdue, or submitted and awaiting acceptance (on each programme’s working days).',
    thisWeek: 'Due this week',
    overdue: 'Overdue',
    submitted: 'Awaiting acceptance',
    count: '{{count}}',
    empty: 'Nothing is due this week, overdue or awaiting acceptance.',
    groupEmpty: 'None',
    item: '{{programme}} · {{unit}}',
    noUnit: 'No lead unit yet',
    dueOn: 'Due {{date}}',
  },
};
