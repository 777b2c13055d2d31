import { infiniteQueryOptions, useInfiniteQuery, type InfiniteData, type QueryClient } from '@tanstack/react-query';
import type { Virtualizer } from '@tanstack/react-virtual';
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type RefObject } from 'react';
import type { Note, NotePage } from '../../../../shared/notes.js';
import type { Client } from '../../../../shared/contract/client.js';
import { useClient } from '../../app/client.js';
import type { Row } from './rows.js';

/**
 * A session's notes as `note.list` pages, newest first (TanStack Query's infinite query): a big
 * session's list shows its newest notes at once, and older pages come as the user scrolls up, or
 * all of them when a filter needs every note. Keyed like any other read (`[channel, input]`), so
 * the change events of client.tsx refetch the pages loaded, and a save elsewhere shows up.
 */

const NO_NOTES: Note[] = [];
const NO_COUNTS: Record<string, number> = {};
/** Older notes are asked for while the first row on screen is within this many rows of the top. */
const NEAR_TOP_ROWS = 40;
/** How often to look again whether the program's scroll has settled. */
const SETTLE_RETRY_MS = 100;
/** Scroll events this soon after the list is put back in place are the program's, not the user's (NotesList's SETTLE_MS). */
const ANCHOR_SETTLE_MS = 300;

type Pages = InfiniteData<NotePage, string | null>;

export const notePagesKey = (sessionId: string) => ['note.list', { sessionId }] as const;

export interface NotePages {
  /** The notes loaded so far, in the order captured (oldest first). */
  data: Note[] | undefined;
  isPending: boolean;
  isSuccess: boolean;
  error: Error | null;
  refetch: () => Promise<unknown>;
  /** All the session's notes, loaded or not. */
  total: number;
  /** Per agenda item id ('' for none), all the session's notes, loaded or not. */
  itemCounts: Record<string, number>;
  /** The newest page's notes: the only ones that can have just arrived (older pages are history). */
  recent: Note[];
  /** Older notes exist that are not loaded yet. */
  hasOlder: boolean;
  /** An older page is on its way. */
  loadingOlder: boolean;
}

/** How the pages are read: one place, so a prefetch of the newest page fills what the list reads. */
export function notePagesQuery(client: Client, sessionId: string) {
  return infiniteQueryOptions({
    queryKey: notePagesKey(sessionId),
    queryFn: ({ pageParam }) => client.get('note.list', pageParam ? { sessionId, before: pageParam } : { sessionId }),
    initialPageParam: null as string | null,
    getNextPageParam: (last: NotePage) => last.nextCursor,
  });
}

export function useNotePages(sessionId: string): NotePages & { loadOlder: () => void } {
  const client = useClient();
  const query = useInfiniteQuery(notePagesQuery(client, sessionId));
  const pages = query.data?.pages;
  // Oldest first, as the whole list used to come: ties in capture time keep the database's order.
  const data = useMemo(() => (pages ? pages.flatMap((page) => page.notes).reverse() : undefined), [pages]);
  const { hasNextPage, isFetchingNextPage, fetchNextPage } = query;
  const loadOlder = useCallback(() => {
    if (hasNextPage && !isFetchingNextPage) void fetchNextPage();
  }, [hasNextPage, isFetchingNextPage, fetchNextPage]);
  return {
    data,
    isPending: query.isPending,
    isSuccess: query.isSuccess,
    error: query.error,
    refetch: query.refetch,
    total: pages?.[0]?.total ?? 0,
    itemCounts: pages?.[0]?.itemCounts ?? NO_COUNTS,
    recent: pages?.[0]?.notes ?? NO_NOTES,
    hasOlder: hasNextPage,
    loadingOlder: isFetchingNextPage,
    loadOlder,
  };
}

/**
 * Loads older pages when they are needed: while the first row on screen is near the top of what is
 * loaded, and all of them while `all` (the filters count and match every note). The first note on
 * screen stays where it is as a page is put above it (the virtualiser would keep the first row, an
 * agenda item's heading that stays first). Not while the program scrolls the list (`settleUntil`,
 * performance.now() time, as NotesList keeps it): a page put above the rows while the list opens
 * at the newest note, or moves to a note, would move the target. Nor before the newest note
 * (`newestIndex`) has been on screen once: on a busy machine the list may still be on its way there.
 */
