import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fileSizeLabel, MAX_FILE_BYTES, MAX_FILE_MB, type ActionFile, type FileRole } from '../../../../shared/action-files.js';
import { useClient } from '../../app/client.js';
import { useRunResult } from '../../components/run.js';
import { download, readAsBase64 } from '../export/deliver.js';

/**
 * Files of a progress report or of the deliverable (issue 17): listed with name and size, downloaded
 * through action.fileBytes, deleted to the Trash with Undo here (the panel is modal: a toast outside
 * it cannot be reached).
 */
export function FileList({ files, announce }: { files: readonly ActionFile[]; announce: (text: string) => void }) {
  const { t } = useTranslation(['board', 'common']);
  const client = useClient();
  const run = useRunResult();
  const [deleted, setDeleted] = useState<ActionFile | null>(null);
  const save = async (file: ActionFile) => {
    const result = await run('action.fileBytes', { id: file.id });
    if (result.ok) download({ fileName: result.value.name, mime: result.value.mime, base64: result.value.base64, bytes: file.size });
  };
  const remove = async (file: ActionFile) => {
    if (!(await run('action.fileDelete', { id: file.id })).ok) return;
    setDeleted(file);
    announce(t('followUp.fileDeleted', { name: file.name }));
  };
  const restore = async (file: ActionFile) => {
    if (!(await client.call('action.fileRestore', { id: file.id })).ok) return;
    setDeleted(null);
    announce(t('followUp.fileRestored', { name: file.name }));
  };
  return (
    <>
      {files.length > 0 ? (
        <ul className="followup-files" aria-label={t('followUp.files')}>
          {files.map((file) => (
            <li key={file.id} data-testid="task-file">
              <button type="button" className="button ghost small" aria-label={t('followUp.fileDownload', { name: file.name })} onClick={() => void save(file)}>
                {file.name}
              </button>
              <span className="muted small">{fileSizeLabel(file.size)}</span>
              <button type="button" className="button ghost small" aria-label={t('followUp.fileDelete', { name: file.name })} onClick={() => void remove(file)}>
                <span aria-hidden="true">×</span>
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      {deleted ? (
        <p className="followup-undo" data-testid="file-undo">
          {t('followUp.fileDeleted', { name: deleted.name })}{' '}
          <button type="button" className="button small" onClick={() => void restore(deleted)}>
            {t('common:action.undo')}
          </button>
        </p>
      ) : null}
    </>
  );
}

/** Sends picked files one by one; one over the limit is named and skipped, the others still go. */
export function useAttach(announce: (text: string) => void) {
  const { t } = useTranslation(['board']);
  const run = useRunResult();
  return async (actionId: string, role: FileRole, picked: readonly File[], progressId?: string) => {
    let attached = 0;
    for (const file of picked) {
      if (file.size > MAX_FILE_BYTES) {
        announce(t('followUp.fileTooLarge', { name: file.name, limit: MAX_FILE_MB }));
        continue;
      }
      const base64 = await readAsBase64(file);
      const result = await run('action.attachFile', { actionId, role, name: file.name, base64, ...(progressId ? { progressId } : {}) });
      if (result.ok) attached++;
    }
    if (attached > 0) announce(t('followUp.filesAttached', { count: attached }));
  };
}

/** A keyboard-reachable file picker (several at once), labelled. */
export function FilePicker({ label, onPick, testId }: { label: string; onPick: (files: File[]) => void; testId: string }) {
  const [key, setKey] = useState(0);
  return (
    <label className="field followup-file-pick">
      <span className="field-label">{label}</span>
      <input
        key={key}
        type="file"
        multiple
        data-testid={testId}
        onChange={(event) => {
          onPick([...(event.target.files ?? [])]);
          setKey((k) => k + 1);
        }}
      />
    </label>
  );
}
