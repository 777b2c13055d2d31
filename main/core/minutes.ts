import { AppError } from '../../shared/contract/result.js';
import type { Locale } from '../../shared/contract/fields.js';
import { upgradeMinutesDocument, type MinutesDocument, type MinutesState, type MinutesVersion } from '../../shared/minutes.js';
import type { CoreContext, HandlerMap, ReadContext } from './context.js';
import { draftMinutes } from './minutes-draft.js';
import { handOrderedLists, keepHandOrder } from './minutes-order.js';
import { getProgramme } from './programmes.js';
import { getSession } from './sessions.js';
import { nowIso } from './sql.js';

interface MinutesRow {
  session_id: string;
  version: number;
  status: string;
  locale: string;
  document: string;
  updated_at: string;
  approved_at: string | null;
}

const toVersion = (r: MinutesRow): MinutesVersion => ({
  sessionId: r.session_id,
  version: r.version,
  status: r.status as MinutesState,
  locale: r.locale as Locale,
  // Documents stored before the 会议纪要 blocks are read in today's shape (see upgradeMinutesDocument).
  document: upgradeMinutesDocument(JSON.parse(r.document)) as MinutesDocument,
  updatedAt: r.updated_at,
  approvedAt: r.approved_at,
});

export function latestMinutes(ctx: ReadContext, sessionId: string): MinutesVersion | null {
  const row = ctx.db.prepare('SELECT * FROM minutes WHERE session_id = ? ORDER BY version DESC LIMIT 1').get(sessionId) as MinutesRow | undefined;
  return row ? toVersion(row) : null;
}

export function requireVersion(ctx: ReadContext, sessionId: string, version: number): MinutesVersion {
  const row = ctx.db.prepare('SELECT * FROM minutes WHERE session_id = ? AND version = ?').get(sessionId, version) as MinutesRow | undefined;
  if (!row) throw new AppError('not_found', { entity: 'minutes', id: `${sessionId}#${version}` });
  return toVersion(row);
}

/** The name lists of a version the secretary reordered by hand (minutes-order.ts). */
function handOrdered(ctx: ReadContext, sessionId: string, version: number): string[] {
  const row = ctx.db.prepare('SELECT hand_ordered FROM minutes WHERE session_id = ? AND version = ?').get(sessionId, version) as
    | { hand_ordered: string }
    | undefined;
  return row ? (JSON.parse(row.hand_ordered) as string[]) : [];
}

/** Keeps the session's own minutes status (shown on the programme screen) in step with the latest version. */
function syncSessionStatus(ctx: CoreContext, sessionId: string, status: MinutesState) {
  ctx.db.prepare('UPDATE session SET minutes_status = ?, updated_at = ? WHERE id = ?').run(status, nowIso(ctx), sessionId);
  ctx.changed('session', sessionId);
}

export const minutesHandlers: HandlerMap<'minutes'> = {
  'minutes.get': (input, ctx) => {
    getSession(ctx, input.sessionId);
    const versions = (
      ctx.db.prepare('SELECT version, status, updated_at, approved_at FROM minutes WHERE session_id = ? ORDER BY version DESC').all(input.sessionId) as {
        version: number;
        status: MinutesState;
        updated_at: string;
        approved_at: string | null;
      }[]
    ).map((r) => ({ version: r.version, status: r.status, updatedAt: r.updated_at, approvedAt: r.approved_at }));
    return { current: latestMinutes(ctx, input.sessionId), versions };
  },

  'minutes.version': (input, ctx) => {
    getSession(ctx, input.sessionId);
    return requireVersion(ctx, input.sessionId, input.version);
  },

  'minutes.generate': (input, ctx) => {
    const session = getSession(ctx, input.sessionId);
    const locale = input.locale ?? getProgramme(ctx, session.programmeId).locale;
    const latest = latestMinutes(ctx, input.sessionId);
    if (latest?.status === 'approved') throw new AppError('invalid_state', { reason: 'minutes_approved' });
    const fresh = draftMinutes(ctx, input.sessionId, locale);
    const document = JSON.stringify(latest ? keepHandOrder(fresh, latest.document, handOrdered(ctx, input.sessionId, latest.version)) : fresh);
    const at = nowIso(ctx);
    if (latest) {
      ctx.db
        .prepare('UPDATE minutes SET document = ?, locale = ?, updated_at = ? WHERE session_id = ? AND version = ?')
        .run(document, locale, at, input.sessionId, latest.version);
    } else {
      ctx.db
        .prepare('INSERT INTO minutes (session_id, version, status, locale, document, created_at, updated_at) VALUES (?, 1, ?, ?, ?, ?, ?)')
        .run(input.sessionId, 'draft', locale, document, at, at);
    }
    syncSessionStatus(ctx, input.sessionId, 'draft');
    ctx.changed('minutes', input.sessionId);
    return latestMinutes(ctx, input.sessionId)!;
  },

  'minutes.update': (input, ctx) => {
    getSession(ctx, input.sessionId);
    const current = requireVersion(ctx, input.sessionId, input.version);
    if (current.status === 'approved') throw new AppError('invalid_state', { reason: 'minutes_approved' });
    const reordered = new Set([...handOrdered(ctx, input.sessionId, input.version), ...handOrderedLists(current.document, input.document as MinutesDocument)]);
    ctx.db
      .prepare('UPDATE minutes SET document = ?, hand_ordered = ?, updated_at = ? WHERE session_id = ? AND version = ?')
      .run(JSON.stringify(input.document), JSON.stringify([...reordered]), nowIso(ctx), input.sessionId, input.version);
    ctx.changed('minutes', input.sessionId);
    return requireVersion(ctx, input.sessionId, input.version);
  },

  'minutes.approve': (input, ctx) => {
    getSession(ctx, input.sessionId);
    const current = requireVersion(ctx, input.sessionId, input.version);
    if (current.status === 'approved') throw new AppError('invalid_state', { reason: 'minutes_approved' });
    const at = nowIso(ctx);
    ctx.db
      .prepare("UPDATE minutes SET status = 'approved', approved_at = ?, updated_at = ? WHERE session_id = ? AND version = ?")
      .run(at, at, input.sessionId, input.version);
    syncSessionStatus(ctx, input.sessionId, 'approved');
    ctx.changed('minutes', input.sessionId);
    return requireVersion(ctx, input.sessionId, input.version);
  },

  'minutes.newVersion': (input, ctx) => {
    getSession(ctx, input.sessionId);
    const latest = latestMinutes(ctx, input.sessionId);
    if (!latest || latest.status !== 'approved') throw new AppError('invalid_state', { reason: 'minutes_not_approved' });
    const at = nowIso(ctx);
    ctx.db
      .prepare(
        'INSERT INTO minutes (session_id, version, status, locale, document, hand_ordered, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
      )
      .run(
        input.sessionId,
        latest.version + 1,
        'draft',
        latest.locale,
        JSON.stringify(latest.document),
        JSON.stringify(handOrdered(ctx, input.sessionId, latest.version)),
        at,
        at,
      );
    syncSessionStatus(ctx, input.sessionId, 'draft');
    ctx.changed('minutes', input.sessionId);
    return latestMinutes(ctx, input.sessionId)!;
  },
};
