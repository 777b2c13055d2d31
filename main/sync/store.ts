import type BetterSqlite3 from 'better-sqlite3';
import * as Y from 'yjs';
import { emptyMapping, type DirectoryMapping } from './mapping.js';

/**
 * A room's stored updates are compacted into one (Y.encodeStateAsUpdate) once there are at least
 * this many and the bytes stored since the last compaction reach that compaction's own size. A
 * compaction writes the whole document (5.8 MB at 5,000 notes, 0.1–0.7 s to encode on a busy
 * machine, with the note that triggers it waiting): bound to bytes, its cost stays in proportion
 * to what was stored (at most twice), instead of growing with the session every 500 notes.
 */
export const COMPACT_AFTER = 500;

export interface StoredReplica {
  sessionId: string | null;
  role: 'host' | 'member';
  mapping: DirectoryMapping;
  updates: Uint8Array[];
}

/** The room's document as updates in the data folder's database (migration 018). */
export function replicaStore(db: BetterSqlite3.Database, roomId: string, now: () => Date) {
  const insertUpdate = db.prepare('INSERT INTO room_update (room_id, data) VALUES (?, ?)');
  const stored = db.prepare('SELECT count(*) AS count, coalesce(sum(length(data)), 0) AS bytes FROM room_update WHERE room_id = ?');
  const oldest = db.prepare('SELECT length(data) FROM room_update WHERE room_id = ? ORDER BY seq LIMIT 1').pluck();
  const kept = stored.get(roomId) as { count: number; bytes: number };
  let sinceCompaction = kept.count;
  /** The oldest stored update (the last compaction, or the first fill) against the bytes stored after it. */
  let baseBytes = (oldest.get(roomId) as number | undefined) ?? 0;
  let bytesSince = kept.bytes - baseBytes;
  return {
    load(): StoredReplica | null {
      const row = db.prepare('SELECT session_id, role, mapping FROM room_replica WHERE room_id = ?').get(roomId) as
        | { session_id: string | null; role: 'host' | 'member'; mapping: string }
        | undefined;
      if (!row) return null;
      const updates = (db.prepare('SELECT data FROM room_update WHERE room_id = ? ORDER BY seq').pluck().all(roomId) as Buffer[]).map(
        (b) => new Uint8Array(b),
      );
      return { sessionId: row.session_id, role: row.role, mapping: { ...emptyMapping(), ...(JSON.parse(row.mapping) as DirectoryMapping) }, updates };
    },
    save(fields: { sessionId: string | null; role: 'host' | 'member'; mapping: DirectoryMapping }) {
      const at = now().toISOString();
      db.prepare(
        `INSERT INTO room_replica (room_id, session_id, role, mapping, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)
         ON CONFLICT (room_id) DO UPDATE SET session_id = excluded.session_id, role = excluded.role, mapping = excluded.mapping,
                                             updated_at = excluded.updated_at`,
      ).run(roomId, fields.sessionId, fields.role, JSON.stringify(fields.mapping), at, at);
    },
    append(update: Uint8Array, doc: Y.Doc) {
      insertUpdate.run(roomId, update);
      if (++sinceCompaction === 1) baseBytes = update.length;
      else bytesSince += update.length;
      if (sinceCompaction < COMPACT_AFTER || bytesSince < baseBytes) return;
      const whole = Y.encodeStateAsUpdate(doc);
      db.transaction(() => {
        db.prepare('DELETE FROM room_update WHERE room_id = ?').run(roomId);
        insertUpdate.run(roomId, whole);
      })();
      sinceCompaction = 1;
      baseBytes = whole.length;
      bytesSince = 0;
    },
  };
}
export type ReplicaStore = ReturnType<typeof replicaStore>;
