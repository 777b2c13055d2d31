/**
 * The room's shared document (issue 18): how a session is laid out in one Y.Doc.
 *
 * - `meta` (Y.Map): sessionId, stageId, programmeId of the shared session, written by the host.
 * - `t:<table>` (Y.Map), one per table a session bundle carries (core/tables.ts TABLES, the session
 *   scope of core/scope-rows.ts): row key → Y.Map of column → value. A row is a map of its own, so
 *   two laptops editing different fields of one row both keep their edit; the same field resolves by
 *   Yjs's rule (deterministic on every laptop). Soft deletes and restores are `deleted_at` edits and
 *   merge like any field; a hard delete (a speaker taken off the queue) removes the row's key.
 * - Row keys are the table's key (rowKey: the UUID, or the JSON of a composite key), in the doc's ids:
 *   a directory entry (unit, person) matched to a local one under another id is translated both ways
 *   (mapping.ts). `action_history`, whose key is a local counter, is keyed by a hash of its content
 *   and carries no `id` (each laptop numbers its own lines).
 * - `log` (Y.Map): row path `<table>/<key>` → Y.Array of edits ({ c: columns written, by: replica,
 *   at }), appended by the laptop that wrote them and never changed: every value ever written,
 *   the one that lost a same-field conflict included, stays in the document.
 */
import { createHash } from 'node:crypto';
import * as Y from 'yjs';
import { TABLES, TABLE_NAMES, rowKey, type Row, type TableName, type TableSpec } from '../core/tables.js';
import type { Topic } from '../../shared/contract/events.js';

/** The origin of the transactions that carry this laptop's own commits into the doc. */
export const LOCAL = Symbol('convene-local');
/** The origin of the updates read back from the data folder at start. */
export const RESTORE = Symbol('convene-restore');

export const tableMap = (doc: Y.Doc, table: TableName): Y.Map<Y.Map<unknown>> => doc.getMap(`t:${table}`);
export const metaMap = (doc: Y.Doc): Y.Map<string> => doc.getMap('meta');
export const logMap = (doc: Y.Doc): Y.Map<Y.Array<unknown>> => doc.getMap('log');

/** Which table a root map of the doc holds (identity of the Y.Map), for reading a transaction's changes. */
export function tablesOf(doc: Y.Doc): Map<object, TableName> {
  return new Map<object, TableName>(TABLE_NAMES.map((name) => [tableMap(doc, name), name]));
}

/** The columns a row carries in the doc: all but a local counter key. */
export function docColumns(spec: TableSpec): string[] {
  return Object.keys(spec.row.shape).filter((column) => !(spec.localKey && spec.key.includes(column)));
}

/** A row's key in the doc (the row in the doc's ids). */
export function docKey(spec: TableSpec, row: Row): string {
  if (!spec.localKey) return rowKey(spec, row);
  const content = docColumns(spec).map((column) => row[column] ?? null);
  return createHash('sha256').update(JSON.stringify(content)).digest('hex').slice(0, 32);
}

/** What the open windows refetch when a table changed under them. */
export const TOPIC_OF: Record<TableName, Topic[]> = {
  programme: ['programme'],
  stage: ['stage'],
  unit: ['unit'],
  person: ['person'],
  session: ['session'],
  sitting: ['sitting', 'agenda'],
  attendance: ['attendance'],
  agenda_item: ['agenda', 'run'],
  speaker: ['agenda', 'run'],
  speech: ['agenda', 'run'],
  run_state: ['run'],
  plan: ['plan'],
  note: ['note'],
  note_version: ['note'],
  action_item: ['action'],
  action_co_unit: ['action'],
  action_check: ['action'],
  action_history: ['action'],
  action_progress: ['action'],
  action_extension: ['action'],
  action_file: ['action'],
  minutes: ['minutes'],
};

export const SPECS_IN_ORDER: readonly TableSpec[] = TABLES;
