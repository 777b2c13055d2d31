import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useSearchParams } from 'react-router';
import { ACTION_STATUSES, type ActionStatus } from '../../../../shared/actions.js';
import { id as idField } from '../../../../shared/contract/fields.js';
import type { BoardFilters } from './model.js';

/**
 * The board's state that belongs in the address: its filters, the swimlane toggle and the open task
 * (?unit=…&owner=…&session=…&stage=…&status=…&overdue=1&lanes=1&action=…), so a reload, Back or a
 * link shows the same board.
 */
export interface BoardView {
  filters: BoardFilters;
  lanes: boolean;
  actionId: string | null;
}

const PARAM = { unitId: 'unit', ownerId: 'owner', sessionId: 'session', stageId: 'stage', status: 'status', overdue: 'overdue' } as const;

const anId = (value: string | null) => (value !== null && idField.safeParse(value).success ? value : undefined);

export function parseView(params: URLSearchParams): BoardView {
  const filters: BoardFilters = {};
  const unitId = anId(params.get(PARAM.unitId));
  const ownerId = anId(params.get(PARAM.ownerId));
  const sessionId = anId(params.get(PARAM.sessionId));
  const stageId = anId(params.get(PARAM.stageId));
  const status = params.get(PARAM.status);
  if (unitId) filters.unitId = unitId;
  if (ownerId) filters.ownerId = ownerId;
  if (sessionId) filters.sessionId = sessionId;
  if (stageId) filters.stageId = stageId;
  if (status && (ACTION_STATUSES as readonly string[]).includes(status)) filters.status = status as ActionStatus;
  if (params.get(PARAM.overdue) === '1') filters.overdue = true;
  return { filters, lanes: params.get('lanes') === '1', actionId: anId(params.get('action')) ?? null };
}

export function viewParams(view: BoardView): Record<string, string> {
  const out: Record<string, string> = {};
  const { filters } = view;
  if (filters.unitId) out[PARAM.unitId] = filters.unitId;
  if (filters.ownerId) out[PARAM.ownerId] = filters.ownerId;
  if (filters.sessionId) out[PARAM.sessionId] = filters.sessionId;
  if (filters.stageId) out[PARAM.stageId] = filters.stageId;
  if (filters.status) out[PARAM.status] = filters.status;
  if (filters.overdue) out[PARAM.overdue] = '1';
  if (view.lanes) out.lanes = '1';
  if (view.actionId) out.action = view.actionId;
  return out;
}

const sameView = (a: BoardView, b: BoardView) => JSON.stringify(viewParams(a)) === JSON.stringify(viewParams(b));

/**
 * The view as state that changes at once (a controlled checkbox must not wait for the router's
 * transition), written through to the address, and following the address when it changes from
 * outside (Back, a link, the capture panel opening a task).
 */
export function useBoardView() {
  const [params, setParams] = useSearchParams();
  const fromUrl = useMemo(() => parseView(params), [params]);
  const [view, setView] = useState<BoardView>(fromUrl);
  const [seen, setSeen] = useState(fromUrl);
  if (!sameView(fromUrl, seen)) {
    setSeen(fromUrl);
    if (!sameView(fromUrl, view)) setView(fromUrl);
  }
  const latest = useRef(view);
  useEffect(() => {
    latest.current = view;
  }, [view]);
  const update = useCallback(
    (change: (view: BoardView) => BoardView) => {
      const next = change(latest.current);
      latest.current = next;
      setView(next);
      setParams(viewParams(next), { replace: true });
    },
    [setParams],
  );
  const setFilter = useCallback(
    <K extends keyof BoardFilters>(key: K, value: BoardFilters[K] | '' | undefined) =>
      update((v) => {
        const filters = { ...v.filters };
        if (value) filters[key] = value as BoardFilters[K];
        else delete filters[key];
        return { ...v, filters };
      }),
    [update],
  );
  const clearFilters = useCallback(() => update((v) => ({ ...v, filters: {} })), [update]);
  const setLanes = useCallback((lanes: boolean) => update((v) => ({ ...v, lanes })), [update]);
  const openAction = useCallback((actionId: string | null) => update((v) => ({ ...v, actionId })), [update]);
  return { view, setFilter, clearFilters, setLanes, openAction };
}
