import { useCallback, useEffect, useRef, useState } from 'react';
import { DRAFT_DEBOUNCE_MS, emptyDraft, isEmptyDraft, loadDraft, storeDraft, type Draft, type StorageLike } from './draft.js';

export type DraftStatus = 'idle' | 'stored' | 'failed';

function storage(): StorageLike | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

const NO_STORAGE: StorageLike = {
  getItem: () => null,
  setItem: () => {
    throw new Error('no storage');
  },
  removeItem: () => undefined,
};

/**
 * The capture line's state, mirrored to localStorage: written DRAFT_DEBOUNCE_MS after the last
 * change, at once by `storeNow` (before a save is sent), and when the page is hidden or unloaded
 * or the panel unmounts, so a reload mid-typing finds every character. `latest` is the current
 * draft for event handlers that run between renders.
 */
export function useDraft(sessionId: string) {
  const [store] = useState<StorageLike>(() => storage() ?? NO_STORAGE);
  const [initial] = useState(() => loadDraft(store, sessionId));
  const [draft, setDraftState] = useState<Draft>(() => initial ?? emptyDraft());
  const latest = useRef<Draft>(draft);
  const [status, setStatus] = useState<DraftStatus>(initial ? 'stored' : 'idle');
  const restored = Boolean(initial && initial.text.trim());

  const setDraft = useCallback((update: Draft | ((current: Draft) => Draft)) => {
    const next = typeof update === 'function' ? update(latest.current) : update;
    latest.current = next;
    setDraftState(next);
  }, []);

  const storeNow = useCallback(
    (value: Draft = latest.current) => {
      const ok = storeDraft(store, sessionId, value);
      setStatus(ok ? (isEmptyDraft(value) ? 'idle' : 'stored') : 'failed');
      return ok;
    },
    [sessionId, store],
  );

  useEffect(() => {
    const timer = window.setTimeout(() => storeNow(draft), DRAFT_DEBOUNCE_MS);
    return () => window.clearTimeout(timer);
  }, [draft, storeNow]);

  useEffect(() => {
    const flush = () => {
      storeDraft(store, sessionId, latest.current);
    };
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') flush();
    };
    window.addEventListener('pagehide', flush);
    window.addEventListener('beforeunload', flush);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      flush();
      window.removeEventListener('pagehide', flush);
      window.removeEventListener('beforeunload', flush);
      document.removeEventListener('visibilitychange', onVisibility);
    };
  }, [sessionId, store]);

  return { draft, setDraft, latest, storeNow, status, restored };
}
