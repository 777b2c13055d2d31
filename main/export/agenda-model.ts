/**
 * What the agenda export says, as the paper handed out before a seminar reads: the title, then time
 * (each date once, with its sittings), venue, chair, who attends by category and who observes, then
 * the items with their planned times, one table per date when the sittings span several days.
 */
import type { Locale } from '../../shared/contract/fields.js';
import { PERSON_CATEGORIES, type Participant, type Sitting } from '../../shared/domain.js';
import { translatorFor } from '../../shared/i18n/translate.js';
import type { ReadContext } from '../core/context.js';
import { agendaView } from '../core/agenda-read.js';
import { formatDate } from '../core/minutes-draft.js';
import { sessionDetail } from '../core/sessions.js';
import type { TableExportModel, TableModel } from './table-model.js';

/** "09:00–12:00": an en dash between two times, never a space (a space would let the span wrap). */
const span = (start: string, end: string) => `${start}–${end}`;

/** Sittings grouped by date, in order: a date is said once, followed by each of its sittings. */
function byDate(sittings: Sitting[]): [string, Sitting[]][] {
  const dates = new Map<string, Sitting[]>();
  for (const s of sittings) dates.set(s.date, [...(dates.get(s.date) ?? []), s]);
  return [...dates];
}

/**
 * "2027年1月11日 09:00–12:00、14:30–17:30": each date once with its sittings, one line per date, so
 * that a second date never breaks across lines.
 */
export function timeLines(sittings: Sitting[], locale: Locale): string {
  const comma = translatorFor(locale)('document:punctuation.list');
  return byDate(sittings)
    .map(([date, list]) => `${formatDate(date, locale)} ${list.map((s) => span(s.startTime, s.endTime)).join(comma)}`)
    .join('\n');
}

/**
 * Who is expected, by category ("县领导：江辰、赵国栋"), one line each: everyone on the list but the
 * secretary (who records) and observers (listed apart), and those already known to be away.
 */
function attending(participants: Participant[], locale: Locale): { attending: string; observers: string } {
  const t = translatorFor(locale);
  const comma = t('document:punctuation.list');
  const colon = t('document:punctuation.colon');
  const expected = participants.filter((p) => p.role !== 'secretary' && p.presence !== 'excused' && p.presence !== 'absent');
  const names = (list: Participant[]) => list.map((p) => p.person.name).join(comma);
  const attendees = expected.filter((p) => p.role !== 'observer');
  const lines = PERSON_CATEGORIES.map((category) => [category, attendees.filter((p) => p.person.category === category)] as const)
    .filter(([, list]) => list.length > 0)
    .map(([category, list]) => `${t(`common:personCategory.${category}`)}${colon}${names(list)}`);
  return { attending: lines.join('\n'), observers: names(expected.filter((p) => p.role === 'observer')) };
}

export function agendaExport(ctx: ReadContext, sessionId: string, locale: Locale): TableExportModel {
  const t = translatorFor(locale);
  const view = agendaView(ctx, sessionId);
  const { participants, sittings } = sessionDetail(ctx, { id: sessionId });
  const comma = t('document:punctuation.list');
  const chair = participants.find((p) => p.person.id === view.session.chairId)?.person.name ?? '';
  const who = attending(participants, locale);
  const fields = [
    { label: t('document:minutes.time'), value: timeLines(sittings, locale) },
    { label: t('document:minutes.venue'), value: view.session.venue },
    { label: t('document:minutes.chair'), value: chair },
    { label: t('document:agenda.attending'), value: who.attending },
    { label: t('document:agenda.observers'), value: who.observers },
  ].filter((f) => f.value.trim() !== '');

  const dateOf = new Map(view.sittings.map((s) => [s.sitting.id, s.sitting.date]));
  const rows = view.items.map((item, index) => ({
    no: index + 1,
    time: item.plannedStart ? span(item.plannedStart, item.plannedEnd ?? '') : t('document:agenda.minutes', { n: item.plannedMinutes }),
    item: item.title,
    presenter: item.presenter?.name ?? item.presenterName,
    speakers: item.speakers.filter((s) => !s.isInterjection).map((s) => s.person?.name ?? s.freeName).join(comma),
  }));
  // Several days: one table under each date, so that a time never needs its date beside it.
  const dates = byDate(sittings).map(([date]) => date);
  const parts: TableModel['parts'] =
    dates.length > 1
      ? dates
          .map((date) => ({ heading: formatDate(date, locale), rows: rows.filter((_, i) => dateOf.get(view.items[i]!.sittingId ?? '') === date) }))
          .concat([{ heading: '', rows: rows.filter((_, i) => !dateOf.has(view.items[i]!.sittingId ?? '')) }])
          .filter((p) => p.rows.length > 0)
      : undefined;

  return {
    kind: 'agenda',
    locale,
    table: {
      title: t('document:agenda.heading', { title: view.session.title }),
      subtitle: '',
      fields,
      // Widths that hold 序号 and a time span such as 09:00–12:00 on one line on a portrait page.
      columns: [
        { key: 'no', label: t('document:minutes.no'), width: 9 },
        { key: 'time', label: t('document:minutes.time'), width: 22 },
        { key: 'item', label: t('document:minutes.item'), width: 34 },
        { key: 'presenter', label: t('document:minutes.presenter'), width: 14 },
        { key: 'speakers', label: t('document:agenda.speakers'), width: 28 },
      ],
      rows,
      ...(parts ? { parts } : {}),
    },
  };
}
