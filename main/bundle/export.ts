import { createHash } from 'node:crypto';
import type { ExportedFile } from '../../shared/minutes.js';
import { BUNDLE_EXTENSION } from '../../shared/minutes.js';
import type { CoreContext } from '../core/context.js';
import { requireLive } from '../core/sql.js';
import { schemaVersion } from '../db/open.js';
import { pack } from './archive.js';
import { collectRows, type Scope } from '../core/scope-rows.js';
import { localDay } from '../../shared/local-day.js';
import { safeFileName } from './file-name.js';
import { FORMAT, FORMAT_VERSION, MIME } from './format.js';
import type { Manifest } from './manifest.js';
import { TABLE_NAMES, type Row } from '../core/tables.js';
import { AppError } from '../../shared/contract/result.js';

/** Resolves what the caller asked for into a scope, refusing what is missing or in the trash. */
function scopeOf(ctx: CoreContext, input: { sessionId?: string | undefined; programmeId?: string | undefined }): Scope & { title: string } {
  if (input.sessionId) {
    requireLive(ctx, 'session', input.sessionId);
    const row = ctx.db
      .prepare('SELECT s.title, s.stage_id, st.programme_id FROM session s JOIN stage st ON st.id = s.stage_id WHERE s.id = ?')
      .get(input.sessionId) as { title: string; stage_id: string; programme_id: string };
    return { kind: 'session', id: input.sessionId, programmeId: row.programme_id, stageId: row.stage_id, title: row.title };
  }
  const programmeId = input.programmeId!;
  requireLive(ctx, 'programme', programmeId);
  const row = ctx.db.prepare('SELECT title FROM programme WHERE id = ?').get(programmeId) as { title: string };
  return { kind: 'programme', id: programmeId, programmeId, title: row.title };
}

/** The bytes of every file the rows name, once per content; a file whose bytes are gone refuses the export. */
function attachedBytes(ctx: CoreContext, rows: readonly Row[]): Map<string, Uint8Array> {
  const files = new Map<string, Uint8Array>();
  for (const sha256 of new Set(rows.map((row) => row.sha256 as string))) {
    const bytes = ctx.host.files.get(sha256);
    if (!bytes) throw new AppError('invalid_state', { reason: 'file_missing' });
    files.set(sha256, bytes);
  }
  return files;
}

/** A `.convene` file of one session or one programme: manifest.json and data.json in a zip. */
export function exportBundle(ctx: CoreContext, input: { sessionId?: string | undefined; programmeId?: string | undefined }): ExportedFile {
  const scope = scopeOf(ctx, input);
  const data = collectRows(ctx.db, scope);
  const dataBytes = Buffer.from(JSON.stringify(data), 'utf8');
  const exportedAt = ctx.now();
  const manifest: Manifest = {
    format: FORMAT,
    formatVersion: FORMAT_VERSION,
    schemaVersion: schemaVersion(ctx.db),
    exportedAt: exportedAt.toISOString(),
    scope: { kind: scope.kind, id: scope.id },
    appVersion: ctx.host.info().version,
    counts: Object.fromEntries(TABLE_NAMES.map((name) => [name, data[name].length])) as Manifest['counts'],
    sha256: createHash('sha256').update(dataBytes).digest('hex'),
  };
  const zip = pack({ manifest: Buffer.from(JSON.stringify(manifest, null, 2), 'utf8'), data: dataBytes, attachments: attachedBytes(ctx, data.action_file) }, exportedAt);
  return {
    fileName: `${safeFileName(scope.title)}-${localDay(exportedAt)}${BUNDLE_EXTENSION}`,
    mime: MIME,
    base64: Buffer.from(zip.buffer, zip.byteOffset, zip.byteLength).toString('base64'),
    bytes: zip.byteLength,
  };
}
