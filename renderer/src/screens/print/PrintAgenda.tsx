import i18next from 'i18next';
import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { AgendaView, ScheduledItem } from '../../../../shared/agenda.js';
import type { SessionDetail } from '../../../../shared/domain.js';
import { useCall } from '../../app/client.js';
import { ErrorNotice, Loading } from '../../components/ErrorNotice.js';
import { presenterOf } from '../agenda/ItemCard.js';
import { groupBySitting } from '../agenda/order.js';
import { speakerName } from '../agenda/SpeakerQueue.js';
import './print.css';

/**
 * `/sessions/:sessionId/print`: the agenda as a document for A4 (planned times, presenters, speakers),
 * in the programme's language; the toolbar (print, back) is in the UI's and does not print.
 */
export function PrintAgenda() {
  const { sessionId = '' } = useParams();
  const { t } = useTranslation('agenda');
  const agenda = useCall('agenda.list', { sessionId });
  const detail = useCall('session.get', { id: sessionId });

  useEffect(() => {
    document.documentElement.classList.add('print-page');
    return () => document.documentElement.classList.remove('print-page');
  }, []);
  const title = detail.data?.session.title;
  useEffect(() => {
    if (title) document.title = `${title} · ${t('print.agenda')}`;
  }, [title, t]);

  if (agenda.isPending || detail.isPending) return <Loading />;
  if (agenda.isError || detail.isError) return <ErrorNotice error={agenda.error ?? detail.error} onRetry={() => void agenda.refetch()} />;

  return (
    <main className="print-view">
      <div className="print-toolbar">
        <Link className="button" to={`/sessions/${sessionId}/agenda`}>
          {t('print.back')}
        </Link>
        <button type="button" className="button primary" onClick={() => window.print()}>
          {t('print.button')}
        </button>
        <span className="muted">{t('print.hint')}</span>
      </div>
      <AgendaDocument view={agenda.data} detail={detail.data} />
    </main>
  );
}

function AgendaDocument({ view, detail }: { view: AgendaView; detail: SessionDetail }) {
  const locale = detail.programme.locale;
  const t = useMemo(() => i18next.getFixedT(locale, 'agenda'), [locale]);
  const { session, programme, participants, stage } = detail;
  const chair = participants.find((p) => p.person.id === session.chairId)?.person;
  const groups = groupBySitting(view);
  const numbering = new Map(groups.flatMap((g) => g.items).map((item, index) => [item.id, index]));
  const total = view.items.reduce((sum, i) => sum + i.plannedMinutes, 0);
  return (
    <article className="print-document" lang={locale}>
      <header className="print-head">
        <p className="print-programme">{programme.title}</p>
        <p className="print-programme">{stage.title}</p>
        <h1>{session.title}</h1>
        {session.theme ? <p className="print-theme">{session.theme}</p> : null}
        <p className="print-facts">
          {view.sittings.length === 0 ? <span>{t('print.noSittings')}</span> : null}
          {session.venue ? <span>{t('print.venue', { venue: session.venue })}</span> : null}
          {chair ? <span>{t('print.chair', { name: chair.name })}</span> : null}
        </p>
        <h2 className="print-agenda-title">{t('print.agenda')}</h2>
      </header>
      {groups.map((group) => (
        <section key={group.sitting?.sitting.id ?? 'none'} className="print-sitting">
          {group.sitting ? (
            <h3>
              {t('sitting.heading', { n: group.number })} · {t('sitting.when', { date: group.sitting.sitting.date, start: group.sitting.sitting.startTime, end: group.sitting.sitting.endTime })}
            </h3>
          ) : null}
          <table className="print-table">
            <thead>
              <tr>
                <th scope="col" className="col-time">
                  {t('print.time')}
                </th>
                <th scope="col">{t('print.item')}</th>
                <th scope="col" className="col-who">
                  {t('print.presenter')}
                </th>
                <th scope="col" className="col-duration">
                  {t('print.duration')}
                </th>
              </tr>
            </thead>
            <tbody>
              {group.items.map((item) => (
                <PrintRow key={item.id} item={item} index={numbering.get(item.id) ?? 0} t={t} />
              ))}
            </tbody>
          </table>
        </section>
      ))}
      <p className="print-total">{t('print.total', { count: total })}</p>
      <footer className="print-foot">{t('print.generated')}</footer>
    </article>
  );
}

function PrintRow({ item, index, t }: { item: ScheduledItem; index: number; t: ReturnType<typeof i18next.getFixedT<'agenda'>> }) {
  const presenter = presenterOf(item);
  const speakers = item.speakers.filter((s) => s.status !== 'skipped');
  return (
    <tr>
      <td className="col-time">{item.plannedStart && item.plannedEnd ? `${item.plannedStart}–${item.plannedEnd}` : ''}</td>
      <td>
        <span className="print-item-title">
          {index + 1}. {item.title}
        </span>
        <span className="print-kind">{t(`kind.${item.kind}`)}</span>
        {item.speakerPrompt && speakers.length ? <span className="print-prompt">{item.speakerPrompt}</span> : null}
      </td>
      <td className="col-who">
        {presenter ? <div>{presenter}</div> : null}
        {speakers.length ? (
          <ol className="print-speakers">
            {speakers.map((s, i) => (
              <li key={s.id}>{t('print.speakerLine', { n: i + 1, name: speakerName(s), minutes: Math.round((s.plannedSeconds / 60) * 10) / 10 })}</li>
            ))}
          </ol>
        ) : null}
      </td>
      <td className="col-duration">{t('minutes', { count: item.plannedMinutes })}</td>
    </tr>
  );
}
