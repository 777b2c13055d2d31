import type { PersonCategory, UnitKind } from '../../../shared/domain.js';
import { defaultPersonOrder, defaultUnitOrder } from '../../../shared/precedence.js';
import type { Migration } from './migration.js';

/**
 * Protocol order (排序): people and units carry their place in the order of precedence that
 * participant lists, the minutes' 出席 line, sign-in sheets and name cards follow.
 *
 * An INTEGER, kept as a dense 1..N over the live rows and renumbered when someone is moved, rather
 * than a fractional REAL: the number the secretary sees in the directory and types to move someone
 * is the stored one, and a 排序 column from a spreadsheet can be written as it stands. The directory
 * is a few hundred rows, so renumbering is cheap. NULL is a row nobody placed yet (an older bundle's,
 * say): it follows the placed rows, by its unit's place and its name.
 *
 * The minutes remember which name lists the secretary reordered by hand (`hand_ordered`, a JSON
 * array of list keys, main/core/minutes-order.ts), so regenerating the draft keeps that order.
 *
 * Existing rows are placed by the default rule (shared/precedence.ts), equals in the order they were
 * entered; trashed rows too (after the live ones), so a restored person comes back near their rank.
 */
const sql = `
ALTER TABLE unit ADD COLUMN sort_order INTEGER CHECK (sort_order IS NULL OR sort_order BETWEEN 0 AND 1000000000);
ALTER TABLE person ADD COLUMN sort_order INTEGER CHECK (sort_order IS NULL OR sort_order BETWEEN 0 AND 1000000000);
CREATE INDEX person_by_order ON person(sort_order);
ALTER TABLE minutes ADD COLUMN hand_ordered TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(hand_ordered) AND json_type(hand_ordered) = 'array');
`;

interface Row {
  id: string;
  name: string;
  deleted_at: string | null;
}

export const migration: Migration = {
  version: 14,
  name: 'protocol-order',
  up: (db) => {
    db.exec(sql);
    const units = db.prepare('SELECT id, name, kind, deleted_at FROM unit ORDER BY created_at, rowid').all() as (Row & { kind: UnitKind })[];
    const people = db
      .prepare('SELECT id, name, position, category, unit_id AS unitId, deleted_at FROM person ORDER BY created_at, rowid')
      .all() as (Row & { position: string; category: PersonCategory; unitId: string | null })[];
    const unitOrder = defaultUnitOrder(units);
    const order = { units: unitOrder, people: defaultPersonOrder(people) };
    const liveFirst = (ids: string[], rows: Row[]) => {
      const gone = new Set(rows.filter((r) => r.deleted_at !== null).map((r) => r.id));
      return [...ids.filter((id) => !gone.has(id)), ...ids.filter((id) => gone.has(id))];
    };
    const setUnit = db.prepare('UPDATE unit SET sort_order = ? WHERE id = ?');
    liveFirst(order.units, units).forEach((id, index) => setUnit.run(index + 1, id));
    const setPerson = db.prepare('UPDATE person SET sort_order = ? WHERE id = ?');
    liveFirst(order.people, people).forEach((id, index) => setPerson.run(index + 1, id));
  },
};
