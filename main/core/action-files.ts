/**
 * Files attached to a task (issue 17): to a progress report or as the deliverable. The row says what
 * the file is; the bytes are kept in the data folder by their sha256, through the store the runtime
 * gives the core (HostServices.files), so the same bytes attached twice are kept once. A deleted file
 * goes to the Trash; its bytes stay until nothing names them.
 */
import { AppError } from '../../shared/contract/result.js';
import { cleanFileName, MAX_FILE_BYTES, MAX_FILE_MB, mimeOf, type ActionFile, type FileRole } from '../../shared/action-files.js';
import type { CoreContext, HandlerMap, ReadContext } from './context.js';
import { recordChange } from './action-history.js';
import { actionRow } from './actions-read.js';
import { restoreFromTrash, softDelete } from './entity-lifecycle.js';
import { nowIso } from './sql.js';

interface FileRow {
  id: string;
  action_id: string;
  progress_id: string | null;
  role: string;
  name: string;
  sha256: string;
  size: number;
  mime: string;
  created_at: string;
  deleted_at: string | null;
}

const toFile = (r: FileRow): ActionFile => ({
  id: r.id,
  actionId: r.action_id,
  progressId: r.progress_id,
  role: r.role as FileRole,
  name: r.name,
  sha256: r.sha256,
  size: r.size,
  mime: r.mime,
  createdAt: r.created_at,
});

/** A task's live files (of its live progress reports and its deliverable), in the order attached. */
export function listFiles(ctx: ReadContext, actionId: string): ActionFile[] {
  const rows = ctx.db
    .prepare(
      `SELECT f.* FROM action_file f LEFT JOIN action_progress p ON p.id = f.progress_id
        WHERE f.action_id = ? AND f.deleted_at IS NULL AND p.deleted_at IS NULL ORDER BY f.created_at, f.id`,
    )
    .all(actionId) as FileRow[];
  return rows.map(toFile);
}

function fileRow(ctx: CoreContext, id: string): FileRow {
  const row = ctx.db
    .prepare('SELECT f.* FROM action_file f JOIN action_item a ON a.id = f.action_id WHERE f.id = ? AND f.deleted_at IS NULL AND a.deleted_at IS NULL')
    .get(id) as FileRow | undefined;
  if (!row) throw new AppError('not_found', { entity: 'action_file', id });
  return row;
}

/** The bytes of an attach (base64 checked by the channel), refused with the limit when larger than MAX_FILE_BYTES. */
function decode(base64: string): Buffer {
  // Checked before decoding: a huge string is refused without building its bytes.
  if ((base64.length / 4) * 3 - (base64.match(/=+$/)?.[0].length ?? 0) > MAX_FILE_BYTES) {
    throw new AppError('validation', undefined, [{ path: 'base64', code: 'file_too_large', limit: MAX_FILE_MB }]);
  }
  return Buffer.from(base64, 'base64');
}

export const fileHandlers: Pick<HandlerMap<'action'>, 'action.attachFile' | 'action.fileBytes' | 'action.fileDelete' | 'action.fileRestore'> = {
  'action.attachFile': (input, ctx) => {
    const action = actionRow(ctx, input.actionId);
    const name = cleanFileName(input.name);
    if (name === null) throw new AppError('validation', undefined, [{ path: 'name', code: 'file_name_invalid' }]);
    if (input.role === 'progress' && !input.progressId) throw new AppError('validation', undefined, [{ path: 'progressId', code: 'required' }]);
    if (input.progressId) {
      if (input.role !== 'progress') throw new AppError('validation', undefined, [{ path: 'role', code: 'invalid_value' }]);
      const report = ctx.db.prepare('SELECT 1 FROM action_progress WHERE id = ? AND action_id = ? AND deleted_at IS NULL').get(input.progressId, action.id);
      if (!report) throw new AppError('not_found', { entity: 'action_progress', id: input.progressId });
    }
    const bytes = decode(input.base64);
    // The bytes go in before the row: if the row is then refused or rolled back, what is left is an
    // unnamed copy in files/ (harmless; the same bytes reuse it), never a row without its bytes.
    const { sha256, size } = ctx.host.files.put(bytes);
    const id = ctx.newId();
    const at = nowIso(ctx);
    ctx.db
      .prepare('INSERT INTO action_file (id, action_id, progress_id, role, name, sha256, size, mime, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)')
      .run(id, action.id, input.progressId ?? null, input.role, name, sha256, size, mimeOf(name), at);
    recordChange(ctx, action.id, 'fileAttached', null, name);
    ctx.db.prepare('UPDATE action_item SET updated_at = ? WHERE id = ?').run(at, action.id);
    ctx.changed('action', action.programme_id, action.id);
    return toFile(fileRow(ctx, id));
  },

  'action.fileBytes': (input, ctx) => {
    const row = fileRow(ctx, input.id);
    const bytes = ctx.host.files.get(row.sha256);
    if (!bytes) throw new AppError('invalid_state', { reason: 'file_missing' });
    return { name: row.name, mime: row.mime, base64: bytes.toString('base64') };
  },

  'action.fileDelete': (input, ctx) => {
    fileRow(ctx, input.id);
    softDelete(ctx, 'action_file', input.id);
    return null;
  },

  'action.fileRestore': (input, ctx) => {
    restoreFromTrash(ctx, 'action_file', input.id);
    return toFile(fileRow(ctx, input.id));
  },
};
