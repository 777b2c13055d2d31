import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { toast } from 'sonner';
import type { ActionItem, ActionStatus } from '../../../../shared/actions.js';
import type { InputOf } from '../../../../shared/contract/channels.js';
import type { Person, ProgrammeDetail, Unit } from '../../../../shared/domain.js';
import { useCall, useClient } from '../../app/client.js';
import { useAnnouncer } from '../../components/Announcer.js';
import { EmptyState } from '../../components/EmptyState.js';
import { ErrorNotice, Loading } from '../../components/ErrorNotice.js';
import { errorMessage } from '../../i18n/errorMessage.js';
import { byName } from '../../search/match.js';
import { ActionPanel } from './ActionPanel.js';
import { useBoardView } from './filters.js';
import { FilterBar } from './FilterBar.js';
import { Lane } from './Lane.js';
import { keyFor } from '../../components/shortcuts.js';
import { programmeBoardHref } from './links.js';
import {
  applyMove,
  countByStatus,
  filterActions,
  groupLanes,
  matchesFilters,
  serverPosition,
  shownStatuses,
  type Columns,
  type Target,
} from './model.js';
import { QuickAdd, type BoardScope } from './QuickAdd.js';
import { CalendarNotice } from './CalendarNotice.js';
import { useBoardMoves } from './useMoves.js';
import './board.css';

const NO_UNITS: Unit[] = [];
const NO_PEOPLE: Person[] = [];
const compareNames = byName<string>((s) => s);

/** `/programmes/:programmeId/board`: every task of the programme. */
export function ProgrammeBoardScreen() {
  const { programmeId = '' } = useParams();
  const { t } = useTranslation(['board', 'common']);
  const detail = useCall('programme.get', { id: programmeId });
  const listInput = useMemo(() => ({ programmeId }), [programmeId]);
  const scope = useMemo(() => ({ programmeId }), [programmeId]);
  if (detail.isPending) return <Loading />;
  if (detail.isError) return <ErrorNotice error={detail.error} onRetry={() => void detail.refetch()} />;
  const { programme } = detail.data;
  return (
    <Board
      listInput={listInput}
      scope={scope}
      programme={detail.data}
      heading={t('title')}
      crumbs={
        <>
          <li>
            <Link to="/">{t('common:nav.home')}</Link>
          </li>
          <li>
            <Link to={`/programmes/${programme.id}`}>{programme.title}</Link>
          </li>
          <li aria-current="page">{t('title')}</li>
        </>
      }
    />
  );
}

/** `/sessions/:sessionId/board`: the tasks of one session. */
export function SessionBoardScreen() {
  const { sessionId = '' } = useParams();
  const { t } = useTranslation(['board', 'common']);
  const detail = useCall('session.get', { id: sessionId });
  const programmeId = detail.data?.programme.id ?? '';
  const programme = useCall('programme.get', { id: programmeId }, { enabled: detail.isSuccess });
  const listInput = useMemo(() => ({ sessionId }), [sessionId]);
  const scope = useMemo(() => ({ programmeId, sessionId }), [programmeId, sessionId]);
  if (detail.isPending) return <Loading />;
  if (detail.isError) return <ErrorNotice error={detail.error} onRetry={() => void detail.refetch()} />;
  const { session, programme: p } = detail.data;
  return (
    <Board
      listInput={listInput}
      scope={scope}
      programme={programme.data}
      heading={t('titleSession', { session: session.title })}
      crumbs={
        <>
          <li>
            <Link to="/">{t('common:nav.home')}</Link>
          </li>
          <li>
            <Link to={`/programmes/${p.id}`}>{p.title}</Link>
          </li>
          <li>
            <Link to={`/sessions/${session.id}`}>{session.title}</Link>
          </li>
          <li aria-current="page">{t('title')}</li>
        </>
      }
      aside={
        <Link to={`${programmeBoardHref(p.id)}?session=${encodeURIComponent(session.id)}`} className="button small">
          {t('scope.toProgramme')}
        </Link>
      }
    />
  );
}

/** Refetches the tasks when the date changes (due-soon and overdue are derived from today's date). */
function useNewDayRefetch(refetch: () => void) {
  const day = useRef(new Date().toDateString());
  useEffect(() => {
    const timer = window.setInterval(() => {
      const now = new Date().toDateString();
      if (now !== day.current) {
        day.current = now;
        refetch();
      }
    }, 60_000);
    return () => window.clearInterval(timer);
  }, [refetch]);
}

function focusCard(id: string) {
  window.requestAnimationFrame(() => document.querySelector<HTMLElement>(`[data-card-id="${CSS.escape(id)}"]`)?.focus());
}

/**
 * Ctrl+Z (⌘Z) on the board takes back the last move. Not in a text field (there it undoes typing)
 * and not inside a dialog (the task panel has its own fields).
 */
