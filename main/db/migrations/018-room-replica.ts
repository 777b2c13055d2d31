import type { Migration } from './migration.js';

/**
 * The room's shared document (issue 18, main/sync): each room this laptop hosts or joined keeps its
 * Yjs document here, as the updates it received or made (compacted now and then into one), so a
 * laptop killed mid-write restarts with the same document and syncs on. `mapping` holds the
 * directory entries (unit, person) matched by name to entries already here under another id.
 */
const sql = `
CREATE TABLE room_replica (
  room_id    TEXT PRIMARY KEY,
  session_id TEXT,
  role       TEXT NOT NULL CHECK (role IN ('host', 'member')),
  mapping    TEXT NOT NULL DEFAULT '{}',
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;
CREATE TABLE room_update (
  seq     INTEGER PRIMARY KEY,
  room_id TEXT NOT NULL REFERENCES room_replica(room_id) ON DELETE CASCADE,
  data    BLOB NOT NULL
) STRICT;
CREATE INDEX room_update_by_room ON room_update(room_id, seq);
`;

export const migration: Migration = {
  version: 18,
  name: 'room-replica',
  up: (db) => db.exec(sql),
};
