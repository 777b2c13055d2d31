import type BetterSqlite3 from 'better-sqlite3';
import * as Y from 'yjs';
import { emptyMapping, type DirectoryMapping } from './mapping.js';

/** After this many stored updates, a room's updates are compacted into one (Y.encodeStateAsUpdate). */
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
  const countUpdates = db.prepare('SELECT count(*) FROM room_update WHERE room_id = ?').pluck();
  let sinceCompaction = countUpdates.get(roomId) as number;
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
      if (++sinceCompaction < COMPACT_AFTER) return;
      db.transaction(() => {
        db.prepare('DELETE FROM room_update WHERE room_id = ?').run(roomId);
        insertUpdate.run(roomId, Y.encodeStateAsUpdate(doc));
      })();
      sinceCompaction = 1;
    },
  };
}
export type ReplicaStore = ReturnType<typeof replicaStore>;