function undoKey(event: KeyboardEvent, undo: () => Promise<void>) {
  if (!(event.ctrlKey || event.metaKey) || event.shiftKey || event.altKey || event.key.toLowerCase() !== 'z') return;
  const target = event.target as HTMLElement;
  if (target.closest('input, textarea, select, [contenteditable="true"], dialog')) return;
  event.preventDefault();
  void undo();
}

interface BoardProps {
  listInput: InputOf<'action.list'>;
  scope: BoardScope;
  programme: ProgrammeDetail | undefined;
  heading: string;
  crumbs: ReactNode;
  aside?: ReactNode;
}

/**
 * The task board: columns by status, filters in the address, optional swimlanes by lead unit, quick
 * add, drag and keyboard moves (refused moves snap back with the server's reason), and the detail
 * panel for the task named in ?action=.
 */
function Board({ listInput, scope, programme, heading, crumbs, aside }: BoardProps) {
  const { t, i18n } = useTranslation(['board', 'common', 'capture']);
  const { t: te } = useTranslation(['common', 'errors']);
  const locale = i18n.language;
  const client = useClient();
  const queryClient = useQueryClient();
  const list = useCall('action.list', listInput);
  const units = useCall('unit.list', {});
  const people = useCall('person.list', {});
  const api = useBoardView();
  const { view, openAction } = api;
  const { filters } = view;
  const [region, announce] = useAnnouncer();
  const programmeBoard = !listInput.sessionId;

  const refetch = list.refetch;
  useNewDayRefetch(useCallback(() => void refetch(), [refetch]));

  // A move is drawn at once from this state (a keypress renders synchronously), and through the
  // query cache as well; it counts only while the list is still the one it was computed from.
  const [optimistic, setOptimistic] = useState<{ base: ActionItem[]; list: ActionItem[] } | null>(null);
  const all = optimistic && optimistic.base === list.data ? optimistic.list : list.data;
  const shown = useMemo(() => (all ? filterActions(all, filters) : []), [all, filters]);
  const filtered = Object.keys(filters).length > 0;
  const totals = useMemo(() => (all && filtered ? countByStatus(all) : null), [all, filtered]);
  const statuses = useMemo(() => shownStatuses(filters), [filters]);
  const lanes = useMemo(() => (view.lanes ? groupLanes(shown, compareNames) : null), [view.lanes, shown]);

  const moves = useBoardMoves(announce);
  const { guard, moved } = moves;

  const onMove = useCallback(
    async (action: ActionItem, target: Target, columns: Columns) => {
      // The one transition rule: a refused move is explained and never drawn; accepting with
      // required contents unticked asks first.
      if (!(await guard(action, target.status))) return false;
      const key = ['action.list', listInput];
      const position = serverPosition(columns, action, target);
      const before = queryClient.getQueryData<ActionItem[]>(key);
      if (before) {
        const next = applyMove(before, columns, action, target);
        setOptimistic({ base: before, list: next });
        queryClient.setQueryData<ActionItem[]>(key, next);
      }
      const result = await client.call('action.move', { id: action.id, status: target.status, position });
      if (!result.ok) {
        setOptimistic(null);
        if (before) queryClient.setQueryData<ActionItem[]>(key, before);
        void queryClient.invalidateQueries({ queryKey: key });
        toast.error(errorMessage(te, result.error), { id: 'error-action.move' });
        return false;
      }
      moved(action, target.status);
      return true;
    },
    [client, queryClient, listInput, te, guard, moved],
  );

  const onOpen = useCallback((id: string) => openAction(id), [openAction]);

  const onAdded = useCallback(
    (action: ActionItem) => {
      if (matchesFilters(action, filters)) announce(t('add.added', { title: action.title }));
      else toast(t('add.hidden', { title: action.title }));
    },
    [filters, announce, t],
  );

  const quickScope: BoardScope = useMemo(
    () => ({ programmeId: scope.programmeId, sessionId: scope.sessionId ?? filters.sessionId }),
    [scope.programmeId, scope.sessionId, filters.sessionId],
  );
  const unitList = units.data ?? NO_UNITS;
  const quickAddFor = useCallback(
    (defaultLeadId: string | undefined) => (status: ActionStatus) => (
      <QuickAdd status={status} scope={quickScope} units={unitList} defaultLeadId={defaultLeadId} onAdded={onAdded} />
    ),
    [quickScope, unitList, onAdded],
  );
  const quickAdd = useMemo(() => quickAddFor(filters.unitId), [quickAddFor, filters.unitId]);

  useEffect(() => {
    document.title = `${heading} · ${t('common:app.name')}`;
    return () => {
      document.title = t('common:app.name');
    };
  }, [heading, t]);

  let content: ReactNode;
  if (list.isPending) content = <Loading />;
  else if (list.isError) content = <ErrorNotice error={list.error} onRetry={() => void list.refetch()} />;
  else {
    const empty = list.data.length === 0;
    content = (
      <>
        {empty ? <EmptyState title={t('empty.title')} hint={t('empty.hint', { captureKey: keyFor('capture', 'saveAsAction'), listKey: keyFor('notes', 'makeTask'), button: t('capture:list.makeTask') })} /> : null}
        {!empty && shown.length === 0 ? (
          <EmptyState title={t('empty.filteredTitle')} hint={t('empty.filteredHint')}>
            <button type="button" className="button" onClick={api.clearFilters}>
              {t('filters.clear')}
            </button>
          </EmptyState>
        ) : null}
        {lanes ? (
          <div className="board-lanes">
            {lanes.map((lane) => (
              <section key={lane.key} className="board-lane" aria-label={t('lane.label', { unit: lane.unit?.name ?? t('lane.none'), count: lane.actions.length })}>
                <h2 className="lane-title">
                  {lane.unit?.name ?? t('lane.none')} <span className="lane-count">{lane.actions.length}</span>
                </h2>
                <LaneWithQuickAdd
                  laneKey={lane.key || 'none'}
                  actions={lane.actions}
                  statuses={statuses}
                  locale={locale}
                  onOpen={onOpen}
                  onMove={onMove}
                  announce={announce}
                  quickAddFor={quickAddFor}
                  defaultLeadId={lane.unit?.id ?? filters.unitId}
                />
              </section>
            ))}
          </div>
        ) : (
          <div className="board-scroll" data-testid="board">
            <Lane
              laneKey="all"
              actions={shown}
              totals={totals}
              shown={statuses}
              locale={locale}
              headingLevel={2}
              onOpen={onOpen}
              onMove={onMove}
              announce={announce}
              renderQuickAdd={quickAdd}
            />
          </div>
        )}
      </>
    );
  }

  return (
    <div className="screen board-screen" data-testid={list.isSuccess ? 'board-ready' : undefined} onKeyDown={(event) => undoKey(event, moves.undo)}>
      {region}
      {moves.dialog}
      <nav aria-label={t('breadcrumb')} className="breadcrumb">
        <ol>{crumbs}</ol>
      </nav>
      <header className="board-header">
        <div>
          <h1>{heading}</h1>
          <p className="meta">
            <span>{programmeBoard ? t('scope.programme') : t('scope.session')}</span>
            {filtered && all ? (
              <>
                <span aria-hidden="true"> · </span>
                <span data-testid="board-summary">{t('filters.summary', { shown: shown.length, count: all.length })}</span>
              </>
            ) : null}
          </p>
        </div>
        {aside}
      </header>
      <FilterBar api={api} units={unitList} people={people.data ?? NO_PEOPLE} programme={programme} programmeBoard={programmeBoard} />
      <CalendarNotice actions={all} />
      <p className="field-hint board-keys">{t('keys.hint')}</p>
      {content}
      {view.actionId ? (
        <ActionPanel
          key={view.actionId}
          actionId={view.actionId}
          moves={moves}
          onClose={(reason) => {
            const id = view.actionId;
            openAction(null);
            if (!id) return;
            if (reason === 'closed') focusCard(id);
            else {
              // Deleted: to the quick add of the column it was in (the card is gone).
              const status = all?.find((a) => a.id === id)?.status ?? 'proposed';
              window.requestAnimationFrame(() => document.querySelector<HTMLElement>(`[data-testid="quick-add-${status}"]`)?.focus());
            }
          }}
        />
      ) : null}
    </div>
  );
}

/** A swimlane: its quick add defaults the lead unit to the lane's unit. */
function LaneWithQuickAdd({
  laneKey,
  actions,
  statuses,
  locale,
  onOpen,
  onMove,
  announce,
  quickAddFor,
  defaultLeadId,
}: {
  laneKey: string;
  actions: ActionItem[];
  statuses: ActionStatus[];
  locale: string;
  onOpen: (id: string) => void;
  onMove: (action: ActionItem, target: Target, columns: Columns) => Promise<boolean>;
  announce: (text: string) => void;
  quickAddFor: (defaultLeadId: string | undefined) => (status: ActionStatus) => ReactNode;
  defaultLeadId: string | undefined;
}) {
  const render = useMemo(() => quickAddFor(defaultLeadId), [quickAddFor, defaultLeadId]);
  return (
    <Lane
      laneKey={laneKey}
      actions={actions}
      totals={null}
      shown={statuses}
      locale={locale}
      headingLevel={3}
      onOpen={onOpen}
      onMove={onMove}
      announce={announce}
      renderQuickAdd={render}
    />
  );
}
