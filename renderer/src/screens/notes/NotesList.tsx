import { useQueryClient } from '@tanstack/react-query';
import { defaultRangeExtractor, useVirtualizer, type Range } from '@tanstack/react-virtual';
import { memo, useCallback, useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMakeAction } from './makeAction.js';
import { toast } from 'sonner';
import type { Person, Unit } from '../../../../shared/domain.js';
import { NOTE_CATEGORIES, type Note, type NoteCategory } from '../../../../shared/notes.js';
import { useCall, useClient } from '../../app/client.js';
import { useAnnouncer } from '../../components/Announcer.js';
import { EmptyState } from '../../components/EmptyState.js';
import { ErrorNotice, Loading } from '../../components/ErrorNotice.js';
import { useShortcutSummary } from '../../components/ShortcutOverview.js';
import { useStableHandlers } from '../../components/useStableHandlers.js';
import { errorMessage } from '../../i18n/errorMessage.js';
import { speakerSearch } from '../capture/speakers.js';
import { editChanges, startEditing, type EditState } from './edit.js';
import { HistoryDialog } from './HistoryDialog.js';
import { noteKeyCommand } from './keys.js';
import { NoteEditor } from './NoteEditor.js';
import { buildRows, COLLAPSED_CHARS, isLongNote, NO_FILTERS, nextNoteIndex, speakersOf, type NoteFilters, type Row } from './rows.js';
import { patchNotePages, useNotePages, useOlderPages } from './useNotePages.js';
import '../capture/capture.css';
import './notes.css';

const NO_NOTES: Note[] = [];
const NO_PEOPLE: Person[] = [];
const NO_UNITS: Unit[] = [];
/** Programmatic scrolls settle within this many ms; scroll events meanwhile are not the user's. */
const SETTLE_MS = 300;

/** A row's height before it is measured (px). */
function estimateRowSize(row: Row | undefined): number {
  return row?.kind === 'note' ? 76 : row?.kind === 'item' ? 44 : 32;
}

function excerpt(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > 24 ? `${line.slice(0, 24)}…` : line;
}

/**
 * The session's notes, grouped by agenda item and then by speaker (a header each time the speaker
 * changes), with time, category and importance; virtualised so thousands of notes scroll smoothly.
 * Follows the newest note unless the user scrolled away. A note is edited in place (Enter saves,
 * Escape cancels; a concurrent change is refused and the edit kept), its previous versions open in
 * a dialog, deleting offers Undo. Keyboard: the list is one tab stop; arrows move between notes,
 * Enter edits, O marks or unmarks it as an opinion needing an answer, T makes a task of it, E expands
 * a long note, H shows the history, Delete deletes, Ctrl+Z undoes the last delete (the keys are listed
 * once, in components/shortcuts.ts). The same actions are buttons on each note, for the mouse.
 */
