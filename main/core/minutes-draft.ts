/**
 * Drafts the minutes of a session from what the database holds: who attended, the agenda with
 * actual times, what each speaker said, the decisions and the action table. Words come from the
 * shared i18n resources in the programme's language, so the same code drafts Chinese and English.
 */
import type { Locale } from '../../shared/contract/fields.js';
import { PERSON_CATEGORIES, type Participant } from '../../shared/domain.js';
import { resources } from '../../shared/i18n/index.js';
import type { MinutesDocument } from '../../shared/minutes.js';
import type { Note } from '../../shared/notes.js';
import type { ReadContext } from './context.js';
import { filterActions } from './actions.js';
import { agendaView } from './agenda-read.js';
import { allNotes } from './notes-list.js';
import { sessionDetail } from './sessions.js';

export function formatDate(date: string, locale: Locale): string {
  const [y, m, d] = date.split('-').map(Number);
  if (locale === 'zh-CN') return `${y}年${m}月${d}日`;
  const month = new Date(Date.UTC(y!, m! - 1, d!)).toLocaleString('en-GB', { month: 'long', timeZone: 'UTC' });
  return `${d} ${month} ${y}`;
}

/** Local HH:MM of an instant (the machine's zone: where the meeting happened). */
function clock(iso: string | null): string {
  if (!iso) return '';
  const t = new Date(iso);
  return `${String(t.getHours()).padStart(2, '0')}:${String(t.getMinutes()).padStart(2, '0')}`;
}

const span = (start: string, end: string) => (start || end ? `${start}–${end}` : '');

/** "2027-02-11（一个月内）": the date, with the rule as it was spoken. */
function deadline(date: string | null, rule: string, locale: Locale): string {
  if (!date) return '';
  if (!rule) return date;
  return locale === 'zh-CN' ? `${date}（${rule}）` : `${date} (${rule})`;
}

/**
 * Who was there, from the recorded presence only: present (and late) by category, then observers
 * (列席), then anyone whose presence was never recorded, named as such. An invitation is not
 * attendance: when nobody's presence was recorded the minutes say attendance was not taken. The
 * secretary is listed as the recorder, not among those present.
 */
function attendeeGroups(participants: Participant[], locale: Locale): MinutesDocument['attendees'] {
  const words = resources[locale];
  if (!participants.some((p) => p.presence !== 'invited')) {
    return [{ group: words.minutes.draft.attendance, names: [words.minutes.draft.notTaken] }];
  }
  const listed = participants.filter((p) => p.role !== 'secretary');
  const here = listed.filter((p) => p.presence === 'present' || p.presence === 'late');
  const names = (list: Participant[]) => list.map((p) => p.person.name);
  return [
    ...PERSON_CATEGORIES.map((category) => ({
      group: words.common.personCategory[category],
      names: names(here.filter((p) => p.person.category === category && p.role !== 'observer')),
    })),
    { group: words.minutes.draft.observers, names: names(here.filter((p) => p.role === 'observer')) },
    { group: words.minutes.draft.unconfirmed, names: names(listed.filter((p) => p.presence === 'invited')) },
  ].filter((g) => g.names.length > 0);
}

export function draftMinutes(ctx: ReadContext, sessionId: string, locale: Locale): MinutesDocument {
  const words = resources[locale];
  const comma = locale === 'zh-CN' ? '、' : ', ';
  const detail = sessionDetail(ctx, { id: sessionId });
  const { session, sittings, participants } = detail;
  const nameOf = (id: string | null) => participants.find((p) => p.person.id === id)?.person.name ?? '';

  const byDate = new Map<string, string[]>();
  for (const s of sittings) byDate.set(s.date, [...(byDate.get(s.date) ?? []), `${s.startTime}–${s.endTime}`]);
  const time = [...byDate].map(([date, spans]) => `${formatDate(date, locale)} ${spans.join(comma)}`).join(locale === 'zh-CN' ? '；' : '; ');

  const attendees = attendeeGroups(participants, locale);

  const view = agendaView(ctx, sessionId);
  const agenda = view.items.map((item) => ({
    title: item.title,
    presenter: item.presenter?.name ?? item.presenterName,
    planned: span(item.plannedStart ?? '', item.plannedEnd ?? ''),
    actual: span(clock(item.actualStart), clock(item.actualEnd)),
  }));

  const notes = allNotes(ctx, { sessionId });
  const other = locale === 'zh-CN' ? '其他发言' : 'Other remarks';
  const discussion: MinutesDocument['discussion'] = [];
  const groups = new Map<string, Note[]>();
  for (const note of notes.filter((n) => n.category !== 'decision')) {
    const key = note.agendaItemId ?? '';
    groups.set(key, [...(groups.get(key) ?? []), note]);
  }
  const order = [...view.items.map((i) => i.id), ''];
  for (const key of order) {
    const group = groups.get(key);
    if (!group) continue;
    const speakers: MinutesDocument['discussion'][number]['speakers'] = [];
    for (const note of group) {
      const speaker = note.speakerName || (locale === 'zh-CN' ? '与会人员' : 'Participant');
      let entry = speakers.find((s) => s.speaker === speaker);
      if (!entry) speakers.push((entry = { speaker, unit: note.speaker?.unitName ?? '', points: [] }));
      entry.points.push(note.text);
    }
    discussion.push({ item: view.items.find((i) => i.id === key)?.title ?? other, speakers });
  }

  const actions = filterActions(ctx, { sessionId })
    .filter((a) => a.status !== 'cancelled')
    .map((a, index) => ({
      no: index + 1,
      task: a.title,
      lead: a.leadUnit?.name ?? '',
      co: a.coUnits.map((u) => u.name).join(comma),
      deadline: deadline(a.dueDate, a.dueRule, locale),
      deliverable: a.deliverable,
      status: words.errors.status[a.status],
    }));

  return {
    title: session.title,
    time,
    venue: session.venue,
    chair: nameOf(session.chairId),
    recorder: nameOf(session.secretaryId),
    attendees,
    excused: participants.filter((p) => p.presence === 'excused').map((p) => p.person.name),
    absent: participants.filter((p) => p.presence === 'absent').map((p) => p.person.name),
    agenda,
    discussion,
    decisions: notes.filter((n) => n.category === 'decision').map((n) => n.text),
    actions,
    closing: '',
  };
}
