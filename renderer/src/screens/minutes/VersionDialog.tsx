import { Fragment, useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Locale } from '../../../../shared/contract/fields.js';
import { translatorFor } from '../../../../shared/i18n/translate.js';
import type { MinutesDocument } from '../../../../shared/minutes.js';
import { useCall } from '../../app/client.js';
import { ErrorNotice, Loading } from '../../components/ErrorNotice.js';
import { formatDateTime } from '../../components/format.js';
import { ReadingDialog } from '../../components/ModalDialog.js';

/**
 * One earlier version of the minutes, read-only, in a modal dialog (focus trapped; Escape or Close
 * returns focus to the button that opened it). An approved version reads as it was approved.
 */
export function VersionDialog({ sessionId, version, onClose }: { sessionId: string; version: number; onClose: () => void }) {
  const { t, i18n } = useTranslation(['minutes', 'common']);
  const stored = useCall('minutes.version', { sessionId, version });
  const headingId = useId();

  return (
    <ReadingDialog
      title={
        <>
          <span id={headingId}>{t('version', { version })}</span>
          {stored.data ? <span className={`badge minutes-badge minutes-${stored.data.status}`}>{t(`status.${stored.data.status}`)}</span> : null}
        </>
      }
      className="minutes-version-dialog"
      onClose={onClose}
    >
      {stored.isPending ? (
        <Loading />
      ) : stored.error ? (
        <ErrorNotice error={stored.error} onRetry={() => void stored.refetch()} />
      ) : (
        <>
          <p className="muted">
            {stored.data.approvedAt
              ? t('approvedAt', { at: formatDateTime(stored.data.approvedAt, i18n.language) })
              : t('updatedAt', { at: formatDateTime(stored.data.updatedAt, i18n.language) })}
          </p>
          {/* It scrolls when long: focusable, so the keyboard can scroll it too. */}
          <article className="minutes-readonly" tabIndex={0} aria-labelledby={headingId}>
            <ReadOnlyDocument document={stored.data.document} locale={stored.data.locale} />
          </article>
        </>
      )}
    </ReadingDialog>
  );
}

/** The document laid out in the printed copy's order, as plain text (React escapes every string). */
function ReadOnlyDocument({ document: doc, locale }: { document: MinutesDocument; locale: Locale }) {
  const { t } = useTranslation('minutes');
  // The document's own language sets its punctuation, whatever the UI's.
  const words = translatorFor(locale);
  const names = (items: string[]) => items.join(words('document:punctuation.list'));
  const aside = (text: string) => words('document:punctuation.aside', { text });
  return (
    <>
      <h3>{doc.title}</h3>
      <dl className="facts">
        <dt>{t('header.time')}</dt>
        <dd>{doc.time || '—'}</dd>
        <dt>{t('header.venue')}</dt>
        <dd>{doc.venue || '—'}</dd>
        <dt>{t('header.chair')}</dt>
        <dd>{doc.chair || '—'}</dd>
        <dt>{t('header.recorder')}</dt>
        <dd>{doc.recorder || '—'}</dd>
      </dl>

      <h4>{t('attendees.heading')}</h4>
      {doc.attendees.length === 0 ? (
        <p className="muted">{t('attendees.none')}</p>
      ) : (
        <dl className="facts">
          {doc.attendees.map((group, index) => (
            <Fragment key={index}>
              <dt>{group.group}</dt>
              <dd>{names(group.names)}</dd>
            </Fragment>
          ))}
        </dl>
      )}
      <dl className="facts">
        <dt>{t('excused.heading')}</dt>
        <dd>{doc.excused.length > 0 ? names(doc.excused) : t('excused.none')}</dd>
        <dt>{t('absent.heading')}</dt>
        <dd>{doc.absent.length > 0 ? names(doc.absent) : t('absent.none')}</dd>
      </dl>

      <h4>{t('agenda.heading')}</h4>
      {doc.agenda.length === 0 ? (
        <p className="muted">{t('agenda.none')}</p>
      ) : (
        <ol>
          {doc.agenda.map((item, index) => (
            <li key={index}>
              {item.title}
              {item.presenter ? aside(item.presenter) : ''}
            </li>
          ))}
        </ol>
      )}

      <h4>{t('discussion.heading')}</h4>
      {doc.discussion.length === 0 ? <p className="muted">{t('discussion.none')}</p> : null}
      {doc.discussion.map((item, index) => (
        <section key={index} aria-label={item.item}>
          <h5>{item.item}</h5>
          {item.speakers.map((speaker, s) => (
            <div key={s}>
              <p className="minutes-readonly-speaker">
                {speaker.speaker}
                {speaker.unit ? <span className="muted">{aside(speaker.unit)}</span> : null}
              </p>
              <ul>
                {speaker.points.map((point, p) => (
                  <li key={p}>{point}</li>
                ))}
              </ul>
            </div>
          ))}
        </section>
      ))}

      <h4>{t('decisions.heading')}</h4>
      {doc.decisions.length === 0 ? (
        <p className="muted">{t('decisions.none')}</p>
      ) : (
        <ol>
          {doc.decisions.map((decision, index) => (
            <li key={index}>{decision}</li>
          ))}
        </ol>
      )}

      <h4>{t('actions.heading')}</h4>
      {doc.actions.length === 0 ? (
        <p className="muted">{t('actions.none')}</p>
      ) : (
        // No scrolling wrapper of its own: the whole document scrolls, and that one region takes the focus.
        <table className="table">
            <thead>
              <tr>
                <th scope="col">{t('actions.no')}</th>
                <th scope="col">{t('actions.task')}</th>
                <th scope="col">{t('actions.lead')}</th>
                <th scope="col">{t('actions.co')}</th>
                <th scope="col">{t('actions.deadline')}</th>
                <th scope="col">{t('actions.deliverable')}</th>
              </tr>
            </thead>
            <tbody>
              {doc.actions.map((action, index) => (
                <tr key={index}>
                  <td>{action.no}</td>
                  <td>{action.task}</td>
                  <td>{action.lead}</td>
                  <td>{action.co}</td>
                  <td>{action.deadline}</td>
                  <td>{action.deliverable}</td>
                </tr>
              ))}
            </tbody>
          </table>
      )}

      {doc.closing ? (
        <>
          <h4>{t('closing.heading')}</h4>
          <p className="minutes-readonly-closing">{doc.closing}</p>
        </>
      ) : null}
    </>
  );
}
