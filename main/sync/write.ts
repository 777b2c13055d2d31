import type BetterSqlite3 from 'better-sqlite3';
import type * as Y from 'yjs';
import { DIRECTORY, TABLES, referencesOf, type Row, type TableName, type TableSpec } from '../core/tables.js';
import type { Topic } from '../../shared/contract/events.js';
import { TOPIC_OF, docColumns, docKey, tableMap } from './layout.js';
import type { Translator } from './mapping.js';
import { keyOf } from './outbox.js';
import type { Losses } from './losses.js';

interface WriterOptions {
  doc: Y.Doc;
  role: 'host' | 'member';
  translate: Translator;
  inScope(spec: TableSpec, row: Row): boolean;
  log(message: string, detail: unknown): void;
  /** A directory entry new to this laptop that matches a local one by name: maps it, true. */
  matchEntry(table: 'unit' | 'person', docRow: Row): boolean;
}

/**
 * Doc → SQLite: the rows a remote transaction changed, parents first (TABLE_NAMES order), removals
 * children first, inside the caller's SQLite transaction. Each row is checked before it is written:
 * its table's spec (types, no unknown column, the row's own rules), its key, the session it belongs
 * to, and every reference it holds (inside the shared session, or a directory entry). A row that
 * fails is refused whole and logged; it never reaches SQLite.
 */
