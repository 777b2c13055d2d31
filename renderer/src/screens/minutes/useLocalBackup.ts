import { useEffect, useRef } from 'react';
import { upgradeMinutesDocument, type MinutesDocument } from '../../../../shared/minutes.js';

/*
 * A copy of unsaved edits in localStorage, per session: written a moment after each edit while the
 * draft differs from what is stored, removed once saved or discarded. The Back button, a menu
 * command or a crash can leave the page without asking; the next visit offers the copy back.
 */

const PREFIX = 'convene.minutes.unsaved.';
const WRITE_AFTER_MS = 300;

export interface Backup {
  version: number;
  savedAt: string;
  document: MinutesDocument;
}

export function readBackup(sessionId: string, version: number): Backup | null {
  try {
    const raw = window.localStorage.getItem(PREFIX + sessionId);
    if (!raw) return null;
    const backup = JSON.parse(raw) as Partial<Backup>;
    if (backup.version !== version || typeof backup.savedAt !== 'string' || typeof backup.document !== 'object' || !backup.document) return null;
    // A copy kept by an older Convene has the document's older shape: read it as the app reads stored minutes.
    backup.document = upgradeMinutesDocument(backup.document) as MinutesDocument;
    return backup as Backup;
  } catch {
    return null;
  }
}

export function clearBackup(sessionId: string) {
  try {
    window.localStorage.removeItem(PREFIX + sessionId);
  } catch {
    // Storage unavailable: nothing was kept either.
  }
}

function writeBackup(sessionId: string, version: number, document: MinutesDocument) {
  try {
    const backup: Backup = { version, savedAt: new Date().toISOString(), document };
    window.localStorage.setItem(PREFIX + sessionId, JSON.stringify(backup));
  } catch {
    // Full or disabled storage: the guard on leaving still asks.
  }
}

/**
 * Keeps the copy in step: `document()` is read only when writing. While `paused` (a copy is being
 * offered back) storage is left alone, so the offer is not overwritten by the stored text.
 */
export function useLocalBackup(sessionId: string, version: number, document: () => MinutesDocument, dirty: boolean, paused: boolean) {
  const latest = useRef({ document, dirty, paused });
  /** Set when the user chose to discard the edits and leave: nothing is written any more. */
  const forgotten = useRef(false);
  useEffect(() => {
    latest.current = { document, dirty, paused };
  });

  useEffect(() => {
    if (paused) return;
    if (!dirty) {
      clearBackup(sessionId);
      return;
    }
    const timer = window.setTimeout(() => writeBackup(sessionId, version, document()), WRITE_AFTER_MS);
    return () => window.clearTimeout(timer);
  }, [sessionId, version, document, dirty, paused]);

  // Leaving within the debounce: write what is there now.
  useEffect(
    () => () => {
      const { document: current, dirty: unsaved, paused: offering } = latest.current;
      if (unsaved && !offering && !forgotten.current) writeBackup(sessionId, version, current());
    },
    [sessionId, version],
  );

  /** Drops the copy for good (the user discarded the edits). */
  return function forget() {
    forgotten.current = true;
    clearBackup(sessionId);
  };
}
