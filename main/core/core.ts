import { randomUUID } from 'node:crypto';
import type BetterSqlite3 from 'better-sqlite3';
import type { z } from 'zod';
import { channels, isAsyncChannel, isChannelName, type SyncChannelName } from '../../shared/contract/channels.js';
import { isRoomChannel } from '../../shared/contract/channels-room.js';
import type { ChangeEvent, Topic } from '../../shared/contract/events.js';
import { toFieldIssues } from '../../shared/contract/issues.js';
import { AppError, type Result } from '../../shared/contract/result.js';
import { withStatementCache } from '../db/statement-cache.js';
import type { AllHandlers, CoreContext, HostServices } from './context.js';

/**
 * Channels that cannot run inside a transaction (VACUUM INTO refuses to) or do not read the database
 * at all (db.health answers from memory). They write nothing themselves.
 */
const OUTSIDE_TRANSACTION: ReadonlySet<SyncChannelName> = new Set(['backup.create', 'backup.list', 'app.info', 'db.health']);

export interface CoreOptions {
  db: BetterSqlite3.Database;
  host: HostServices;
  now?: () => Date;
  newId?: () => string;
  /** Every channel's handler: the composition root (main/service/handlers.ts) gathers them. */
  handlers: AllHandlers;
  /** Where unexpected errors are reported (never to the caller). */
  log?: (message: string, error: unknown) => void;
}

export interface Core {
  /** Validates, runs in one transaction, emits change events after commit. Never throws. */
  call(channel: string, input: unknown): Result<unknown>;
  subscribe(listener: (event: ChangeEvent) => void): () => void;
  /** Tells every window that views of these topics are stale without a write (e.g. the test clock moved). */
  announce(topics: Topic[]): void;
  readonly db: BetterSqlite3.Database;
}

/** SQLite's own refusals that a user can cause, mapped to codes the UI can explain. */
function fromSqliteError(error: unknown): AppError | null {
  const code = (error as { code?: unknown }).code;
  if (typeof code !== 'string') return null;
  if (code === 'SQLITE_FULL') return new AppError('storage_full');
  if (code === 'SQLITE_CONSTRAINT_FOREIGNKEY') return new AppError('not_found', { entity: 'reference' });
  if (code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY') return new AppError('conflict', { reason: 'duplicate' });
  if (code === 'SQLITE_CONSTRAINT_CHECK') return new AppError('validation', undefined, [{ path: '', code: 'check' }]);
  if (code === 'SQLITE_IOERR' || code.startsWith('SQLITE_IOERR_') || code === 'SQLITE_READONLY') return new AppError('io');
  if (code === 'SQLITE_CORRUPT' || code === 'SQLITE_NOTADB') return new AppError('database_corrupt');
  return null;
}

export function createCore(options: CoreOptions): Core {
  const { host } = options;
  const db = withStatementCache(options.db);
  const { handlers } = options;
  const now = options.now ?? (() => new Date());
  const newId = options.newId ?? (() => randomUUID());
  const log = options.log ?? ((message, error) => console.error(message, error));
  const listeners = new Set<(event: ChangeEvent) => void>();
  let seq = 0;

  function run(channel: SyncChannelName, input: unknown): { value: unknown; topics: Set<Topic>; ids: Set<string> } {
    const schema = channels[channel].input as z.ZodType;
    const parsed = schema.safeParse(input);
    if (!parsed.success) throw new AppError('validation', undefined, toFieldIssues(parsed.error));
    const topics = new Set<Topic>();
    const ids = new Set<string>();
    const ctx: CoreContext = {
      db,
      now,
      newId,
      host,
      changed(topic, ...changedIds) {
        topics.add(topic);
        changedIds.forEach((id) => ids.add(id));
      },
    };
    const handler = handlers[channel] as (input: unknown, ctx: CoreContext) => unknown;
    if (OUTSIDE_TRANSACTION.has(channel)) return { value: handler(parsed.data, ctx), topics, ids };
    // IMMEDIATE: take the write lock up front, so a call never fails half-way on a lock upgrade.
    const value = db.transaction(() => handler(parsed.data, ctx)).immediate();
    return { value, topics, ids };
  }

  function emit(topics: Set<Topic>, ids: Set<string>) {
    if (topics.size === 0) return;
    const event: ChangeEvent = { topics: [...topics], ids: [...ids], seq: ++seq };
    for (const listener of listeners) {
      try {
        listener(event);
      } catch (error) {
        log('change listener failed', error);
      }
    }
  }

  return {
    db,
    call(channel, input) {
      // Asynchronous channels are main/service's, the room's main/room's; the core alone does not know them.
      if (!isChannelName(channel) || isAsyncChannel(channel) || isRoomChannel(channel)) {
        return { ok: false, error: { code: 'unknown_channel', params: { channel: String(channel).slice(0, 80) } } };
      }
      try {
        const { value, topics, ids } = run(channel, input);
        emit(topics, ids);
        return { ok: true, value };
      } catch (error) {
        if (error instanceof AppError) return { ok: false, error: error.toPayload() };
        const mapped = fromSqliteError(error);
        if (mapped) return { ok: false, error: mapped.toPayload() };
        log(`handler ${channel} failed`, error);
        return { ok: false, error: { code: 'internal' } };
      }
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    announce(topics) {
      emit(new Set(topics), new Set());
    },
  };
}