export function rowWriter(db: BetterSqlite3.Database, options: WriterOptions) {
  const { doc, translate, log } = options;
  const upserts = new Map(
    TABLES.map((spec) => {
      const columns = Object.keys(spec.row.shape).filter((c) => !(spec.localKey && spec.key.includes(c)));
      const update = columns.filter((c) => !spec.key.includes(c));
      const sql = spec.localKey
        ? `INSERT INTO ${spec.name} (${columns.join(', ')}) SELECT ${columns.map((c) => `@${c}`).join(', ')}
            WHERE NOT EXISTS (SELECT 1 FROM ${spec.name} WHERE ${columns.map((c) => `${c} IS @${c}`).join(' AND ')})`
        : `INSERT INTO ${spec.name} (${columns.join(', ')}) VALUES (${columns.map((c) => `@${c}`).join(', ')})
            ON CONFLICT (${spec.key.join(', ')}) DO UPDATE SET ${update.map((c) => `${c} = excluded.${c}`).join(', ')}
            WHERE ${update.map((c) => `${c} IS NOT excluded.${c}`).join(' OR ')}`;
      return [spec.name, db.prepare(sql)];
    }),
  );
  const removals = new Map(TABLES.map((spec) => [spec.name, db.prepare(`DELETE FROM ${spec.name} WHERE ${spec.key.map((c) => `${c} = ?`).join(' AND ')}`)]));
  const noteVersion = db.prepare(
    `INSERT INTO note_version (note_id, version, text, category, speaker_person_id, speaker_name, important, edited_at,
                               agenda_item_id, disposition, plan_id, disposition_reason)
     SELECT id, version, text, category, speaker_person_id, speaker_name, important, updated_at,
            agenda_item_id, disposition, plan_id, disposition_reason FROM note WHERE id = ?
     ON CONFLICT (note_id, version) DO NOTHING`,
  );
  const bumpNote = db.prepare('UPDATE note SET version = ? WHERE id = ?');
  const historyLine = db.prepare(
    `INSERT INTO action_history (action_id, at, field, old_value, new_value) SELECT @action_id, @at, @field, @old, @new
      WHERE NOT EXISTS (SELECT 1 FROM action_history WHERE action_id = @action_id AND at = @at AND field = @field
                                                      AND old_value IS @old AND new_value IS @new)`,
  );
  const shown = (value: unknown) => (value === null || value === undefined ? null : String(value));

  /**
   * Before a remote row overwrites a local value that lost a same-field conflict: the local note
   * goes into its history as a version of its own (the note's version then follows both), a task's
   * lost field becomes a history line. Written from the losing row's own stamps, so every laptop that
   * saw the loss writes the same row, and they merge into one.
   */
  function keepLoss(spec: TableSpec, local: Row, lost: Map<string, unknown>): 'note' | 'action' | null {
    const id = local.id as string;
    const here = db.prepare(`SELECT * FROM ${spec.name} WHERE id = ?`).get(id) as Row | undefined;
    if (!here) return null;
    if (spec.name === 'note') {
      noteVersion.run(id);
      return 'note';
    }
    for (const [column] of lost) {
      historyLine.run({ action_id: id, at: here.updated_at, field: column, old: shown(here[column]), new: shown(local[column]) });
    }
    return 'action';
  }

  const existing = new Map(TABLES.map((spec) => [spec.name, db.prepare(`SELECT 1 FROM ${spec.name} WHERE ${spec.key[0]} = ?`)]));
  const exists = (table: TableName, id: string) => existing.get(table)!.get(id) !== undefined;

  /** Why a row from the doc must not be written (null: it may). */
  function refusal(spec: TableSpec, key: string, docRow: Row): string | null {
    const unknown = Object.keys(docRow).filter((column) => !(column in spec.row.shape));
    if (unknown.length > 0) return `unknown column ${unknown.join(', ')}`;
    const parsed = spec.row.safeParse(spec.localKey ? { ...docRow, id: 1 } : docRow);
    if (!parsed.success) return parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ');
    if (docKey(spec, docRow) !== key) return 'key does not match the row';
    if (!DIRECTORY.has(spec.name) && !options.inScope(spec, docRow)) return 'outside the shared session';
    for (const ref of referencesOf(spec)) {
      const value = docRow[ref.column];
      if (ref.kind === 'loose' || typeof value !== 'string') continue;
      if (DIRECTORY.has(ref.table)) {
        if (!tableMap(doc, ref.table).has(value) && !exists(ref.table, value)) return `${ref.column} names an unknown entry`;
      } else if (!tableMap(doc, ref.table).has(value)) return `${ref.column} points outside the shared session`;
    }
    return null;
  }

  return {
    apply(changed: Map<TableName, Set<string>>, losses: Losses) {
      const topics = new Set<Topic>();
      const written: { table: TableName; key: unknown[] }[] = [];
      let mappingChanged = false;
      for (const spec of TABLES) {
        for (const key of changed.get(spec.name) ?? []) {
          const map = tableMap(doc, spec.name).get(key);
          if (!map) continue;
          const docRow = Object.fromEntries(docColumns(spec).map((c) => [c, map.get(c)]).filter(([, v]) => v !== undefined)) as Row;
          for (const column of map.keys()) if (!(column in docRow)) docRow[column] = map.get(column);
          const reason = refusal(spec, key, docRow);
          if (reason) {
            log(`room: refused a ${spec.name} row from the network (${reason})`, { table: spec.name, key });
            continue;
          }
          if (DIRECTORY.has(spec.name)) {
            const id = docRow.id as string;
            if (translate.isMatched(spec.name, translate.toLocal(spec, docRow).id as string)) continue;
            if (!exists(spec.name, id) && options.matchEntry(spec.name as 'unit' | 'person', docRow)) {
              mappingChanged = true;
              continue;
            }
          }
          const local = translate.toLocal(spec, docRow);
          const values = Object.fromEntries(Object.keys(spec.row.shape).map((c) => [c, local[c] ?? null]));
          const lost = losses.get(`${spec.name}/${key}`);
          const kept = lost ? keepLoss(spec, local, lost) : null;
          const localVersion = kept === 'note' ? (db.prepare('SELECT version FROM note WHERE id = ?').pluck().get(local.id) as number) : 0;
          try {
            if (upserts.get(spec.name)!.run(values).changes === 0) continue;
          } catch (error) {
            log(`room: refused a ${spec.name} row from the network (${(error as Error).message})`, { table: spec.name, key });
            continue;
          }
          if (kept === 'note') bumpNote.run(Math.max(localVersion, local.version as number) + 1, local.id);
          // A row that now holds a kept loss is this laptop's change too: the outbox publishes it.
          if (!spec.localKey && !kept) written.push({ table: spec.name, key: keyOf(spec.name, local) });
          TOPIC_OF[spec.name].forEach((t) => topics.add(t));
        }
      }
      for (const spec of [...TABLES].reverse()) {
        if (spec.localKey) continue;
        for (const key of changed.get(spec.name) ?? []) {
          if (tableMap(doc, spec.name).has(key)) continue;
          const values = spec.key.length === 1 ? [key] : (JSON.parse(key) as unknown[]);
          const local = translate.toLocal(spec, Object.fromEntries(spec.key.map((c, i) => [c, values[i]])));
          const localKey = keyOf(spec.name, local);
          if (removals.get(spec.name)!.run(...localKey).changes === 0) continue;
          written.push({ table: spec.name, key: localKey });
          TOPIC_OF[spec.name].forEach((t) => topics.add(t));
        }
      }
      return { topics, written, mappingChanged };
    },
  };
}
