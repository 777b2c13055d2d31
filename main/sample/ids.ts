/**
 * Ids of the sample's rows, derived from the data keys so the same sample always lands on the same
 * ids (tests, end-to-end scripts and bug reports can name them), yet loading it again never collides.
 *
 * - Rows a programme owns (the programme, its stages, sessions, sittings, agenda items and speakers;
 *   attendance is keyed by session and person) belong to one *copy* of the sample: `sample-zh-1`,
 *   `sample-zh-1-stage-themed`, `sample-zh-1-session-business_environment`,
 *   `sample-zh-1-sitting-leadership_seminar-2`, `sample-zh-1-item-leadership_seminar-round_am`,
 *   `sample-zh-1-speaker-leadership_seminar-round_am-2`, its plans and notes (`sample-zh-1-plan-talent`,
 *   `sample-zh-1-note-s2_zeng_talent`), its tasks and their required contents
 *   (`sample-zh-1-action-specialised_policy`, `sample-zh-1-check-specialised_policy-1`), its minutes
 *   (keyed by session), ... Purging a programme removes all of them (foreign keys cascade), so a copy's ids are free exactly when its programme row is gone.
 * - Loading when a live copy exists returns it untouched (the user may have edited it). When every
 *   copy is in the trash, a new copy is made under the lowest free number (trashed copies stay
 *   restorable); after a purge, number 1 is free again and comes back with its old ids.
 * - The directory (units, people) is shared by every programme and outlives copies. Its rows are
 *   `sample-zh-unit-finance`, `sample-zh-person-jiang_chen`; when that id is taken by a row that cannot
 *   be reused (trashed), the next free `-2`, `-3`, ... suffix is used (see directory.ts for reuse).
 * - The language tag (`zh`, `en`) keeps the Chinese and the English sample apart.
 */
import type BetterSqlite3 from 'better-sqlite3';
import { id as idField, type Locale } from '../../shared/contract/fields.js';
import type { ActionKey, NoteKey, PlanKey, SessionKey, StageKey } from './types.js';

const TAG: Readonly<Record<Locale, string>> = { 'zh-CN': 'zh', en: 'en' };

/** Every derived id goes through here: a key that makes an invalid id is a bug in the data. */
function checked(id: string): string {
  if (!idField.safeParse(id).success) throw new Error(`sample id is not a valid id: ${id}`);
  return id;
}

export interface CopyIds {
  copy: number;
  programme: string;
  stage(key: StageKey): string;
  session(key: SessionKey): string;
  /** `index` from 0, in the order of the session's sittings. */
  sitting(session: SessionKey, index: number): string;
  /** `item` is the agenda item's key (data/structure.ts `AGENDAS`), unique within its session. */
  agendaItem(session: SessionKey, item: string): string;
  /** `index` from 0, in the order of the item's speaker queue. */
  speaker(session: SessionKey, item: string, index: number): string;
  plan(key: PlanKey): string;
  /** Note keys are unique across the sample (data/structure.ts `NOTES`). */
  note(key: NoteKey): string;
  action(key: ActionKey): string;
  /** `index` from 0, in the order of the task's required contents. */
  check(action: ActionKey, index: number): string;
}

export function copyIds(locale: Locale, copy: number): CopyIds {
  const programme = checked(`sample-${TAG[locale]}-${copy}`);
  return {
    copy,
    programme,
    stage: (key) => checked(`${programme}-stage-${key}`),
    session: (key) => checked(`${programme}-session-${key}`),
    sitting: (session, index) => checked(`${programme}-sitting-${session}-${index + 1}`),
    agendaItem: (session, item) => checked(`${programme}-item-${session}-${item}`),
    speaker: (session, item, index) => checked(`${programme}-speaker-${session}-${item}-${index + 1}`),
    plan: (key) => checked(`${programme}-plan-${key}`),
    note: (key) => checked(`${programme}-note-${key}`),
    action: (key) => checked(`${programme}-action-${key}`),
    check: (action, index) => checked(`${programme}-check-${action}-${index + 1}`),
  };
}

export type DirectoryTable = 'unit' | 'person';

/** The id a directory row of the sample would like to have; see `freeId` for when it is taken. */
export function directoryId(locale: Locale, table: DirectoryTable, key: string): string {
  return checked(`sample-${TAG[locale]}-${table}-${key}`);
}

/** `base`, or the first of `base-2`, `base-3`, ... that no row of `table` (live or trashed) uses. */
export function freeId(db: BetterSqlite3.Database, table: DirectoryTable, base: string): string {
  const taken = db.prepare(`SELECT 1 FROM ${table} WHERE id = ?`);
  for (let n = 1; ; n += 1) {
    const id = checked(n === 1 ? base : `${base}-${n}`);
    if (!taken.get(id)) return id;
  }
}

/** Which copy a load should return (`live`) or create (not `live`). */
export function chooseCopy(db: BetterSqlite3.Database, locale: Locale): { copy: number; live: boolean } {
  const prefix = `sample-${TAG[locale]}-`;
  const rows = db
    .prepare(`SELECT id, deleted_at FROM programme WHERE id GLOB ? || '[0-9]*'`)
    .all(prefix) as { id: string; deleted_at: string | null }[];
  const copies = new Map<number, boolean>();
  for (const row of rows) {
    const suffix = row.id.slice(prefix.length);
    if (/^[1-9]\d*$/.test(suffix)) copies.set(Number(suffix), row.deleted_at === null);
  }
  const live = [...copies].filter(([, isLive]) => isLive).map(([copy]) => copy);
  if (live.length > 0) return { copy: Math.min(...live), live: true };
  let copy = 1;
  while (copies.has(copy)) copy += 1;
  return { copy, live: false };
}
