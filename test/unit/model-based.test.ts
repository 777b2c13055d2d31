import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { checkMove, type ActionStatus, ACTION_STATUSES } from '../../shared/actions.js';
import type { Result } from '../../shared/contract/result.js';
import { moveInOrder } from '../../main/core/ordering.js';
import { ok, testRuntime, type TestRuntime } from '../helpers/runtime.js';

/**
 * Model-based tests: random sequences of creating, editing, deleting, restoring, reordering and
 * moving notes, agenda items, speakers and actions, run against the real core and against a
 * plain in-memory model of what should happen. After every step the database and the model agree.
 */
interface Model {
  notes: Map<string, { text: string; deleted: boolean }>;
  items: string[];
  deletedItems: Map<string, number>;
  speakers: string[];
  actions: Map<string, { status: ActionStatus; lead: boolean; deleted: boolean }>;
  columns: Map<ActionStatus, string[]>;
}

interface Real {
  rt: TestRuntime;
  sessionId: string;
  programmeId: string;
  itemId: string;
  unitId: string;
  counter: number;
}

const call = (r: Real, channel: string, input: unknown) => r.rt.core.call(channel, input) as Result<unknown>;
const pick = <T>(list: readonly T[], index: number): T | undefined => (list.length ? list[index % list.length] : undefined);
const liveNotes = (m: Model) => [...m.notes].filter(([, n]) => !n.deleted).map(([id]) => id);
const deletedNotes = (m: Model) => [...m.notes].filter(([, n]) => n.deleted).map(([id]) => id);
const liveActions = (m: Model) => [...m.actions].filter(([, a]) => !a.deleted).map(([id]) => id);
const column = (m: Model, status: ActionStatus) => m.columns.get(status) ?? [];

function check(m: Model, r: Real) {
  const db = r.rt.core.db;
  const notes = db.prepare('SELECT id, text, deleted_at IS NOT NULL AS deleted FROM note').all() as { id: string; text: string; deleted: number }[];
  expect(new Map(notes.map((n) => [n.id, { text: n.text, deleted: n.deleted === 1 }]))).toEqual(m.notes);
  const items = db.prepare("SELECT id FROM agenda_item WHERE session_id = ? AND deleted_at IS NULL AND id <> ? ORDER BY position").pluck().all(r.sessionId, r.itemId);
  expect(items).toEqual(m.items);
  expect(db.prepare('SELECT id FROM speaker WHERE agenda_item_id = ? ORDER BY position').pluck().all(r.itemId)).toEqual(m.speakers);
  for (const status of ACTION_STATUSES) {
    const ids = db
      .prepare('SELECT id FROM action_item WHERE programme_id = ? AND status = ? AND deleted_at IS NULL ORDER BY board_position, created_at')
      .pluck()
      .all(r.programmeId, status);
    expect(ids, status).toEqual(column(m, status));
  }
}

type Cmd = fc.Command<Model, Real>;

class CreateNote implements Cmd {
  constructor(readonly text: string) {}
  check = () => true;
  run(m: Model, r: Real) {
    const note = ok(call(r, 'note.create', { sessionId: r.sessionId, category: 'idea', text: this.text })) as { id: string };
    m.notes.set(note.id, { text: this.text, deleted: false });
    check(m, r);
  }
  toString = () => `CreateNote(${JSON.stringify(this.text)})`;
}

class EditNote implements Cmd {
  constructor(readonly index: number, readonly text: string) {}
  check = (m: Readonly<Model>) => liveNotes(m as Model).length > 0;
  run(m: Model, r: Real) {
    const id = pick(liveNotes(m), this.index)!;
    ok(call(r, 'note.update', { id, text: this.text }));
    m.notes.set(id, { text: this.text, deleted: false });
    check(m, r);
  }
  toString = () => `EditNote(${this.index}, ${JSON.stringify(this.text)})`;
}

class DeleteNote implements Cmd {
  constructor(readonly index: number) {}
  check = (m: Readonly<Model>) => liveNotes(m as Model).length > 0;
  run(m: Model, r: Real) {
    const id = pick(liveNotes(m), this.index)!;
    ok(call(r, 'note.delete', { id }));
    m.notes.get(id)!.deleted = true;
    check(m, r);
  }
  toString = () => `DeleteNote(${this.index})`;
}

