import type BetterSqlite3 from 'better-sqlite3';
import { insertRows, type Tally } from './insert.js';
import { tableSpec, type Row } from '../core/tables.js';

/** The fields an edit changes: a note's history keeps all of them for each earlier version (schema 9). */
const EDITED = [
  'text',
  'category',
  'important',
  'agenda_item_id',
  'speaker_person_id',
  'speaker_name',
  'disposition',
  'plan_id',
  'disposition_reason',
] as const;

/**
 * Notes merge by id: a note new here is added with its author (`captured_by`), a note already here
 * stays as it is (local edits win), with one exception that loses nothing: when the bundle's note is
 * a later edit of exactly the local one (its history holds the local version unchanged), it is
 * fast-forwarded to the bundle's version. So two secretaries' bundles give the same notes in
 * either order, and an edit made on one laptop reaches the other. The note here is in the same
 * session (scope-check.ts refused the bundle otherwise); the update says so too.
 */
export function writeNotes(db: BetterSqlite3.Database, notes: readonly Row[], versions: readonly Row[]): { notes: Tally; versions: Tally } {
  const local = db.prepare(`SELECT id, version, ${EDITED.join(', ')} FROM note WHERE id IN (SELECT value FROM json_each(?))`);
  const here = new Map((local.all(JSON.stringify(notes.map((n) => n.id))) as (Row & { version: number })[]).map((r) => [r.id, r]));
  const noteTally = insertRows(db, tableSpec('note'), notes.filter((n) => !here.has(n.id)));

  const history = new Map<string, Row>(versions.map((v) => [`${v.note_id as string}#${v.version as number}`, v]));
  const fastForward = db.prepare(
    `UPDATE note SET ${EDITED.map((c) => `${c} = @${c}`).join(', ')}, version = @version, updated_at = @updated_at
      WHERE id = @id AND session_id = @session_id AND version = @localVersion`,
  );
  for (const note of notes) {
    const mine = here.get(note.id);
    if (!mine) continue;
    const base = history.get(`${note.id as string}#${mine.version}`);
    const isLaterEdit = (note.version as number) > mine.version && base !== undefined && EDITED.every((c) => base[c] === mine[c]);
    if (isLaterEdit && fastForward.run({ ...note, localVersion: mine.version }).changes > 0) noteTally.written += 1;
    else noteTally.skipped += 1;
  }

  // Earlier versions only: a version at or past the note's current one belongs to an edit not taken.
  const versionTally = insertRows(
    db,
    tableSpec('note_version'),
    versions,
    `(v.value ->> '$.version') < (SELECT version FROM note WHERE id = v.value ->> '$.note_id')`,
  );
  return { notes: noteTally, versions: versionTally };
}
