import type { Migration } from './migration.js';

/** Action items: lead and co-operating units, owner, due date with its spoken rule, checklist, history. */
const sql = `
CREATE TABLE action_item (
  id              TEXT PRIMARY KEY,
  programme_id    TEXT NOT NULL REFERENCES programme(id) ON DELETE CASCADE,
  session_id      TEXT REFERENCES session(id) ON DELETE SET NULL,
  agenda_item_id  TEXT REFERENCES agenda_item(id) ON DELETE SET NULL,
  note_id         TEXT REFERENCES note(id) ON DELETE SET NULL,
  title           TEXT NOT NULL,
  description     TEXT NOT NULL DEFAULT '',
  deliverable     TEXT NOT NULL DEFAULT '',
  lead_unit_id    TEXT REFERENCES unit(id) ON DELETE SET NULL,
  owner_person_id TEXT REFERENCES person(id) ON DELETE SET NULL,
  due_date        TEXT,
  due_rule        TEXT NOT NULL DEFAULT '',
  status          TEXT NOT NULL DEFAULT 'proposed'
                  CHECK (status IN ('proposed', 'assigned', 'in_progress', 'submitted', 'accepted', 'cancelled')),
  priority        TEXT NOT NULL DEFAULT 'normal' CHECK (priority IN ('low', 'normal', 'high', 'urgent')),
  board_position  INTEGER NOT NULL DEFAULT 0,
  created_at      TEXT NOT NULL,
  updated_at      TEXT NOT NULL,
  deleted_at      TEXT
) STRICT;
CREATE INDEX action_by_programme ON action_item(programme_id, status, board_position);
CREATE INDEX action_by_session ON action_item(session_id);
CREATE INDEX action_by_lead ON action_item(lead_unit_id);
CREATE INDEX action_by_note ON action_item(note_id);

CREATE TABLE action_co_unit (
  action_id TEXT NOT NULL REFERENCES action_item(id) ON DELETE CASCADE,
  unit_id   TEXT NOT NULL REFERENCES unit(id) ON DELETE CASCADE,
  position  INTEGER NOT NULL,
  PRIMARY KEY (action_id, unit_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX action_co_by_unit ON action_co_unit(unit_id);

-- Required contents of the deliverable (e.g. 贷款贴息, 研发补助, 市场开拓支持), each ticked off when done.
CREATE TABLE action_check (
  id        TEXT PRIMARY KEY,
  action_id TEXT NOT NULL REFERENCES action_item(id) ON DELETE CASCADE,
  position  INTEGER NOT NULL,
  text      TEXT NOT NULL,
  done      INTEGER NOT NULL DEFAULT 0 CHECK (done IN (0, 1))
) STRICT;
CREATE INDEX action_check_by_action ON action_check(action_id, position);

-- Every change to an action, field by field: the follow-up record.
CREATE TABLE action_history (
  id        INTEGER PRIMARY KEY,
  action_id TEXT NOT NULL REFERENCES action_item(id) ON DELETE CASCADE,
  at        TEXT NOT NULL,
  field     TEXT NOT NULL,
  old_value TEXT,
  new_value TEXT
) STRICT;
CREATE INDEX action_history_by_action ON action_history(action_id, id);

CREATE TRIGGER action_ai AFTER INSERT ON action_item WHEN new.deleted_at IS NULL BEGIN
  INSERT INTO search_index (kind, ref_id, title, body) VALUES ('action', new.id, new.title, new.description || ' ' || new.deliverable);
END;
CREATE TRIGGER action_au AFTER UPDATE ON action_item BEGIN
  DELETE FROM search_index WHERE kind = 'action' AND ref_id = old.id;
  INSERT INTO search_index (kind, ref_id, title, body)
    SELECT 'action', new.id, new.title, new.description || ' ' || new.deliverable WHERE new.deleted_at IS NULL;
END;
CREATE TRIGGER action_ad AFTER DELETE ON action_item BEGIN
  DELETE FROM search_index WHERE kind = 'action' AND ref_id = old.id;
END;
`;

export const migration: Migration = {
  version: 4,
  name: 'action-items',
  up: (db) => db.exec(sql),
};
