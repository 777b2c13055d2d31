/**
 * The tasks that left the sample's seminars, with their co-operating units, required contents and
 * the first line of their history. Rows written directly (core/row-writer.ts) with the sample's stable ids (ids.ts), like the notes:
 * the core's createAction draws random ids. Board positions count within each status, in the order
 * the data lists the tasks, as the board orders them.
 */
import { stampedAt, writeRow } from '../../core/row-writer.js';
import { resolved, type Section } from './section.js';

export const actions: Section = {
  name: 'actions',
  topics: ['action'],
  load({ ctx, sample, ids, at, unitIds, personIds }) {
    const positions = new Map<string, number>();
    for (const action of sample.actions) {
      const id = ids.action(action.key);
      const position = positions.get(action.status) ?? 0;
      positions.set(action.status, position + 1);
      writeRow(ctx.db, 'action_item', {
        id,
        programme_id: ids.programme,
        session_id: ids.session(action.session),
        agenda_item_id: ids.agendaItem(action.session, action.item),
        note_id: action.note === null ? null : ids.note(action.note),
        title: action.title,
        description: action.description,
        deliverable: action.deliverable,
        lead_unit_id: resolved(unitIds, action.lead),
        owner_person_id: resolved(personIds, action.owner),
        due_date: action.dueDate,
        due_rule: action.dueRule,
        status: action.status,
        priority: action.priority,
        board_position: position,
        ...stampedAt(at),
      });
      action.co.forEach((unit, index) => writeRow(ctx.db, 'action_co_unit', { action_id: id, unit_id: resolved(unitIds, unit), position: index }));
      action.checklist.forEach((item, index) =>
        writeRow(ctx.db, 'action_check', { id: ids.check(action.key, index), action_id: id, position: index, text: item.text, done: item.done ? 1 : 0 }),
      );
      // What action.create records first, so the task's history starts where the board's always do.
      writeRow(ctx.db, 'action_history', { action_id: id, at, field: 'created', old_value: null, new_value: action.title });
    }
  },
};
