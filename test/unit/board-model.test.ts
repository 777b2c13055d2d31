import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ACTION_STATUSES, checkMove, type ActionItem, type ActionStatus } from '../../shared/actions.js';
import type { Unit } from '../../shared/domain.js';
import {
  applyMove,
  cardBefore,
  countByStatus,
  filterActions,
  groupColumns,
  groupLanes,
  isUnchanged,
  matchesFilters,
  serverPosition,
  shownStatuses,
  startTarget,
  stepTarget,
  type Target,
} from '../../renderer/src/screens/board/model.js';
import { parseView, viewParams } from '../../renderer/src/screens/board/filters.js';
import { ok, testRuntime, type TestRuntime } from '../helpers/runtime.js';

const unit = (id: string, name: string): Unit => ({ id, name, shortName: name, kind: 'department' });
const GXJ = unit('u-gxj', '工信局');
const CZJ = unit('u-czj', '财政局');
const JRB = unit('u-jrb', '金融办');

let counter = 0;
function action(over: Partial<ActionItem> = {}): ActionItem {
  counter++;
  return {
    id: `a${counter}`,
    programmeId: 'p',
    sessionId: 's1',
    sessionTitle: '第一轮',
    stageId: 'st1',
    agendaItemId: null,
    noteId: null,
    title: `任务 ${counter}`,
    description: '',
    deliverable: '',
    deliverableFiles: 0,
    leadUnit: null,
    coUnits: [],
    owner: null,
    dueDate: null,
    originalDueDate: null,
    dueRule: '',
    status: 'proposed',
    priority: 'normal',
    boardPosition: 0,
    checklist: [],
    due: 'none',
    overdue: false,
    updatedAt: '2027-01-11T01:00:00.000Z',
    ...over,
  };
}

/** A board: per status, cards with dense positions in the given order. */
function board(spec: Partial<Record<ActionStatus, number>>): ActionItem[] {
  return ACTION_STATUSES.flatMap((status) => Array.from({ length: spec[status] ?? 0 }, (_, i) => action({ status, boardPosition: i, title: `${status}-${i}` })));
}

describe('board filters', () => {
  const lead = action({ leadUnit: GXJ, coUnits: [CZJ] });
  const co = action({ leadUnit: CZJ, coUnits: [JRB], owner: { id: 'lin', name: '林卫东', position: '', unitId: null, unitName: null, category: 'department_head' } });
  const late = action({ status: 'in_progress', leadUnit: JRB, overdue: true, due: 'overdue', sessionId: 's2', stageId: 'st2' });
  const all = [lead, co, late];

  it('matches a unit as lead or as co-operating unit', () => {
    expect(filterActions(all, { unitId: JRB.id })).toEqual([co, late]);
    expect(filterActions(all, { unitId: CZJ.id })).toEqual([lead, co]);
  });

  it('combines owner, session, stage, status and overdue', () => {
    expect(filterActions(all, { ownerId: 'lin' })).toEqual([co]);
    expect(filterActions(all, { sessionId: 's2' })).toEqual([late]);
    expect(filterActions(all, { stageId: 'st1' })).toEqual([lead, co]);
    expect(filterActions(all, { status: 'in_progress', overdue: true })).toEqual([late]);
    expect(filterActions(all, { unitId: JRB.id, overdue: true })).toEqual([late]);
    expect(filterActions(all, {})).toEqual(all);
    expect(matchesFilters(lead, { overdue: true })).toBe(false);
  });

  it('shows one column when filtered by status, else all six; counts per status', () => {
    expect(shownStatuses({ status: 'submitted' })).toEqual(['submitted']);
    expect(shownStatuses({})).toEqual([...ACTION_STATUSES]);
    expect(countByStatus(all)).toMatchObject({ proposed: 2, in_progress: 1, accepted: 0 });
  });

  it('keeps filters, swimlanes and the open task in the address, ignoring anything malformed', () => {
    const view = { filters: { unitId: 'u-jrb', ownerId: 'lin', sessionId: 's1', stageId: 'st1', status: 'assigned' as const, overdue: true }, lanes: true, actionId: 'a1' };
    const params = new URLSearchParams(viewParams(view));
    expect(params.toString()).toBe('unit=u-jrb&owner=lin&session=s1&stage=st1&status=assigned&overdue=1&lanes=1&action=a1');
    expect(parseView(params)).toEqual(view);
    expect(parseView(new URLSearchParams('unit=%3Cscript%3E&status=done&overdue=yes&lanes=0'))).toEqual({ filters: {}, lanes: false, actionId: null });
  });
});

describe('columns and swimlanes', () => {
  it('groups by status in board order', () => {
    const a = action({ status: 'assigned', boardPosition: 2 });
    const b = action({ status: 'assigned', boardPosition: 0 });
    const c = action({ status: 'proposed', boardPosition: 0 });
    const columns = groupColumns([a, b, c]);
    expect(columns.assigned).toEqual([b, a]);
    expect(columns.proposed).toEqual([c]);
    expect(columns.cancelled).toEqual([]);
  });

  it('makes one lane per lead unit in name order, tasks without a lead last', () => {
    const none = action();
    const g = action({ leadUnit: GXJ });
    const j = action({ leadUnit: JRB });
    const g2 = action({ leadUnit: GXJ });
    const lanes = groupLanes([none, g, j, g2], (x, y) => x.localeCompare(y, 'zh-CN-u-co-pinyin'));
    expect(lanes.map((l) => l.unit?.name ?? null)).toEqual(['工信局', '金融办', null]);
    expect(lanes[0]!.actions).toEqual([g, g2]);
  });
});

