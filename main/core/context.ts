import type BetterSqlite3 from 'better-sqlite3';
import type { ChannelName, OutputOf, ParsedInputOf, SyncChannelName } from '../../shared/contract/channels.js';
import type { DbHealth } from '../../shared/contract/channels-recovery.js';
import type { Topic } from '../../shared/contract/events.js';
import type { AppInfo, BackupInfo } from '../../shared/domain.js';
import type { FileStore } from '../db/file-store.js';

/** What a handler may use. No Electron, no HTTP: the same handlers serve every transport. */
export interface CoreContext {
  db: BetterSqlite3.Database;
  /** Injectable for tests (due dates, timers, history stamps). */
  now(): Date;
  newId(): string;
  /** Records what this call changed; events go out only after the transaction commits. */
  changed(topic: Topic, ...ids: string[]): void;
  host: HostServices;
}

/**
 * What a read needs: the database and the clock. The read use cases take this, so exports (which
 * read in their own transaction and never write) call them without a stand-in for the rest.
 */
export type ReadContext = Pick<CoreContext, 'db' | 'now'>;

/** Things outside the database a handler may need, provided by whoever runs the core. */
export interface HostServices {
  info(): AppInfo;
  backup(): BackupInfo;
  listBackups(): BackupInfo[];
  /** The answer of the full database check run in idle time (main/core/health.ts). */
  health(): DbHealth;
  /** The bytes of attached files, kept in the data folder by their hash (main/db/file-store.ts). */
  files: FileStore;
}

export type Handler<C extends ChannelName> = (input: ParsedInputOf<C>, ctx: CoreContext) => OutputOf<C>;

/** The handlers of one domain area: every channel whose name starts with `prefix.`. */
export type HandlerMap<Prefix extends string> = {
  [C in Extract<SyncChannelName, `${Prefix}.${string}`>]: Handler<C>;
};

/** Every synchronous channel; the asynchronous ones (exports) live in main/export, served by main/service. */
export type AllHandlers = { [C in SyncChannelName]: Handler<C> };

/**
 * The areas whose handlers live above the core (main/bundle, main/sample): they use the core, so the
 * core cannot import them. The composition root (main/service/handlers.ts) adds them.
 */
type OuterArea = 'bundle' | 'sample';

/** Every synchronous channel the core itself answers. */
export type CoreHandlers = { [C in Exclude<SyncChannelName, `${OuterArea}.${string}`>]: Handler<C> };