class RestoreNote implements Cmd {
  constructor(readonly index: number) {}
  check = (m: Readonly<Model>) => deletedNotes(m as Model).length > 0;
  run(m: Model, r: Real) {
    const id = pick(deletedNotes(m), this.index)!;
    ok(call(r, 'note.restore', { id }));
    m.notes.get(id)!.deleted = false;
    check(m, r);
  }
  toString = () => `RestoreNote(${this.index})`;
}

class CreateItem implements Cmd {
  check = () => true;
  run(m: Model, r: Real) {
    const item = ok(call(r, 'agenda.create', { sessionId: r.sessionId, kind: 'discussion', title: `item ${r.counter++}`, plannedMinutes: 5 })) as { id: string };
    m.items.push(item.id);
    check(m, r);
  }
  toString = () => 'CreateItem';
}

class MoveItem implements Cmd {
  constructor(readonly index: number, readonly position: number) {}
  check = (m: Readonly<Model>) => m.items.length > 0;
  run(m: Model, r: Real) {
    const id = pick(m.items, this.index)!;
    // The fixed first item (the speakers' item) sits at position 0; positions count it too.
    ok(call(r, 'agenda.move', { id, position: this.position + 1 }));
    m.items = moveInOrder(m.items, id, this.position);
    check(m, r);
  }
  toString = () => `MoveItem(${this.index}, ${this.position})`;
}

class DeleteItem implements Cmd {
  constructor(readonly index: number) {}
  check = (m: Readonly<Model>) => m.items.length > 0;
  run(m: Model, r: Real) {
    const id = pick(m.items, this.index)!;
    ok(call(r, 'agenda.delete', { id }));
    m.deletedItems.set(id, m.items.indexOf(id));
    m.items = m.items.filter((x) => x !== id);
    check(m, r);
  }
  toString = () => `DeleteItem(${this.index})`;
}

class RestoreItem implements Cmd {
  constructor(readonly index: number) {}
  check = (m: Readonly<Model>) => m.deletedItems.size > 0;
  run(m: Model, r: Real) {
    const id = pick([...m.deletedItems.keys()], this.index)!;
    ok(call(r, 'agenda.restore', { id }));
    // Back where it was when deleted (its position then, counting the fixed first item).
    m.items = moveInOrder(m.items, id, m.deletedItems.get(id)!);
    m.deletedItems.delete(id);
    check(m, r);
  }
  toString = () => `RestoreItem(${this.index})`;
}

class AddSpeaker implements Cmd {
  check = () => true;
  run(m: Model, r: Real) {
    const speaker = ok(call(r, 'speaker.add', { agendaItemId: r.itemId, freeName: `speaker ${r.counter++}` })) as { id: string };
    m.speakers.push(speaker.id);
    check(m, r);
  }
  toString = () => 'AddSpeaker';
}

class MoveSpeaker implements Cmd {
  constructor(readonly index: number, readonly position: number) {}
  check = (m: Readonly<Model>) => m.speakers.length > 0;
  run(m: Model, r: Real) {
    const id = pick(m.speakers, this.index)!;
    ok(call(r, 'speaker.move', { id, position: this.position }));
    m.speakers = moveInOrder(m.speakers, id, this.position);
    check(m, r);
  }
  toString = () => `MoveSpeaker(${this.index}, ${this.position})`;
}

class RemoveSpeaker implements Cmd {
  constructor(readonly index: number) {}
  check = (m: Readonly<Model>) => m.speakers.length > 0;
  run(m: Model, r: Real) {
    const id = pick(m.speakers, this.index)!;
    ok(call(r, 'speaker.remove', { id }));
    m.speakers = m.speakers.filter((x) => x !== id);
    check(m, r);
  }
  toString = () => `RemoveSpeaker(${this.index})`;
}

class CreateAction implements Cmd {
  constructor(readonly withLead: boolean) {}
  check = () => true;
  run(m: Model, r: Real) {
    const action = ok(
      call(r, 'action.create', { sessionId: r.sessionId, title: `task ${r.counter++}`, ...(this.withLead ? { leadUnitId: r.unitId } : {}) }),
    ) as { id: string };
    m.actions.set(action.id, { status: 'proposed', lead: this.withLead, deleted: false });
    m.columns.set('proposed', [...column(m, 'proposed'), action.id]);
    check(m, r);
  }
  toString = () => `CreateAction(${this.withLead})`;
}