export function useOlderPages(
  pages: Pick<NotePages, 'hasOlder' | 'data'> & { loadOlder: () => void; loadingOlder: boolean },
  virtualizer: Virtualizer<HTMLDivElement, Element>,
  rows: readonly Row[],
  newestIndex: number,
  all: boolean,
  settleUntilRef: RefObject<number>,
): void {
  const range = virtualizer.range;
  const newestShown = range !== null && newestIndex >= range.startIndex && newestIndex <= range.endIndex;
  const [opened, setOpened] = useState(false);
  // Once is enough (state set while rendering: React renders again at once, before any effect).
  if (newestShown && !opened) setOpened(true);
  const nearTop = opened && range !== null && range.startIndex < NEAR_TOP_ROWS;
  const wanted = pages.hasOlder && pages.data !== undefined && (all || nearTop);
  const anchor = useRef<{ key: string; delta: number } | null>(null);
  const { loadOlder } = pages;
  const load = useCallback(() => {
    const range = virtualizer.range;
    const offset = virtualizer.scrollOffset ?? 0;
    anchor.current = null;
    for (let index = range?.startIndex ?? 0; range && index <= range.endIndex; index++) {
      const item = virtualizer.measurementsCache[index];
      const row = rows[index];
      if (row?.kind === 'note' && item && item.end > offset) {
        anchor.current = { key: row.key, delta: item.start - offset };
        break;
      }
    }
    loadOlder();
  }, [virtualizer, rows, loadOlder]);

  // Runs again after each page arrives (`data` changes), so "all" goes on until the oldest.
  useEffect(() => {
    if (!wanted) return;
    if (all || performance.now() >= settleUntilRef.current) {
      load();
      return;
    }
    let timer = 0;
    const retry = () => {
      if (performance.now() >= settleUntilRef.current) load();
      else timer = window.setTimeout(retry, SETTLE_RETRY_MS);
    };
    timer = window.setTimeout(retry, SETTLE_RETRY_MS);
    return () => window.clearTimeout(timer);
  }, [wanted, all, load, settleUntilRef, pages.data]);

  // The rows changed: the anchor note back where it was on screen.
  useLayoutEffect(() => {
    const kept = anchor.current;
    if (!kept) return;
    if (!pages.loadingOlder) anchor.current = null;
    const index = rows.findIndex((row) => row.key === kept.key);
    const item = index >= 0 ? virtualizer.measurementsCache[index] : undefined;
    if (!item) return;
    const target = item.start - kept.delta;
    if (Math.abs(target - (virtualizer.scrollOffset ?? 0)) < 1) return;
    settleUntilRef.current = performance.now() + ANCHOR_SETTLE_MS;
    virtualizer.scrollToOffset(target);
  }, [rows, virtualizer, pages.loadingOlder, settleUntilRef]);
}

/**
 * Changes the cached pages as if `update` had been applied to the whole list (oldest first): a note
 * saved, edited, deleted or restored here shows at once, before the change event's refetch. A note
 * not in any page yet goes into the newest page; the totals follow.
 */
export function patchNotePages(queryClient: QueryClient, sessionId: string, update: (list: Note[]) => Note[]): void {
  queryClient.setQueryData<Pages>(notePagesKey(sessionId), (old) => {
    if (!old || old.pages.length === 0) return old;
    const before = old.pages.flatMap((page) => page.notes).reverse();
    const after = update(before);
    const known = new Set(before.map((n) => n.id));
    const byId = new Map(after.map((n) => [n.id, n]));
    const added = after.filter((n) => !known.has(n.id)).reverse();
    const first = old.pages[0]!;
    const itemCounts = { ...first.itemCounts };
    for (const [list, sign] of [
      [before, -1],
      [after, 1],
    ] as const) {
      for (const note of list) {
        const key = note.agendaItemId ?? '';
        itemCounts[key] = (itemCounts[key] ?? 0) + sign;
      }
    }
    return {
      ...old,
      pages: old.pages.map((page, index) => ({
        ...page,
        notes: [...(index === 0 ? added : NO_NOTES), ...page.notes.flatMap((n) => byId.get(n.id) ?? [])],
        ...(index === 0 ? { total: first.total + after.length - before.length, itemCounts } : {}),
      })),
    };
  });
}
