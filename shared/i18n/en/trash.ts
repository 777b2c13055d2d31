import type { Messages } from '../shape.js';
import type { trash as zh } from '../zh-CN/trash.js';

export const trash: Messages<typeof zh> = {
  title: 'Trash',
  intro: 'Deleted items wait here and can be restored. Deleting forever cannot be undone.',
  empty: { title: 'The trash is empty', hint: 'Deleted programmes, stages, sessions, agenda items, notes, plans, units and people appear here.' },
  kind: {
    programme: 'Programme',
    stage: 'Stage',
    session: 'Session',
    unit: 'Unit',
    person: 'Person',
    agenda_item: 'Agenda item',
    note: 'Note',
    plan: 'Plan',
    action_item: 'Task',
    action_progress: 'Progress report',
    action_file: 'Attached file',
  },
  column: { kind: 'Kind', label: 'Name', deletedAt: 'Deleted', actions: 'Actions' },
  restoreItem: 'Restore “{{label}}”',
  purgeItem: 'Delete “{{label}}” forever',
  confirm: {
    title: 'Delete “{{label}}” forever?',
    body: 'This cannot be undone. What a programme, stage or session contains (stages, sessions, sittings, attendance) is deleted with it.',
    confirm: 'Delete forever',
  },
  purged: 'Deleted “{{label}}” forever.',
};
