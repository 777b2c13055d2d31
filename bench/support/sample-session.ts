import type { Runtime } from '../../main/service/runtime.js';
import { CATEGORIES, noteText, pick, rng } from './corpus.js';

/** The sample's Stage 1 seminar (zh-CN): the session the browser benchmarks fill with notes. */
export const SAMPLE_SESSION = 'sample-zh-1-session-leadership_seminar';

/**
 * Adds `count` notes to a sample session by direct SQL (one transaction), spread over its agenda
 * items in agenda order and its participants, five seconds apart from 2027-01-11 09:00 (Shanghai),
 * so the last one inserted is the newest. Returns the newest note's id.
 */
export function fillSampleSession(runtime: Runtime, sessionId: string, count: number, seed = 5): string {
  const { db } = runtime.core;
  const items = db.prepare('SELECT id FROM agenda_item WHERE session_id = ? ORDER BY position').pluck().all(sessionId) as string[];
  const people = db.prepare('SELECT person_id FROM attendance WHERE session_id = ?').pluck().all(sessionId) as string[];
  const random = rng(seed);
  const start = Date.UTC(2027, 0, 11, 1, 0);
  db.transaction(() => {
    const note = db.prepare(
      `INSERT INTO note (id, session_id, agenda_item_id, speaker_person_id, category, text, captured_at, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    for (let n = 0; n < count; n++) {
      const at = new Date(start + n * 5_000).toISOString();
      note.run(`bench-note-${n}`, sessionId, items[Math.floor((n / count) * items.length)]!, pick(random, people), pick(random, CATEGORIES), noteText(random), at, at, at);
    }
  })();
  return `bench-note-${count - 1}`;
}
