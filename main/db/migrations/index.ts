import { sql as m001 } from './001-directory-and-sessions.js';
import { sql as m002 } from './002-agenda-and-run.js';
import { sql as m003 } from './003-notes-and-search.js';
import { sql as m004 } from './004-action-items.js';
import { sql as m005 } from './005-minutes.js';
import { sql as m006 } from './006-action-search-trigger.js';
import { sql as m007 } from './007-search-catch-up.js';
import { sql as m008 } from './008-search-term-list.js';
import { sql as m009 } from './009-note-version-placement.js';
import { sql as m010 } from './010-sittings-officers-countdown.js';
import { sql as m011 } from './011-purge-tombstones.js';
import { sql as m012 } from './012-programme-time-zone.js';

export interface Migration {
  /** The user_version the database has after this migration. */
  version: number;
  name: string;
  sql: string;
}

/**
 * Ordered, append-only. Never edit a migration that has shipped: add the next number.
 * The position in this list is checked against `version` by a test.
 */
export const MIGRATIONS: readonly Migration[] = [
  { version: 1, name: 'directory-and-sessions', sql: m001 },
  { version: 2, name: 'agenda-and-run', sql: m002 },
  { version: 3, name: 'notes-and-search', sql: m003 },
  { version: 4, name: 'action-items', sql: m004 },
  { version: 5, name: 'minutes', sql: m005 },
  { version: 6, name: 'action-search-trigger', sql: m006 },
  { version: 7, name: 'search-catch-up', sql: m007 },
  { version: 8, name: 'search-term-list', sql: m008 },
  { version: 9, name: 'note-version-placement', sql: m009 },
  { version: 10, name: 'sittings-officers-countdown', sql: m010 },
  { version: 11, name: 'purge-tombstones', sql: m011 },
  { version: 12, name: 'programme-time-zone', sql: m012 },
];

export const LATEST_VERSION = MIGRATIONS.length === 0 ? 0 : MIGRATIONS[MIGRATIONS.length - 1]!.version;
