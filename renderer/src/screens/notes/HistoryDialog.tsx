import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Note, NoteVersion } from '../../../../shared/notes.js';
import { useCall } from '../../app/client.js';
import { ErrorNotice, Loading } from '../../components/ErrorNotice.js';
import { ReadingDialog } from '../../components/ModalDialog.js';
import { formatDateTime } from '../../components/format.js';

/**
 * The previous versions of a note (note.history, newest first) under its current text, in a modal
 * dialog: focus is trapped, Escape or Close returns focus to where it was.
 */
export function HistoryDialog({ note, onClose }: { note: Note; onClose: () => void }) {
  const { t, i18n } = useTranslation(['capture', 'common']);
  const history = useCall('note.history', { id: note.id });
  const listId = useId();

  const current: NoteVersion = {
    version: note.version,
    text: note.text,
    category: note.category,
    speakerName: note.speakerName,
    important: note.important,
    agendaItemId: note.agendaItemId,
    agendaItemTitle: note.agendaItemTitle,
    disposition: note.disposition,
    dispositionReason: note.dispositionReason,
    editedAt: note.updatedAt,
  };

  return (
    <ReadingDialog title={<span id={listId}>{t('history.heading')}</span>} className="history-dialog" onClose={onClose}>
      {/* It scrolls when long: focusable, so the keyboard can scroll it too. */}
      <ol className="history-list" tabIndex={0} aria-labelledby={listId}>
        <Version version={current} label={t('history.current')} locale={i18n.language} current />
        {history.isPending ? (
          <li>
            <Loading />
          </li>
        ) : history.error ? (
          <li>
            <ErrorNotice error={history.error} onRetry={() => void history.refetch()} />
          </li>
        ) : history.data.length === 0 ? (
          <li className="muted history-none">{t('history.none')}</li>
        ) : (
          history.data.map((version) => (
            <Version key={version.version} version={version} label={t('history.version', { version: version.version })} locale={i18n.language} />
          ))
        )}
      </ol>
    </ReadingDialog>
  );
}

function Version({ version, label, locale, current }: { version: NoteVersion; label: string; locale: string; current?: boolean }) {
  const { t } = useTranslation('capture');
  const { t: to } = useTranslation('opinions');
  return (
    <li className={current ? 'history-version current' : 'history-version'}>
      <div className="history-meta">
        <strong>{label}</strong>
        <time dateTime={version.editedAt}>{formatDateTime(version.editedAt, locale)}</time>
        <span className={`cat-badge cat-${version.category}`}>{t(`category.${version.category}`)}</span>
        {version.important ? <span className="note-important">★ {t('list.important')}</span> : null}
      </div>
      {/* Where it stood: who said it, under which agenda item, and whether it was an opinion to answer. */}
      <p className="history-speaker muted">
        <span>{version.speakerName || t('list.noSpeaker')}</span>
        <span>{version.agendaItemTitle ? t('history.item', { item: version.agendaItemTitle }) : t('list.noItem')}</span>
        {version.disposition ? (
          <span className="note-opinion" data-disposition={version.disposition}>
            {t('history.opinion', { disposition: to(`disposition.${version.disposition}`) })}
            {version.dispositionReason ? t('history.reason', { reason: version.dispositionReason }) : null}
          </span>
        ) : null}
      </p>
      <p className="history-text">{version.text}</p>
    </li>
  );
}
