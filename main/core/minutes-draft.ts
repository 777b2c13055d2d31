/**
 * Drafts the minutes of a session from what the database holds: who attended, the agenda with
 * actual times, what each speaker said, the decisions and the action table. Words come from the
 * shared i18n resources (translatorFor) in the programme's language, so the same code drafts Chinese and English.
 */
import { ACTION_STATUSES, type ActionStatus } from '../../shared/actions.js';
import type { Locale } from '../../shared/contract/fields.js';
import { PERSON_CATEGORIES, type Participant } from '../../shared/domain.js';
import { INTL_TAG, punctuationOf, translatorFor } from '../../shared/i18n/translate.js';
import type { MinutesDocument } from '../../shared/minutes.js';
import type { Note } from '../../shared/notes.js';
import { zonedParts } from '../../shared/time-zone.js';
import type { ReadContext } from './context.js';
import { filterActions } from './actions.js';
import { agendaView } from './agenda-read.js';
import { allNotes } from './notes-list.js';
import { sessionDetail } from './sessions.js';
import { programmeTimeZone } from './time-zone.js';

const dateFormats = new Map<Locale, Intl.DateTimeFormat>();

/** A YYYY-MM-DD day as a document writes it: 2027年1月11日 / 11 January 2027. */
export function formatDate(date: string, locale: Locale): string {
  const [y, m, d] = date.split('-').map(Number);
  const day = new Date(Date.UTC(y!, m! - 1, d!));
  // Not a date (a hand-edited file): printed as it was written rather than refused.
  if (Number.isNaN(day.getTime())) return date;
  let format = dateFormats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(INTL_TAG[locale], { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' });
    dateFormats.set(locale, format);
  }
  return format.format(day);
}

/** HH:MM of an instant in the programme's zone (where the meeting happened, not where it is exported). */
function clock(iso: string | null, timeZone: string): string {
  return iso ? zonedParts(new Date(iso), timeZone).time : '';
}

const span = (start: string, end: string) => (start || end ? `${start}–${end}` : '');

/** "2027年2月11日（一个月内）" / "11 February 2027 (within a month)": the date, with the rule as it was spoken. */
export function deadline(date: string | null, rule: string, locale: Locale): string {
  if (!date) return '';
  const day = formatDate(date, locale);
  if (!rule) return day;
  return `${day}${translatorFor(locale)('document:punctuation.aside', { text: rule })}`;
}

/**
 * Who was there, from the recorded presence only (会议纪要 practice): present (and late) by
 * category under 出席; observers and invited guests who came under 列席; 请假; 缺席; and anyone
 * whose presence was never recorded in a plain field of their own. An invitation is not attendance.
 * The secretary is listed as the recorder, not among those present.
 */
function attendance(participants: Participant[], locale: Locale) {
  const t = translatorFor(locale);
  const listed = participants.filter((p) => p.role !== 'secretary');
  const names = (list: Participant[]) => list.map((p) => p.person.name);
  const here = listed.filter((p) => p.presence === 'present' || p.presence === 'late');
  return {
    attendees: PERSON_CATEGORIES.map((category) => ({
      group: t(`common:personCategory.${category}`),
      names: names(here.filter((p) => p.person.category === category && p.role !== 'observer')),
    })).filter((g) => g.names.length > 0),
    observers: names(here.filter((p) => p.role === 'observer')),
    excused: names(listed.filter((p) => p.presence === 'excused')),
    absent: names(listed.filter((p) => p.presence === 'absent')),
    unrecorded: names(listed.filter((p) => p.presence === 'invited')),
  };
}

/** What follows a speaker's name in brackets: the position (副县长), or the unit when there is none. */
const standing = (person: Note['speaker']) => person?.position.trim() || person?.unitName || '';

/**
 * A point as the minutes print it after "江辰（县长）：". The secretary often types the speaker into
 * the text ("江辰插话：…"); the name is said once, so a leading name is dropped, and an interjection
 * is marked "（插话）" instead of repeating who spoke. `word` is the category's name (插话 / Interjection).
 */
function pointOf(note: Note, speaker: string, locale: Locale, word: string): string {
  let text = note.text.trim();
  let interjection = note.category === 'interjection';
  if (speaker && text.startsWith(speaker)) {
    const rest = text.slice(speaker.length).trimStart();
    const said = rest.toLowerCase().startsWith(word.toLowerCase()) ? rest.slice(word.length) : null;
    if (said !== null && /^\s*[：:]/.test(said)) {
      interjection = true;
      text = said.replace(/^\s*[：:]\s*/, '');
    } else if (/^[：:]/.test(rest)) text = rest.replace(/^[：:]\s*/, '');
  }
  if (!interjection) return text;
  return translatorFor(locale)('document:minutes.interjection', { text });
}

export function draftMinutes(ctx: ReadContext, sessionId: string, locale: Locale): MinutesDocument {
  const t = translatorFor(locale);
  const comma = punctuationOf(locale).list;
  const detail = sessionDetail(ctx, { id: sessionId });
  const { session, sittings, participants } = detail;
  const nameOf = (id: string | null) => participants.find((p) => p.person.id === id)?.person.name ?? '';

  const byDate = new Map<string, string[]>();
  for (const s of sittings) byDate.set(s.date, [...(byDate.get(s.date) ?? []), `${s.startTime}–${s.endTime}`]);
  const time = [...byDate].map(([date, spans]) => `${formatDate(date, locale)} ${spans.join(comma)}`).join(punctuationOf(locale).series);

  const timeZone = programmeTimeZone(ctx, session.programmeId);

  const view = agendaView(ctx, sessionId);
  const agenda = view.items.map((item) => ({
    title: item.title,
    presenter: item.presenter?.name ?? item.presenterName,
    planned: span(item.plannedStart ?? '', item.plannedEnd ?? ''),
    actual: span(clock(item.actualStart, timeZone), clock(item.actualEnd, timeZone)),
  }));

  const notes = allNotes(ctx, { sessionId });
  const other = t('document:minutes.otherRemarks');
  const nobody = t('document:minutes.participant');
  // Looked up once, not per note: a seminar has hundreds.
  const interjection = t('capture:category.interjection');
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
      const speaker = note.speakerName || nobody;
      let entry = speakers.find((s) => s.speaker === speaker);
      if (!entry) speakers.push((entry = { speaker, unit: standing(note.speaker), points: [] }));
      entry.points.push(pointOf(note, speaker, locale, interjection));
    }
    discussion.push({ item: view.items.find((i) => i.id === key)?.title ?? other, speakers });
  }

  const statusWord = Object.fromEntries(ACTION_STATUSES.map((s) => [s, t(`errors:status.${s}`)])) as Record<ActionStatus, string>;
  const actions = filterActions(ctx, { sessionId })
    .filter((a) => a.status !== 'cancelled')
    .map((a, index) => ({
      no: index + 1,
      task: a.title,
      lead: a.leadUnit?.name ?? '',
      co: a.coUnits.map((u) => u.name).join(comma),
      deadline: deadline(a.dueDate, a.dueRule, locale),
      deliverable: a.deliverable,
      status: statusWord[a.status],
    }));

  return {
    title: session.title,
    docNumber: '',
    time,
    venue: session.venue,
    chair: nameOf(session.chairId),
    recorder: nameOf(session.secretaryId),
    ...attendance(participants, locale),
    agenda,
    discussion,
    decisions: notes.filter((n) => n.category === 'decision').map((n) => n.text),
    actions,
    closing: '',
    distribution: '',
    copyTo: '',
    issuer: '',
    issueDate: '',
  };
}
