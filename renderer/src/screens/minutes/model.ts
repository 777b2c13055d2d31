import type { Locale } from '../../../../shared/contract/fields.js';
import { punctuationOf } from '../../../../shared/i18n/translate.js';
import type { MinutesDocument } from '../../../../shared/minutes.js';

/*
 * The editor's own shape of the minutes: the stored document with a stable key on every row (so
 * React keeps focus and text where they belong when rows are added or removed) and name lists as
 * the one line of text the printed minutes show ("江辰、王志远"). toDocument turns it back.
 */

let counter = 0;
const key = () => `k${++counter}`;

export interface AttendeeRow {
  key: string;
  group: string;
  names: string;
}
export interface AgendaRow {
  key: string;
  title: string;
  presenter: string;
  planned: string;
  actual: string;
}
export interface PointRow {
  key: string;
  text: string;
}
export interface SpeakerRow {
  key: string;
  speaker: string;
  unit: string;
  points: PointRow[];
}
export interface DiscussionRow {
  key: string;
  item: string;
  speakers: SpeakerRow[];
}
export interface ActionRow {
  key: string;
  task: string;
  lead: string;
  co: string;
  deadline: string;
  deliverable: string;
  status: string;
}

export interface MinutesForm {
  title: string;
  docNumber: string;
  time: string;
  venue: string;
  chair: string;
  recorder: string;
  attendees: AttendeeRow[];
  observers: string;
  excused: string;
  absent: string;
  unrecorded: string;
  agenda: AgendaRow[];
  discussion: DiscussionRow[];
  decisions: PointRow[];
  actions: ActionRow[];
  closing: string;
  distribution: string;
  copyTo: string;
  issuer: string;
  issueDate: string;
}

/** The name lists the editor shows as one line of text each. */
export const NAME_LISTS = ['observers', 'excused', 'absent', 'unrecorded'] as const;
/** The plain text fields, copied as they are both ways. */
const PLAIN = ['title', 'docNumber', 'time', 'venue', 'chair', 'recorder', 'closing', 'distribution', 'copyTo', 'issuer', 'issueDate'] as const;

const pick = <K extends string>(from: Record<K, string>, keys: readonly K[]) => Object.fromEntries(keys.map((k) => [k, from[k]])) as Record<K, string>;

/** How the printed minutes join names: 、 in Chinese, a comma in English. */
export const nameSeparator = (locale: Locale) => punctuationOf(locale).list;

/** Splits a typed list of names on 、 , ， ; ； or new lines; blanks dropped. */
export function splitNames(text: string): string[] {
  return text
    .split(/[、,，;；\n]+/)
    .map((name) => name.trim())
    .filter(Boolean);
}

export const newAttendee = (): AttendeeRow => ({ key: key(), group: '', names: '' });
export const newAgenda = (): AgendaRow => ({ key: key(), title: '', presenter: '', planned: '', actual: '' });
export const newPoint = (text = ''): PointRow => ({ key: key(), text });
export const newSpeaker = (): SpeakerRow => ({ key: key(), speaker: '', unit: '', points: [newPoint()] });
export const newDiscussion = (): DiscussionRow => ({ key: key(), item: '', speakers: [newSpeaker()] });
export const newAction = (): ActionRow => ({ key: key(), task: '', lead: '', co: '', deadline: '', deliverable: '', status: '' });

export function toForm(doc: MinutesDocument, locale: Locale): MinutesForm {
  const sep = nameSeparator(locale);
  return {
    ...pick(doc, PLAIN),
    attendees: doc.attendees.map((g) => ({ key: key(), group: g.group, names: g.names.join(sep) })),
    observers: doc.observers.join(sep),
    excused: doc.excused.join(sep),
    absent: doc.absent.join(sep),
    unrecorded: doc.unrecorded.join(sep),
    agenda: doc.agenda.map((a) => ({ key: key(), ...a })),
    discussion: doc.discussion.map((d) => ({
      key: key(),
      item: d.item,
      speakers: d.speakers.map((s) => ({ key: key(), speaker: s.speaker, unit: s.unit, points: s.points.map((p) => newPoint(p)) })),
    })),
    decisions: doc.decisions.map((d) => newPoint(d)),
    actions: doc.actions.map(({ no: _no, ...a }) => ({ key: key(), ...a })),
  };
}

const blank = (s: string) => s.trim() === '';

/**
 * The document to store. With `prune` (what is saved), rows left wholly empty are dropped (an added
 * row nobody filled in); without it every row keeps its index, so a validation issue's path
 * ("discussion.1.speakers.0.points.2") points at the row on screen. Tasks are numbered 1..n in the
 * order shown, as the printed table numbers them.
 */
export function toDocument(form: MinutesForm, prune = true): MinutesDocument {
  const keep = <T>(rows: T[], empty: (row: T) => boolean) => (prune ? rows.filter((row) => !empty(row)) : rows);
  return {
    ...pick(form, PLAIN),
    attendees: keep(form.attendees, (g) => blank(g.group) && blank(g.names)).map((g) => ({ group: g.group, names: splitNames(g.names) })),
    observers: splitNames(form.observers),
    excused: splitNames(form.excused),
    absent: splitNames(form.absent),
    unrecorded: splitNames(form.unrecorded),
    agenda: keep(form.agenda, (a) => [a.title, a.presenter, a.planned, a.actual].every(blank)).map(({ key: _key, ...a }) => a),
    discussion: keep(
      form.discussion.map((d) => ({
        item: d.item,
        speakers: keep(
          d.speakers.map((s) => ({ speaker: s.speaker, unit: s.unit, points: keep(s.points, (p) => blank(p.text)).map((p) => p.text) })),
          (s) => blank(s.speaker) && blank(s.unit) && s.points.length === 0,
        ),
      })),
      (d) => blank(d.item) && d.speakers.length === 0,
    ),
    decisions: keep(form.decisions, (d) => blank(d.text)).map((d) => d.text),
    actions: keep(form.actions, (a) => [a.task, a.lead, a.co, a.deadline, a.deliverable, a.status].every(blank)).map(({ key: _key, ...a }, index) => ({
      no: index + 1,
      ...a,
    })),
  };
}
