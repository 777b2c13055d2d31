import * as Y from 'yjs';
import { matchDirectory } from '../core/directory-match.js';
import { collectRows } from '../core/scope-rows.js';
import { DIRECTORY, TABLES, referencesOf, tableSpec, type Row, type TableName, type TableSpec } from '../core/tables.js';
import type { Topic } from '../../shared/contract/events.js';
import type { SessionReplica, SyncTarget } from './types.js';
import { LOCAL, RESTORE, docColumns, docKey, logMap, metaMap, tableMap, tablesOf } from './layout.js';
import { emptyMapping, translator } from './mapping.js';
import { concurrentLosses, type Losses } from './losses.js';
import { openOutbox } from './outbox.js';
import { replicaStore } from './store.js';
import { rowWriter } from './write.js';

type Role = 'host' | 'member';
type Touched = { table: TableName; key: unknown[] };

/**
 * One laptop's replica of a room's session: the doc, the persisted updates, and the bridge both
 * ways. Local → doc: after each commit, the rows the outbox names (outbox.ts), in scope, changed
 * columns only, in one LOCAL transaction. Doc → SQLite: each remote transaction's rows, checked
 * (write.ts), in one SQLite transaction with the stored update, then announced to the windows.
 */
export function openReplica(target: SyncTarget, options: { roomId: string; role: Role; sessionId: string | null }): SessionReplica {
  const { db } = target;
  const log = target.log ?? ((message: string, detail: unknown) => console.error(message, detail));
  const store = replicaStore(db, options.roomId, target.now);
  const stored = store.load();
  const role = options.role;
  let sessionId = options.sessionId ?? stored?.sessionId ?? null;
  const mapping = stored?.mapping ?? emptyMapping();
  const translate = translator(mapping);
  const doc = new Y.Doc();
  const tables = tablesOf(doc);
  const meta = metaMap(doc);
  const replicaId = String(doc.clientID);
  const save = () => store.save({ sessionId, role, mapping });

  for (const update of stored?.updates ?? []) Y.applyUpdate(doc, update, RESTORE);

  /**
   * The session, its stage and its programme: read from SQLite once the session is here, so a peer
   * that rewrites the doc's `meta` cannot widen what this laptop accepts; before that (a member's
   * first sync), from the host's `meta`.
   */
  let settled: { sessionId: string; stageId: string; programmeId: string } | null = null;
  function scopeIds(): { sessionId?: string | undefined; stageId?: string | undefined; programmeId?: string | undefined } {
    if (settled) return settled;
    const id = sessionId ?? meta.get('sessionId');
    const row = id
      ? (db.prepare('SELECT s.stage_id, st.programme_id FROM session s JOIN stage st ON st.id = s.stage_id WHERE s.id = ?').get(id) as
          | { stage_id: string; programme_id: string }
          | undefined)
      : undefined;
    if (id && row) return (settled = { sessionId: id, stageId: row.stage_id, programmeId: row.programme_id });
    return { sessionId: id, stageId: meta.get('stageId'), programmeId: meta.get('programmeId') };
  }

  /** Whether a row (in the doc's ids) belongs to the shared session. */
  function inScope(spec: TableSpec, row: Row): boolean {
    const scope = scopeIds();
    switch (spec.name) {
      case 'programme':
        return row.id === scope.programmeId;
      case 'stage':
        return row.id === scope.stageId && row.programme_id === scope.programmeId;
      case 'session':
        return row.id === scope.sessionId && row.stage_id === scope.stageId;
      case 'action_item':
        return row.session_id === scope.sessionId && row.programme_id === scope.programmeId;
      default:
        return spec.owner !== undefined && tableMap(doc, spec.owner.table).has(String(row[spec.owner.column]));
    }
  }

  const selectLocal = new Map(
    TABLES.map((spec) => [spec.name, db.prepare(`SELECT * FROM ${spec.name} WHERE ${spec.key.map((c) => `${c} IS ?`).join(' AND ')}`)]),
  );
  const directoryRow = (table: TableName, id: string) => selectLocal.get(table)!.get(id) as Row | undefined;

  /** Writes a local row into the doc (changed columns only, each write logged); within a LOCAL transaction. */
  function publish(spec: TableSpec, local: Row): void {
    if (role === 'member' && spec.name === 'run_state') return;
    if (translate.isMatched(spec.name, local.id as string)) return;
    const row = translate.toDoc(spec, local);
    if (!DIRECTORY.has(spec.name) && !inScope(spec, row)) return;
    // The directory entries a row names travel with it.
    for (const ref of referencesOf(spec)) {
      if (!DIRECTORY.has(ref.table) || typeof local[ref.column] !== 'string') continue;
      if (tableMap(doc, ref.table).has(row[ref.column] as string)) continue;
      const entry = directoryRow(ref.table, local[ref.column] as string);
      if (entry) publish(tableSpec(ref.table), entry);
    }
    const key = docKey(spec, row);
    const rows = tableMap(doc, spec.name);
    let map = rows.get(key);
    if (!map) {
      map = new Y.Map();
      rows.set(key, map);
    }
    const written: Record<string, unknown> = {};
    for (const column of docColumns(spec)) {
      const value = row[column] ?? null;
      if (map.get(column) === value && map.has(column)) continue;
      map.set(column, value);
      written[column] = value;
    }
    if (Object.keys(written).length === 0) return;
    const path = `${spec.name}/${key}`;
    let edits = logMap(doc).get(path);
    if (!edits) {
      edits = new Y.Array();
      logMap(doc).set(path, edits);
    }
    edits.push([{ c: written, by: replicaId, at: target.now().toISOString() }]);
  }

  /** A row gone from SQLite (a hard delete) leaves the doc too. */
  function unpublish(spec: TableSpec, key: unknown[]): void {
    if (spec.localKey || (role === 'member' && spec.name === 'run_state')) return;
    const partial = translate.toDoc(spec, Object.fromEntries(spec.key.map((column, i) => [column, key[i]])));
    const docRowKey = docKey(spec, partial);
    if (tableMap(doc, spec.name).has(docRowKey)) tableMap(doc, spec.name).delete(docRowKey);
  }

  /** Local → doc: what the commits since the last flush touched. */
  function flush(touched: readonly Touched[]): void {
    if (touched.length === 0 || sessionId === null) return;
    const byTable = new Map<TableName, unknown[][]>();
    for (const t of touched) byTable.set(t.table, [...(byTable.get(t.table) ?? []), t.key]);
    doc.transact(() => {
      for (const spec of TABLES) {
        for (const key of byTable.get(spec.name) ?? []) {
          const row = selectLocal.get(spec.name)!.get(...key) as Row | undefined;
          if (!row) unpublish(spec, key);
          else if (!DIRECTORY.has(spec.name) || tableMap(doc, spec.name).has(translate.toDoc(spec, row).id as string)) publish(spec, row);
        }
      }
    }, LOCAL);
  }

  /**
   * Every row of the session into the doc: what a crash between a commit and its flush left out.
   * It never removes a row from the doc: a row missing here may be one this laptop refused, and
   * removing it would remove it from every laptop. Such rows are written here again instead (a hard
   * delete made while no bridge ran comes back: nothing is lost, and every laptop holds the same).
   */
  function reconcile(): void {
    if (sessionId === null) return;
    scopeIds();
    if (!settled) return;
    const scope = settled;
    const rows = collectRows(db, { kind: 'session', id: scope.sessionId, programmeId: scope.programmeId, stageId: scope.stageId });
    doc.transact(() => {
      if (role === 'host') for (const [field, value] of Object.entries(scope)) if (meta.get(field) !== value) meta.set(field, value);
      for (const spec of TABLES) for (const row of rows[spec.name]) publish(spec, row);
    }, LOCAL);
    const missing = new Map<TableName, Set<string>>();
    for (const spec of TABLES) {
      if (DIRECTORY.has(spec.name) || (role === 'host' && spec.name === 'run_state')) continue;
      const here = new Set(rows[spec.name].map((row) => docKey(spec, translate.toDoc(spec, row))));
      const absent = [...tableMap(doc, spec.name).keys()].filter((key) => !here.has(key));
      if (absent.length > 0) missing.set(spec.name, new Set(absent));
    }
    if (missing.size === 0) return;
    const result = db.transaction(() => writer.apply(missing, new Map()))();
    outbox.forget(result.written);
    if (result.topics.size > 0) target.announce([...result.topics]);
  }

  const writer = rowWriter(db, {
    doc,
    role,
    translate,
    inScope,
    log,
    matchEntry(table, docRow) {
      const found = matchDirectory(db, { unit: table === 'unit' ? [docRow] : [], person: table === 'person' ? [translate.toLocal(tableSpec('person'), docRow)] : [] });
      const local = found[table].get(docRow.id as string);
      if (local === undefined) return false;
      translate.add(table, docRow.id as string, local);
      return true;
    },
  });

  let resolveReady!: (id: string) => void;
  const ready = new Promise<string>((resolve) => (resolveReady = resolve));
  let hostRunStateOverwritten = false;
  let losses: Losses = new Map();
  function onTransaction(tr: Y.Transaction): void {
    if (tr.origin !== LOCAL && tr.origin !== RESTORE) losses = concurrentLosses(tr, (type) => tables.get(type));
  }

  /**
   * This laptop's own updates are stored a moment later, several in one transaction: the commit they
   * come from is in SQLite already, so a crash before they are stored loses nothing (the reconcile
   * at the next start puts the rows back into the doc), and a note's save does not wait for a
   * second disk write. A remote update is stored in the transaction that writes its rows.
   */
  let kept: Uint8Array[] = [];
  let keepTimer: ReturnType<typeof setImmediate> | null = null;
  function writeKept(): void {
    if (keepTimer) clearImmediate(keepTimer);
    keepTimer = null;
    if (kept.length === 0 || !db.open) return;
    const updates = kept;
    kept = [];
    db.transaction(() => store.append(Y.mergeUpdates(updates), doc))();
  }
  function keepLater(update: Uint8Array): void {
    kept.push(update);
    keepTimer ??= setImmediate(writeKept);
  }

  /** Doc → SQLite, and every update (local ones too) into the data folder. */
  function onUpdate(update: Uint8Array, origin: unknown, _doc: Y.Doc, tr: Y.Transaction): void {
    if (origin === RESTORE) return;
    if (origin === LOCAL) {
      keepLater(update);
      return;
    }
    let topics = new Set<Topic>();
    db.transaction(() => {
      writeKept();
      store.append(update, doc);
      const changed = new Map<TableName, Set<string>>();
      const add = (table: TableName, key: string) => changed.set(table, (changed.get(table) ?? new Set()).add(key));
      for (const [type, keys] of tr.changed) {
        const table = tables.get(type);
        if (table) for (const key of keys) if (key !== null) add(table, key);
        const item = type._item;
        const parent = item ? tables.get(item.parent as object) : undefined;
        if (parent && item?.parentSub) add(parent, item.parentSub);
      }
      if (role === 'host' && changed.has('run_state')) {
        changed.delete('run_state');
        hostRunStateOverwritten = true;
      }
      const result = writer.apply(changed, losses);
      losses = new Map();
      topics = result.topics;
      if (result.mappingChanged || (sessionId === null && meta.get('sessionId'))) {
        const arrived = meta.get('sessionId');
        if (sessionId === null && arrived && db.prepare('SELECT 1 FROM session WHERE id = ?').get(arrived)) sessionId = arrived;
        save();
      }
      outbox.forget(result.written);
    })();
    if (hostRunStateOverwritten) {
      // Only the runner writes the run: a member's run state is put back to the runner's.
      hostRunStateOverwritten = false;
      const rows = db.prepare('SELECT * FROM run_state WHERE session_id = ?').all(sessionId) as Row[];
      doc.transact(() => rows.forEach((row) => publish(tableSpec('run_state'), row)), LOCAL);
    }
    if (topics.size > 0) target.announce([...topics]);
    if (sessionId !== null) resolveReady(sessionId);
  }

  const outbox = openOutbox(db);
  outbox.take();
  save();
  doc.on('afterTransaction', onTransaction);
  doc.on('update', onUpdate);
  reconcile();
  const unsubscribe = target.subscribe(() => flush(outbox.take()));
  if (sessionId !== null) resolveReady(sessionId);

  return {
    doc,
    roomId: options.roomId,
    sessionId: () => sessionId,
    ready,
    close() {
      unsubscribe();
      writeKept();
      doc.off('update', onUpdate);
      doc.off('afterTransaction', onTransaction);
      outbox.drop();
      doc.destroy();
    },
  };
}
