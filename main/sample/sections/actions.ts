/**
 * The tasks that left the sample's seminars, with their co-operating units, required contents and
 * the first line of their history. Plain SQL with the sample's stable ids (ids.ts), like the notes:
 * the core's createAction draws random ids. Board positions count within each status, in the order
 * the data lists the tasks, as the board orders them.
 */
import { resolved, type Section } from './section.js';

export const actions: Section = {
  name: 'actions',
  topics: ['action'],
  load({ ctx, sample, ids, at, unitIds, personIds }) {
    const insert = ctx.db.prepare(
      `INSERT INTO action_item (id, programme_id, session_id, agenda_item_id, note_id, title, description, deliverable, lead_unit_id,
                                owner_person_id, due_date, due_rule, status, priority, board_position, created_at, updated_at)
       VALUES (@id, @programmeId, @sessionId, @itemId, @noteId, @title, @description, @deliverable, @leadId, @ownerId,
               @dueDate, @dueRule, @status, @priority, @position, @at, @at)`,
    );
    const coUnit = ctx.db.prepare('INSERT INTO action_co_unit (action_id, unit_id, position) VALUES (?, ?, ?)');
    const check = ctx.db.prepare('INSERT INTO action_check (id, action_id, position, text, done) VALUES (?, ?, ?, ?, ?)');
    // What action.create records first, so the task's history starts where the board's always do.
    const history = ctx.db.prepare("INSERT INTO action_history (action_id, at, field, old_value, new_value) VALUES (?, ?, 'created', NULL, ?)");
    const positions = new Map<string, number>();
    for (const action of sample.actions) {
      const id = ids.action(action.key);
      const position = positions.get(action.status) ?? 0;
      positions.set(action.status, position + 1);
      insert.run({
        id,
        programmeId: ids.programme,
        sessionId: ids.session(action.session),
        itemId: ids.agendaItem(action.session, action.item),
        noteId: action.note === null ? null : ids.note(action.note),
        title: action.title,
        description: action.description,
        deliverable: action.deliverable,
        leadId: resolved(unitIds, action.lead),
        ownerId: resolved(personIds, action.owner),
        dueDate: action.dueDate,
        dueRule: action.dueRule,
        status: action.status,
        priority: action.priority,
        position,
        at,
      });
      action.co.forEach((unit, index) => coUnit.run(id, resolved(unitIds, unit), index));
      action.checklist.forEach((item, index) => check.run(ids.check(action.key, index), id, index, item.text, item.done ? 1 : 0));
      history.run(id, at, action.title);
    }
  },
};