describe('keyboard targets', () => {
  const actions = board({ proposed: 3, assigned: 1, in_progress: 0 });
  const columns = groupColumns(actions);
  const shown = [...ACTION_STATUSES];
  const [p0, p1, p2] = columns.proposed;

  it('starts where the card is, and steps within the column up to its ends', () => {
    const start = startTarget(columns, p1!);
    expect(start).toEqual({ status: 'proposed', index: 1 });
    expect(isUnchanged(columns, p1!, start)).toBe(true);
    const down = stepTarget(columns, shown, p1!.id, start, 'down');
    expect(down).toEqual({ status: 'proposed', index: 2 });
    expect(stepTarget(columns, shown, p1!.id, down, 'down')).toEqual(down); // the end: two other cards
    expect(cardBefore(columns, p1!.id, down)).toBeNull();
    const up = stepTarget(columns, shown, p1!.id, stepTarget(columns, shown, p1!.id, start, 'up'), 'up');
    expect(up).toEqual({ status: 'proposed', index: 0 });
    expect(cardBefore(columns, p1!.id, up)).toBe(p0);
  });

  it('steps across the shown columns, keeping the row when it can', () => {
    const from = startTarget(columns, p2!);
    const right = stepTarget(columns, shown, p2!.id, from, 'right');
    expect(right).toEqual({ status: 'assigned', index: 1 });
    const right2 = stepTarget(columns, shown, p2!.id, right, 'right');
    expect(right2).toEqual({ status: 'in_progress', index: 0 });
    expect(stepTarget(columns, shown, p2!.id, from, 'left')).toEqual(from);
    expect(stepTarget(columns, ['proposed'], p2!.id, from, 'right')).toEqual(from);
  });

  it('draws a move optimistically in its new place', () => {
    const target: Target = { status: 'assigned', index: 0 };
    const moved = groupColumns(applyMove(actions, columns, p0!, target));
    expect(moved.assigned.map((a) => a.id)).toEqual([p0!.id, columns.assigned[0]!.id]);
    expect(moved.proposed.map((a) => a.id)).toEqual([p1!.id, p2!.id]);
  });
});

/**
 * serverPosition against the real core: for random boards and random moves (with part of the board
 * hidden, as on a session board or under a filter), the programme-wide order the server ends up with
 * puts the card between the visible neighbours it was dropped between, right before the lower one.
 */
describe('serverPosition against the core', () => {
  let rt: TestRuntime;
  beforeEach(() => {
    rt = testRuntime();
  });
  afterEach(() => rt.cleanup());
  const call = <T,>(channel: string, input: unknown) => ok(rt.core.call(channel, input)) as T;

  it('lands the card between the visible neighbours it was dropped between', () => {
    const programme = call<{ id: string }>('programme.create', { title: 'p' });
    const lead = call<{ id: string }>('unit.create', { name: '工信局', kind: 'department' });
    const statuses = ['proposed', 'assigned', 'in_progress'] as const;
    for (let i = 0; i < 12; i++) {
      call('action.create', { programmeId: programme.id, title: `t${i}`, status: statuses[i % 3], leadUnitId: lead.id });
    }
    fc.assert(
      fc.property(
        fc.nat(11),
        fc.constantFrom(...statuses),
        fc.nat(12),
        fc.array(fc.boolean(), { minLength: 12, maxLength: 12 }),
        (pick, status, rawIndex, hidden) => {
          const all = call<ActionItem[]>('action.list', { programmeId: programme.id });
          const moving = all[pick]!;
          fc.pre(checkMove({ status: moving.status, hasLead: true, checklist: [] }, status).ok);
          // Part of the board is hidden (never the moving card).
          const visible = all.filter((a, i) => a.id === moving.id || !hidden[i]);
          const columns = groupColumns(visible);
          const others = columns[status].filter((a) => a.id !== moving.id);
          const target: Target = { status, index: Math.min(rawIndex, others.length) };
          const before = others[target.index];
          const after = others[target.index - 1];
          call('action.move', { id: moving.id, status, position: serverPosition(columns, moving, target) });
          const column = groupColumns(call<ActionItem[]>('action.list', { programmeId: programme.id }))[status].map((a) => a.id);
          const at = column.indexOf(moving.id);
          expect(at).toBeGreaterThanOrEqual(0);
          // Right before the visible card it was dropped before (hidden cards may lie between it and
          // the one above); at the end of the visible cards, right after the last of them.
          if (before) expect(column[at + 1]).toBe(before.id);
          else if (after) expect(column[at - 1]).toBe(after.id);
          if (after) expect(column.indexOf(after.id)).toBeLessThan(at);
        },
      ),
      { numRuns: 60 },
    );
  });
});
