/**
 * What the agenda export says, as the paper handed out before a seminar reads: the title, then time
 * (each date once, with its sittings), venue, chair, who attends by category and who observes, then
 * the items with their planned times, one table per date when the sittings span several days.
 */
import type { Locale } from '../../shared/contract/fields.js';
import { PERSON_CATEGORIES, type Participant, type Sitting } from '../../shared/domain.js';
import { resources } from '../../shared/i18n/index.js';
import type { ReadContext } from '../core/context.js';
import { agendaView } from '../core/agenda-read.js';
import { formatDate } from '../core/minutes-draft.js';
import { sessionDetail } from '../core/sessions.js';
import type { TableExportModel, TableModel } from './table-model.js';

const WORDS = {
  'zh-CN': { agenda: '议程', time: '时间', venue: '地点', chair: '主持', attending: '出席', observers: '列席', minutes: (n: number) => `${n}分钟` },
  en: { agenda: 'Agenda', time: 'Time', venue: 'Venue', chair: 'Chair', attending: 'Attending', observers: 'Observers', minutes: (n: number) => `${n} min` },
} satisfies Record<Locale, unknown>;

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
  const zh = locale === 'zh-CN';
  return byDate(sittings)
    .map(([date, list]) => `${formatDate(date, locale)} ${list.map((s) => span(s.startTime, s.endTime)).join(zh ? '、' : ', ')}`)
    .join('\n');
}

/**
 * Who is expected, by category ("县领导：江辰、赵国栋"), one line each: everyone on the list but the
 * secretary (who records) and observers (listed apart), and those already known to be away.
 */
function attending(participants: Participant[], locale: Locale): { attending: string; observers: string } {
  const words = resources[locale];
  const comma = locale === 'zh-CN' ? '、' : ', ';
  const colon = locale === 'zh-CN' ? '：' : ': ';
  const expected = participants.filter((p) => p.role !== 'secretary' && p.presence !== 'excused' && p.presence !== 'absent');
  const names = (list: Participant[]) => list.map((p) => p.person.name).join(comma);
  const attendees = expected.filter((p) => p.role !== 'observer');
  const lines = PERSON_CATEGORIES.map((category) => [category, attendees.filter((p) => p.person.category === category)] as const)
    .filter(([, list]) => list.length > 0)
    .map(([category, list]) => `${words.common.personCategory[category]}${colon}${names(list)}`);
  return { attending: lines.join('\n'), observers: names(expected.filter((p) => p.role === 'observer')) };
}

export function agendaExport(ctx: ReadContext, sessionId: string, locale: Locale): TableExportModel {
  const zh = locale === 'zh-CN';
  const words = WORDS[locale];
  const view = agendaView(ctx, sessionId);
  const { participants, sittings } = sessionDetail(ctx, { id: sessionId });
  const comma = zh ? '、' : ', ';
  const chair = participants.find((p) => p.person.id === view.session.chairId)?.person.name ?? '';
  const who = attending(participants, locale);
  const fields = [
    { label: words.time, value: timeLines(sittings, locale) },
    { label: words.venue, value: view.session.venue },
    { label: words.chair, value: chair },
    { label: words.attending, value: who.attending },
    { label: words.observers, value: who.observers },
  ].filter((f) => f.value.trim() !== '');

  const dateOf = new Map(view.sittings.map((s) => [s.sitting.id, s.sitting.date]));
  const rows = view.items.map((item, index) => ({
    no: index + 1,
    time: item.plannedStart ? span(item.plannedStart, item.plannedEnd ?? '') : words.minutes(item.plannedMinutes),
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
      // No space between a Chinese title and 议程: Chinese does not separate words.
      title: zh ? `${view.session.title}${words.agenda}` : `${words.agenda}: ${view.session.title}`,
      subtitle: '',
      fields,
      // Widths that hold 序号 and a time span such as 09:00–12:00 on one line on a portrait page.
      columns: [
        { key: 'no', label: zh ? '序号' : 'No.', width: 9 },
        { key: 'time', label: words.time, width: 22 },
        { key: 'item', label: zh ? '议题' : 'Item', width: 34 },
        { key: 'presenter', label: zh ? '报告人' : 'Presenter', width: 14 },
        { key: 'speakers', label: zh ? '发言人' : 'Speakers', width: 28 },
      ],
      rows,
      ...(parts ? { parts } : {}),
    },
  };
}
