import type { Topic } from '../../shared/contract/events.js';
import type { BundleImportResult } from '../../shared/minutes.js';
import type { CoreContext } from '../core/context.js';
import { schemaVersion } from '../db/open.js';
import { matchDirectory } from '../core/directory-match.js';
import { writeActionHistory } from './history.js';
import { insertRows, type Tally } from './insert.js';
import { writeNotes } from './notes-merge.js';
import { refuse } from './refusal.js';
import { readBundle } from './read.js';
import { remap } from './remap.js';
import { checkScopeHere } from './scope-check.js';
import { TABLES, TABLE_NAMES, type TableName } from '../core/tables.js';

/** Which views go stale when rows of a table arrive. */
const TOPIC_OF: Record<TableName, Topic> = {
  programme: 'programme',
  stage: 'stage',
  unit: 'unit',
  person: 'person',
  session: 'session',
  sitting: 'sitting',
  attendance: 'attendance',
  agenda_item: 'agenda',
  speaker: 'agenda',
  speech: 'run',
  run_state: 'run',
  plan: 'plan',
  note: 'note',
  note_version: 'note',
  action_item: 'action',
  action_co_unit: 'action',
  action_check: 'action',
  action_history: 'action',
  action_progress: 'action',
  action_extension: 'action',
  action_file: 'action',
  minutes: 'minutes',
};

/**
 * Imports a bundle inside the caller's transaction (the core dispatcher's): everything is checked
 * before the first write (the file on its own in read.ts, then its scope against this laptop in
 * scope-check.ts), and any failure after it throws, so the transaction rolls back and nothing is
 * written. Rows keep their ids; a row already here is skipped (see notes-merge.ts for
 * the one exception), so a second import of the same bundle writes nothing.
 */
export function importBundle(ctx: CoreContext, bytes: Uint8Array, author?: string): BundleImportResult {
  const bundle = readBundle(bytes, schemaVersion(ctx.db));
  const { data, matched } = remap(bundle.data, matchDirectory(ctx.db, bundle.data), author);
  checkScopeHere(ctx.db, data);
  // Every file row's bytes: in the bundle, or already in this data folder; else nothing is written.
  const hashes = new Set(data.action_file.map((row) => row.sha256 as string));
  for (const sha256 of hashes) if (!bundle.files.has(sha256) && !ctx.host.files.has(sha256)) throw refuse('bundle_damaged');
  // The bytes before the rows: should the rows then roll back, what stays is unnamed content (reused
  // by the same bytes later), never a row without its bytes.
  for (const bytes of bundle.files.values()) ctx.host.files.put(bytes);

  const inserted = Object.fromEntries(TABLE_NAMES.map((name) => [name, 0])) as Record<TableName, number>;
  let skipped = matched;
  const count = (name: TableName, tally: Tally) => {
    inserted[name] += tally.written;
    skipped += tally.skipped;
  };
  for (const spec of TABLES) {
    if (spec.name === 'note_version') continue; // written with the notes
    if (spec.name === 'note') {
      const written = writeNotes(ctx.db, data.note, data.note_version);
      count('note', written.notes);
      count('note_version', written.versions);
    } else if (spec.name === 'action_history') {
      count('action_history', writeActionHistory(ctx.db, data.action_history));
    } else {
      count(spec.name, insertRows(ctx.db, spec, data[spec.name]));
    }
  }

  const programmeId = data.programme[0]!.id as string;
  const written = TABLE_NAMES.filter((name) => inserted[name] > 0);
  for (const name of written) ctx.changed(TOPIC_OF[name], programmeId);
  // Trashed rows travel too: the trash view may have new entries.
  if (written.length > 0) ctx.changed('trash');
  return { programmeId, inserted, skipped };
}
