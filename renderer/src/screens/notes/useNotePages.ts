import { useInfiniteQuery, type InfiniteData, type QueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo } from 'react';
import type { Note, NotePage } from '../../../../shared/notes.js';
import { useClient } from '../../app/client.js';

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
}

export function useNotePages(sessionId: string): NotePages & { loadOlder: () => void } {
  const client = useClient();
  const query = useInfiniteQuery({
    queryKey: notePagesKey(sessionId),
    queryFn: ({ pageParam }) => client.get('note.list', pageParam ? { sessionId, before: pageParam } : { sessionId }),
    initialPageParam: null as string | null,
    getNextPageParam: (last: NotePage) => last.nextCursor,
  });
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
    loadOlder,
  };
}

/**
 * Loads older pages when they are needed: while the first row on screen is near the top of what is
 * loaded (the virtualiser, anchored to the end, keeps the rows on screen in place as a page is put
 * above them), and all of them while `all` (a filter is set, or the filters are being used: they
 * count and match every note).
 */
export function useOlderPages(pages: { hasOlder: boolean; loadOlder: () => void; data: Note[] | undefined }, firstRowOnScreen: number | null, all: boolean): void {
  const wanted = pages.hasOlder && pages.data !== undefined && (all || (firstRowOnScreen !== null && firstRowOnScreen < NEAR_TOP_ROWS));
  const { loadOlder } = pages;
  // Runs again after each page arrives (`data` changes), so "all" goes on until the oldest.
  useEffect(() => {
    if (wanted) loadOlder();
  }, [wanted, loadOlder, pages.data]);
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