class MoveAction implements Cmd {
  constructor(readonly index: number, readonly status: ActionStatus, readonly position: number) {}
  check = (m: Readonly<Model>) => liveActions(m as Model).length > 0;
  run(m: Model, r: Real) {
    const id = pick(liveActions(m), this.index)!;
    const action = m.actions.get(id)!;
    const allowed = checkMove({ status: action.status, hasLead: action.lead, checklist: [] }, this.status).ok;
    const result = call(r, 'action.move', { id, status: this.status, position: this.position });
    expect(result.ok, `${action.status} → ${this.status}`).toBe(allowed);
    if (allowed) {
      if (action.status !== this.status) m.columns.set(action.status, column(m, action.status).filter((x) => x !== id));
      m.columns.set(this.status, moveInOrder(column(m, this.status), id, this.position));
      action.status = this.status;
    }
    check(m, r);
  }
  toString = () => `MoveAction(${this.index}, ${this.status}, ${this.position})`;
}

class DeleteAction implements Cmd {
  constructor(readonly index: number) {}
  check = (m: Readonly<Model>) => liveActions(m as Model).length > 0;
  run(m: Model, r: Real) {
    const id = pick(liveActions(m), this.index)!;
    const action = m.actions.get(id)!;
    ok(call(r, 'action.delete', { id }));
    action.deleted = true;
    m.columns.set(action.status, column(m, action.status).filter((x) => x !== id));
    check(m, r);
  }
  toString = () => `DeleteAction(${this.index})`;
}

class RestoreAction implements Cmd {
  constructor(readonly index: number) {}
  check = (m: Readonly<Model>) => [...m.actions.values()].some((a) => a.deleted);
  run(m: Model, r: Real) {
    const id = pick([...m.actions].filter(([, a]) => a.deleted).map(([x]) => x), this.index)!;
    const action = m.actions.get(id)!;
    ok(call(r, 'action.restore', { id }));
    action.deleted = false;
    m.columns.set(action.status, [...column(m, action.status), id]);
    check(m, r);
  }
  toString = () => `RestoreAction(${this.index})`;
}

const text = fc.string({ minLength: 1, maxLength: 40 }).filter((s) => s.trim().length > 0 && !/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uD800-\uDFFF]/.test(s));
const index = fc.nat(50);
const place = fc.nat(12);

const commands = fc.commands(
  [
    text.map((t) => new CreateNote(t)),
    fc.tuple(index, text).map(([i, t]) => new EditNote(i, t)),
    index.map((i) => new DeleteNote(i)),
    index.map((i) => new RestoreNote(i)),
    fc.constant(new CreateItem()),
    fc.tuple(index, place).map(([i, p]) => new MoveItem(i, p)),
    index.map((i) => new DeleteItem(i)),
    index.map((i) => new RestoreItem(i)),
    fc.constant(new AddSpeaker()),
    fc.tuple(index, place).map(([i, p]) => new MoveSpeaker(i, p)),
    index.map((i) => new RemoveSpeaker(i)),
    fc.boolean().map((b) => new CreateAction(b)),
    fc.tuple(index, fc.constantFrom(...ACTION_STATUSES), place).map(([i, s, p]) => new MoveAction(i, s, p)),
    index.map((i) => new DeleteAction(i)),
    index.map((i) => new RestoreAction(i)),
  ],
  { maxCommands: 40 },
);

let runs = 0;
let steps = 0;
afterAll(() => console.log(`model-based: ${runs} random sequences, ${steps} commands, database and model agreed after every step`));

describe('model-based', () => {
  it('the database and a plain model agree after every step of random sequences', () => {
    fc.assert(
      fc.property(commands, (cmds) => {
        const rt = testRuntime();
        try {
          const programme = ok(rt.core.call('programme.create', { title: 'P' })) as { id: string };
          const stage = ok(rt.core.call('stage.create', { programmeId: programme.id, title: 'S' })) as { id: string };
          const session = ok(rt.core.call('session.create', { stageId: stage.id, title: 'Session' })) as { id: string };
          const item = ok(rt.core.call('agenda.create', { sessionId: session.id, kind: 'statements', title: 'Round', plannedMinutes: 30 })) as { id: string };
          const unit = ok(rt.core.call('unit.create', { name: '工信局' })) as { id: string };
          const real: Real = { rt, sessionId: session.id, programmeId: programme.id, itemId: item.id, unitId: unit.id, counter: 0 };
          const model: Model = { notes: new Map(), items: [], deletedItems: new Map(), speakers: [], actions: new Map(), columns: new Map() };
          runs++;
          steps += [...cmds].length;
          fc.modelRun(() => ({ model, real }), cmds);
        } finally {
          rt.cleanup();
        }
      }),
      { numRuns: Number(process.env.CONVENE_MODEL_RUNS ?? 40) },
    );
  }, 300_000);
});