export function NotesList({ sessionId }: { sessionId: string }) {
  const { t, i18n } = useTranslation(['capture', 'common', 'errors']);
  const { t: tc } = useTranslation(['common', 'errors']);
  const client = useClient();
  const queryClient = useQueryClient();
  const notes = useNotePages(sessionId);
  const agenda = useCall('agenda.list', { sessionId });
  const detail = useCall('session.get', { id: sessionId });
  const directory = useCall('person.list', {});
  const unitList = useCall('unit.list', {});
  // Speaker names and agenda titles are joined into notes: refetch when those change.
  const [region, announce] = useAnnouncer();
  const [filters, setFilters] = useState<NoteFilters>(NO_FILTERS);
  const [activeId, setActiveId] = useState<string | null>(null);
  const [editing, setEditing] = useState<EditState | null>(null);
  const makeAction = useMakeAction(sessionId);
  const [historyOf, setHistoryOf] = useState<Note | null>(null);
  /** Long notes shown in full (the others are collapsed to a few lines). */
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(() => new Set());
  const rowKeys = useShortcutSummary('notes');
  const [hasNewer, setHasNewer] = useState(false);
  /** The note that arrived last (saved, restored, or the newest on first load). */
  const [arrivedId, setArrivedId] = useState<string | null>(null);
  const lastDeleted = useRef<Note | null>(null);
  const scrollRef = useRef<HTMLDivElement>(null);
  const following = useRef(true);
  const settleUntil = useRef(0);
  const pendingFocus = useRef<string | null>(null);
  const ids = useId().replace(/:/g, '');

  const all = notes.data ?? NO_NOTES;
  const itemOrder = useMemo(() => agenda.data?.items.map((i) => i.id) ?? [], [agenda.data]);
  const built = useMemo(() => buildRows(all, itemOrder, filters, notes.itemCounts), [all, itemOrder, filters, notes.itemCounts]);
  const { rows, newestIndex, indexOf } = built;
  const speakers = useMemo(() => speakersOf(all), [all]);
  const items = useMemo(() => agenda.data?.items.map((i) => ({ id: i.id, title: i.title })) ?? [], [agenda.data]);
  // Who the editor's speaker picker offers: the chosen agenda item's queue first, as in the capture line.
  const editQueue = agenda.data?.items.find((i) => i.id === editing?.agendaItemId)?.speakers;
  const participants = detail.data?.participants;
  const editSpeakers = useMemo(
    () =>
      speakerSearch({
        queue: editQueue ?? [],
        participants: participants?.map((p) => p.person) ?? NO_PEOPLE,
        directory: directory.data ?? NO_PEOPLE,
        units: unitList.data ?? NO_UNITS,
      }),
    [editQueue, participants, directory.data, unitList.data],
  );
  const newestRow = newestIndex >= 0 ? rows[newestIndex] : undefined;
  const newestId = newestRow?.kind === 'note' ? newestRow.note.id : null;

  // The roving tab stop: the chosen note if still shown, else the one that arrived last, else the newest.
  const focusId = activeId && indexOf.has(activeId) ? activeId : arrivedId && indexOf.has(arrivedId) ? arrivedId : newestId;
  const focusIndex = focusId ? (indexOf.get(focusId) ?? -1) : -1;
  const editIndex = editing ? (indexOf.get(editing.id) ?? -1) : -1;

  // For each row, the row of its agenda item's heading (rows start with one).
  const headerOf = useMemo(() => {
    let header = 0;
    return rows.map((row, index) => (row.kind === 'item' ? (header = index) : header));
  }, [rows]);

  const rangeExtractor = useCallback(
    (range: Range) => {
      // The tab stop and the open editor stay rendered even when scrolled away.
      const indexes = new Set(defaultRangeExtractor(range));
      if (focusIndex >= 0) indexes.add(focusIndex);
      if (editIndex >= 0) indexes.add(editIndex);
      // So does the item heading (h3) above each rendered row: the speakers' h4 are never orphans.
      for (const index of [...indexes]) {
        const header = headerOf[index];
        if (header !== undefined) indexes.add(header);
      }
      return [...indexes].sort((a, b) => a - b);
    },
    [focusIndex, editIndex, headerOf],
  );

  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualiser's object is read in render by design
  const virtualizer = useVirtualizer({
    count: rows.length,
    // Off while there is no list (loading, empty, no match), so that the offset below is taken when it appears.
    enabled: rows.length > 0,
    getScrollElement: () => scrollRef.current,
    estimateSize: (index) => estimateRowSize(rows[index]),
    // The list opens at the newest note: rendering the oldest rows first and then scrolling down
    // renders twice (a third of the time to open a 5,000-note session's capture screen).
    initialOffset: () => Math.max(0, rows.reduce((sum, row) => sum + estimateRowSize(row), 0) - window.innerHeight),
    initialRect: { width: 0, height: window.innerHeight },
    getItemKey: (index) => rows[index]?.key ?? index,
    overscan: 8,
    rangeExtractor,
  });

  const scrollTo = useCallback(
    (index: number, align: 'auto' | 'end' = 'auto') => {
      settleUntil.current = performance.now() + SETTLE_MS;
      virtualizer.scrollToIndex(index, { align });
    },
    [virtualizer],
  );

  // Follow notes as they arrive (saved here, in another window, or restored), unless the user
  // scrolled away. "Arrived" rather than "latest captured": clocks may disagree, the last note saved is
  // the one the secretary wants to see.
  const seenIds = useRef<Set<string> | null>(null);
  useEffect(() => {
    if (!notes.isSuccess) return;
    const previous = seenIds.current;
    seenIds.current = new Set(all.map((n) => n.id));
    let target: string | null;
    if (!previous) target = newestId;
    else {
      let best: Note | null = null;
      for (const note of notes.recent) if (!previous.has(note.id) && (!best || note.capturedAt >= best.capturedAt)) best = note;
      target = best?.id ?? null;
    }
    if (!target) return;
    setArrivedId(target);
    // The tab stop moves to the new note, unless the user is moving around the list right now.
    if (!scrollRef.current?.contains(document.activeElement)) setActiveId(null);
    const index = indexOf.get(target);
    if (index === undefined) return;
    if (following.current) scrollTo(index, 'end');
    else setHasNewer(true);
    // Only a change of the notes moves the list, not a filter or a re-render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [all, notes.isSuccess]);

  // Older pages as the user nears the top; all of them once the filters are used (they need every note).
  const [filtersUsed, setFiltersUsed] = useState(false);
  useOlderPages(notes, virtualizer, rows, newestIndex, filtersUsed, settleUntil);

  const onScroll = () => {
    if (performance.now() < settleUntil.current || newestIndex < 0) return;
    const range = virtualizer.range;
    const visible = range ? newestIndex >= range.startIndex && newestIndex <= range.endIndex : true;
    following.current = visible || virtualizer.isAtEnd(24);
    if (following.current && hasNewer) setHasNewer(false);
  };

  // Focus the note a keyboard move chose, once it is rendered.
  useEffect(() => {
    const id = pendingFocus.current;
    if (!id) return;
    const element = scrollRef.current?.querySelector<HTMLElement>(`[data-note-id="${CSS.escape(id)}"]`);
    if (element) {
      pendingFocus.current = null;
      element.focus({ preventScroll: true });
    }
  });

  const moveTo = (index: number) => {
    const row = rows[index];
    if (row?.kind !== 'note') return;
    setActiveId(row.note.id);
    pendingFocus.current = row.note.id;
    scrollTo(index);
  };

  const focusNote = (id: string) => {
    setActiveId(id);
    pendingFocus.current = id;
    const index = indexOf.get(id);
    if (index !== undefined) scrollTo(index);
  };

  const patchList = (update: (list: Note[]) => Note[]) => {
    patchNotePages(queryClient, sessionId, update);
  };

  // --- Delete with undo.
  const restore = async (note: Note) => {
    const result = await client.call('note.restore', { id: note.id });
    if (!result.ok) {
      toast.error(errorMessage(tc, result.error), { id: 'error-note.restore' });
      return;
    }
    if (lastDeleted.current?.id === note.id) lastDeleted.current = null;
    const restored = result.value;
    patchList((list) => (list.some((n) => n.id === restored.id) ? list : [...list, restored]));
    toast.success(t('list.restored', { excerpt: excerpt(note.text) }), { id: `restore-${note.id}` });
    announce(t('announce.restored'));
    focusNote(note.id);
  };

  const remove = async (note: Note) => {
    const index = indexOf.get(note.id) ?? -1;
    const neighbour = rows[nextNoteIndex(rows, index, 1)] ?? rows[nextNoteIndex(rows, index, -1)];
    const result = await client.call('note.delete', { id: note.id });
    if (!result.ok) {
      toast.error(errorMessage(tc, result.error), { id: 'error-note.delete' });
      return;
    }
    lastDeleted.current = note;
    patchList((list) => list.filter((n) => n.id !== note.id));
    announce(t('announce.deleted'));
    toast(t('list.deleted', { excerpt: excerpt(note.text) }), {
      id: `delete-${note.id}`,
      duration: 8000,
      action: { label: t('common:action.undo'), onClick: () => void restore(note) },
    });
    if (neighbour?.kind === 'note') focusNote(neighbour.note.id);
    else scrollRef.current?.focus();
  };

  // --- Edit in place.
  const startEdit = (note: Note) => setEditing(startEditing(note));

  const finishEdit = (id: string) => {
    setEditing(null);
    focusNote(id);
  };

  const saveEdit = async (state: EditState) => {
    const note = all.find((n) => n.id === state.id);
    if (!note) return;
    const changes = editChanges(note, state);
    if (!changes) return finishEdit(note.id);
    const result = await client.call('note.update', changes);
    if (result.ok) {
      const updated = result.value;
      patchList((list) => list.map((n) => (n.id === updated.id ? updated : n)));
      announce(t('announce.updated'));
      finishEdit(updated.id);
      return;
    }
    if (result.error.code === 'conflict') {
      // Show the latest version; the edit stays open with what was typed.
      const latest = await client.call('note.get', { id: state.id });
      if (latest.ok) patchList((list) => list.map((n) => (n.id === latest.value.id ? latest.value : n)));
      setEditing((e) => (e && e.id === state.id ? { ...e, error: t('list.conflict'), conflict: true } : e));
      return;
    }
    setEditing((e) => (e && e.id === state.id ? { ...e, error: errorMessage(tc, result.error), conflict: false } : e));
  };

  const overwrite = (state: EditState) => {
    const latest = all.find((n) => n.id === state.id);
    if (!latest) return;
    void saveEdit({ ...state, version: latest.version, error: null, conflict: false });
  };

  // --- The opinion mark: marking gives the note disposition 'pending' (the opinions tracker lists
  // it); unmarking removes the disposition, which the note's history keeps, and offers Undo.
  const toggleOpinion = async (note: Note) => {
    const result = await client.call('note.setDisposition', { id: note.id, disposition: note.disposition ? null : 'pending' });
    if (!result.ok) {
      toast.error(errorMessage(tc, result.error), { id: 'error-note.setDisposition' });
      return;
    }
    const updated = result.value;
    patchList((list) => list.map((n) => (n.id === updated.id ? updated : n)));
    if (updated.disposition) {
      announce(t('announce.opinionMarked'));
      return;
    }
    announce(t('announce.opinionUnmarked'));
    toast(t('announce.opinionUnmarked'), {
      id: `opinion-${note.id}`,
      duration: 8000,
      action: {
        label: t('common:action.undo'),
        onClick: () =>
          void client
            .call('note.setDisposition', { id: note.id, disposition: note.disposition, planId: note.planId, reason: note.dispositionReason })
            .then((undone) => {
              if (!undone.ok) toast.error(errorMessage(tc, undone.error), { id: 'error-note.setDisposition' });
              else patchList((list) => list.map((n) => (n.id === undone.value.id ? undone.value : n)));
            }),
      },
    });
  };

  const toggleExpanded = (id: string) =>
    setExpanded((open) => {
      const next = new Set(open);
      if (!next.delete(id)) next.add(id);
      return next;
    });

  // --- Keys on a note (not on its buttons).
  const onNoteKey = (event: KeyboardEvent<HTMLElement>, note: Note, index: number) => {
    if (event.target !== event.currentTarget) return;
    const command = noteKeyCommand(event);
    const step = (next: number) => {
      if (next >= 0) moveTo(next);
    };
    let handled = true;
    switch (command) {
      case 'up':
      case 'down':
        step(nextNoteIndex(rows, index, command === 'down' ? 1 : -1));
        break;
      case 'pageUp':
      case 'pageDown':
        step(nextNoteIndex(rows, index, command === 'pageDown' ? 10 : -10));
        break;
      case 'first':
        step(nextNoteIndex(rows, -1, 1));
        break;
      case 'last':
        step(nextNoteIndex(rows, rows.length, -1));
        break;
      case 'edit':
        startEdit(note);
        break;
      case 'history':
        setHistoryOf(note);
        break;
      case 'opinion':
        void toggleOpinion(note);
        break;
      case 'makeTask':
        // This note becomes a proposed task, linked both ways (once).
        if (!note.actionId) void makeAction(note.id);
        break;
      case 'expand':
        if (isLongNote(note.text)) toggleExpanded(note.id);
        break;
      case 'delete':
        void remove(note);
        break;
      default:
        handled = false;
    }
    if (handled) {
      event.preventDefault();
      // The Run view's one-key shortcuts must not see keys the list used.
      event.stopPropagation();
    }
  };

  const onListKey = (event: KeyboardEvent<HTMLElement>) => {
    if (editing || !(event.ctrlKey || event.metaKey) || event.key.toLowerCase() !== 'z' || event.shiftKey) return;
    const note = lastDeleted.current;
    if (!note) return;
    event.preventDefault();
    event.stopPropagation();
    void restore(note);
  };

  const timeFormat = useMemo(() => new Intl.DateTimeFormat(i18n.language, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }), [i18n.language]);
  const timeOf = (iso: string) => {
    const date = new Date(iso);
    return Number.isNaN(date.getTime()) ? '' : timeFormat.format(date);
  };

  const rowHandlers = useStableHandlers<NoteRowHandlers>({
    focus: (note) => setActiveId(note.id),
    keyDown: onNoteKey,
    edit: startEdit,
    history: (note) => setHistoryOf(note),
    remove: (note) => void remove(note),
    opinion: (note) => void toggleOpinion(note),
    makeTask: (note) => void makeAction(note.id),
    expand: (note) => toggleExpanded(note.id),
  });

  const filtered = filters.category !== null || filters.speaker !== null || filters.importantOnly;

  let body;
  if (notes.isPending) body = <Loading />;
  else if (notes.error) body = <ErrorNotice error={notes.error} onRetry={() => void notes.refetch()} />;
  else if (all.length === 0) body = <EmptyState title={t('list.empty')} hint={t('list.emptyHint')} headingLevel={3} />;
  else if (rows.length === 0) {
    body = (
      <EmptyState title={t('list.noMatch')} headingLevel={3}>
        <button type="button" className="button" onClick={() => setFilters(NO_FILTERS)}>
          {t('list.clearFilters')}
        </button>
      </EmptyState>
    );
  }

  return (
    <section className="notes-panel" aria-labelledby={`${ids}-heading`} onKeyDown={onListKey}>
      {region}
      <header className="notes-head">
        <h2 id={`${ids}-heading`}>{t('list.heading')}</h2>
        <p className="notes-count" aria-live="polite">
          {filtered ? t('list.shown', { shown: built.shown, total: notes.total }) : t('list.total', { count: notes.total })}
        </p>
      </header>
      <div className="notes-filters" role="group" aria-label={t('list.filters')} onFocus={() => setFiltersUsed(true)}>
        <label className="notes-filter">
          <span>{t('list.filterCategory')}</span>
          <select
            value={filters.category ?? ''}
            onChange={(e) => setFilters((f) => ({ ...f, category: (e.target.value || null) as NoteCategory | null }))}
          >
            <option value="">{t('list.allCategories')}</option>
            {NOTE_CATEGORIES.map((c) => (
              <option key={c} value={c}>
                {t(`category.${c}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="notes-filter">
          <span>{t('list.filterSpeaker')}</span>
          <select value={filters.speaker ?? ''} onChange={(e) => setFilters((f) => ({ ...f, speaker: e.target.value || null }))}>
            <option value="">{t('list.allSpeakers')}</option>
            {speakers.map((s) => (
              <option key={s.key} value={s.key}>
                {s.name || t('list.noSpeaker')} ({s.count})
              </option>
            ))}
          </select>
        </label>
        <label className="notes-filter notes-filter-check">
          <input type="checkbox" checked={filters.importantOnly} onChange={(e) => setFilters((f) => ({ ...f, importantOnly: e.target.checked }))} />
          <span>{t('list.importantOnly')}</span>
        </label>
        {filtered ? (
          <button type="button" className="button ghost small" onClick={() => setFilters(NO_FILTERS)}>
            {t('list.clearFilters')}
          </button>
        ) : null}
      </div>
      {body ?? (
        <div className="notes-scroll-wrap">
          <p id={`${ids}-keys`} className="visually-hidden">
            {rowKeys}
          </p>
          <div
            ref={scrollRef}
            className="notes-scroll"
            role="region"
            aria-label={t('list.feed')}
            tabIndex={-1}
            onScroll={onScroll}
            data-testid="notes-scroll"
          >
            <div className="notes-canvas" style={{ height: virtualizer.getTotalSize() }}>
              {virtualizer.getVirtualItems().map((item) => {
                const row = rows[item.index]!;
                return (
                  <div
                    key={item.key}
                    ref={virtualizer.measureElement}
                    data-index={item.index}
                    className="notes-vrow"
                    style={{ transform: `translateY(${item.start}px)` }}
                  >
                    {row.kind === 'note' ? (
                      editing?.id === row.note.id ? (
                        <NoteEditor
                          state={editing}
                          onChange={setEditing}
                          onSave={saveEdit}
                          onOverwrite={overwrite}
                          onCancel={() => finishEdit(row.note.id)}
                          items={items}
                          speakers={editSpeakers}
                        />
                      ) : (
                        <NoteRow
                          note={row.note}
                          index={item.index}
                          time={timeOf(row.note.capturedAt)}
                          tabbable={row.note.id === focusId}
                          describedBy={`${ids}-keys`}
                          expanded={expanded.has(row.note.id)}
                          on={rowHandlers}
                        />
                      )
                    ) : (
                      <GroupHeader row={row} />
                    )}
                  </div>
                );
              })}
            </div>
          </div>
          {hasNewer ? (
            <button
              type="button"
              className="button small notes-newer"
              onClick={() => {
                following.current = true;
                setHasNewer(false);
                const target = arrivedId && indexOf.has(arrivedId) ? arrivedId : newestId;
                if (target) focusNote(target);
              }}
            >
              ↓ {t('list.newer')}
            </button>
          ) : null}
        </div>
      )}
      {historyOf ? (
        <HistoryDialog
          note={all.find((n) => n.id === historyOf.id) ?? historyOf}
          onClose={() => {
            const id = historyOf.id;
            setHistoryOf(null);
            focusNote(id);
          }}
        />
      ) : null}
    </section>
  );
}

function GroupHeader({ row }: { row: Exclude<Row, { kind: 'note' }> }) {
  const { t } = useTranslation('capture');
  if (row.kind === 'item') {
    return (
      <h3 className="notes-item-head">
        <span className="notes-item-title">{row.title ?? t('list.noItem')}</span>
        <span className="notes-item-count">{t('list.itemCount', { count: row.count })}</span>
      </h3>
    );
  }
  return (
    <h4 className="notes-speaker-head">
      <span className="notes-speaker-name">{row.name || t('list.noSpeaker')}</span>
      {row.detail ? <span className="notes-speaker-detail">{row.detail}</span> : null}
    </h4>
  );
}

/** What a note row does; the same object for every row and every render (see useStableHandlers). */
type NoteRowHandlers = {
  focus: (note: Note) => void;
  keyDown: (event: KeyboardEvent<HTMLElement>, note: Note, index: number) => void;
  edit: (note: Note) => void;
  history: (note: Note) => void;
  remove: (note: Note) => void;
  opinion: (note: Note) => void;
  makeTask: (note: Note) => void;
  expand: (note: Note) => void;
};

/** Memoised: a scroll or a new note renders the rows that changed, not every row on screen. */
const NoteRow = memo(function NoteRow({
  note,
  index,
  time,
  tabbable,
  describedBy,
  expanded,
  on,
}: {
  note: Note;
  index: number;
  time: string;
  tabbable: boolean;
  describedBy: string;
  /** A long note shown in full. */
  expanded: boolean;
  on: NoteRowHandlers;
}) {
  const { t } = useTranslation('capture');
  const { t: tc } = useTranslation('common');
  const { t: to } = useTranslation('opinions');
  const textId = `note-text-${note.id}`;
  const long = isLongNote(note.text);
  const collapsed = long && !expanded;
  const category = t(`category.${note.category}`);
  const speaker = note.speakerName || t('list.noSpeaker');
  const label = t('list.noteLabel', { time, speaker, category, important: note.important ? t('list.importantSuffix') : '' });
  const tab = tabbable ? 0 : -1;
  return (
    <article
      className={note.important ? 'note-row important' : 'note-row'}
      tabIndex={tab}
      aria-label={label}
      aria-describedby={describedBy}
      data-note-id={note.id}
      onFocus={(event) => {
        if (event.target === event.currentTarget) on.focus(note);
      }}
      onKeyDown={(event) => on.keyDown(event, note, index)}
    >
      <div className="note-meta">
        <time dateTime={note.capturedAt} className="note-time">
          {time}
        </time>
        <span className={`cat-badge cat-${note.category}`}>{category}</span>
        {note.important ? (
          <span className="note-important">
            <span aria-hidden="true">★</span> {t('list.important')}
          </span>
        ) : null}
        {note.disposition ? (
          <span className="note-opinion" data-disposition={note.disposition}>
            {t('list.opinionBadge', { disposition: to(`disposition.${note.disposition}`) })}
          </span>
        ) : null}
        {note.version > 1 ? <span className="note-edited">{t('list.edited')}</span> : null}
        {note.actionId ? (
          <Link className="note-action-link" tabIndex={tab} to={`/sessions/${note.sessionId}/board?action=${note.actionId}`}>
            {tc('noteAction.linked')}
          </Link>
        ) : null}
        <span className="note-actions">
          <button
            type="button"
            className="button ghost small note-opinion-toggle"
            tabIndex={tab}
            title={note.disposition ? t('list.unmarkOpinionTitle') : t('list.markOpinionTitle')}
            aria-keyshortcuts="O"
            onClick={() => on.opinion(note)}
          >
            {note.disposition ? t('list.unmarkOpinion') : t('list.markOpinion')}
          </button>
          {note.actionId ? null : (
            <button type="button" className="button ghost small" tabIndex={tab} title={t('list.makeTaskTitle')} aria-keyshortcuts="T" onClick={() => on.makeTask(note)}>
              {t('list.makeTask')}
            </button>
          )}
          <button type="button" className="button ghost small note-hover" tabIndex={tab} onClick={() => on.edit(note)}>
            {t('list.edit')}
          </button>
          <button type="button" className="button ghost small note-hover" tabIndex={tab} onClick={() => on.history(note)}>
            {t('list.history')}
          </button>
          <button type="button" className="button ghost small danger-text note-hover" tabIndex={tab} onClick={() => on.remove(note)}>
            {t('list.delete')}
          </button>
        </span>
      </div>
      <p id={textId} className={collapsed ? 'note-text collapsed' : 'note-text'}>
        {collapsed ? `${[...note.text].slice(0, COLLAPSED_CHARS).join('')}…` : note.text}
      </p>
      {long ? (
        <button type="button" className="button ghost small note-expand" tabIndex={tab} aria-expanded={expanded} aria-controls={textId} aria-keyshortcuts="E" onClick={() => on.expand(note)}>
          {expanded ? t('list.collapse') : t('list.expand', { count: [...note.text].length })}
        </button>
      ) : null}
    </article>
  );
});
