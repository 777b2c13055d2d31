import { migration as m001 } from './001-directory-and-sessions.js';
import { migration as m002 } from './002-agenda-and-run.js';
import { migration as m003 } from './003-notes-and-search.js';
import { migration as m004 } from './004-action-items.js';
import { migration as m005 } from './005-minutes.js';
import { migration as m006 } from './006-action-search-trigger.js';
import { migration as m007 } from './007-search-catch-up.js';
import { migration as m008 } from './008-search-term-list.js';
import { migration as m009 } from './009-note-version-placement.js';
import { migration as m010 } from './010-sittings-officers-countdown.js';
import { migration as m011 } from './011-purge-tombstones.js';
import { migration as m012 } from './012-programme-time-zone.js';
import { migration as m013 } from './013-search-pinyin-minutes.js';
import { migration as m014 } from './014-protocol-order.js';
import { migration as m015 } from './015-work-calendar.js';
import { migration as m016 } from './016-task-followup.js';
import { migration as m017 } from './017-action-files.js';
import { migration as m018 } from './018-room-replica.js';
import type { Migration } from './migration.js';

export type { Migration };

/**
 * Ordered, append-only: a new migration is the next NNN-name.ts file exporting its `migration`
 * object (version N+1), listed last here. Never edit a migration that has shipped. main/db/open.ts
 * refuses a list whose versions are not exactly 1..N in order (checkMigrations).
 */
export const MIGRATIONS: readonly Migration[] = [
  m001,
  m002,
  m003,
  m004,
  m005,
  m006,
  m007,
  m008,
  m009,
  m010,
  m011,
  m012,
  m013,
  m014,
  m015,
  m016,
  m017,
  m018,
];

export const LATEST_VERSION = MIGRATIONS.length === 0 ? 0 : MIGRATIONS[MIGRATIONS.length - 1]!.version;
