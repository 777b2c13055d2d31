import type { Locale } from '../../../shared/contract/fields.js';
import type { Presence } from '../../../shared/domain.js';
import { parseDueRule } from '../../../shared/due-rule.js';
import type {
  AgendaItemText,
  PersonKey,
  Sample,
  SampleAction,
  SampleAgendaItem,
  SampleAttendance,
  SampleNote,
  SampleSession,
  SampleText,
} from '../types.js';
import { en } from './en.js';
import {
  ACTIONS,
  AGENDAS,
  APPROVED_MINUTES,
  NOTES,
  PEOPLE,
  PLANS,
  SESSIONS,
  STAGES,
  UNITS,
  type ActionFacts,
  type AgendaItemFacts,
  type NoteFacts,
  type SessionFacts,
} from './structure.js';
import { zhCN } from './zh-CN.js';

export const SAMPLE_TEXT: Readonly<Record<Locale, SampleText>> = { 'zh-CN': zhCN, en };

/** Object.entries, giving back the literal key type (these records hold exactly their declared keys). */
function entries<K extends string, V>(record: Readonly<Record<K, V>>): [K, V][] {
  return Object.entries(record) as [K, V][];
}

/** Who attends one session in which role, in the order the minutes list them. */
function attendance(facts: (typeof SESSIONS)[number]): SampleAttendance[] {
  // Widened once here: only the sessions that have already met carry `presence`.
  const recorded: SessionFacts['presence'] = 'presence' in facts ? facts.presence : undefined;
  const presence = (person: PersonKey): Presence => recorded?.except[person] ?? recorded?.everyone ?? 'invited';
  const roles = [
    ['chair', [facts.chair]],
    ['presenter', facts.presenters],
    ['speaker', facts.speakers],
    ['attendee', facts.attendees],
    ['secretary', [facts.secretary]],
  ] as const;
  return roles.flatMap(([role, people]) => people.map((person) => ({ person, role, presence: presence(person) })));
}

/** One session's agenda with its words; every speaker is asked the item's prompt. */
function agenda(facts: (typeof SESSIONS)[number], text: SampleText): SampleAgendaItem[] {
  // Widened once here: the text type ties each session to its own item keys, which a loop over all
  // sessions cannot see; the Record type of SampleText['agendas'] already checked every key.
  const items: readonly AgendaItemFacts[] = AGENDAS[facts.key];
  const words = text.agendas[facts.key] as Readonly<Record<string, AgendaItemText>>;
  return items.map((item) => {
    const { title, chairNotes, speakerPrompt } = words[item.key]!;
    return {
      key: item.key,
      kind: item.kind,
      sitting: item.sitting,
      title,
      presenter: item.presenter,
      plannedMinutes: item.minutes,
      chairNotes,
      speakerPrompt,
      speakers: item.speakers.map(([person, minutes]) => ({ person, plannedSeconds: minutes * 60, prompt: speakerPrompt })),
    };
  });
}

/** The sample happens in Qingyuan County: its clock times are China Standard Time (UTC+8, no daylight saving). */
export const SAMPLE_UTC_OFFSET = '+08:00';

/** A note with its words, its instant (the date of its item's sitting at its clock time) and its recorder. */
function note(facts: NoteFacts, text: SampleText): SampleNote {
  const session = SESSIONS.find((s) => s.key === facts.session)!;
  const items: readonly AgendaItemFacts[] = AGENDAS[facts.session];
  const item = items.find((i) => i.key === facts.item)!;
  const [date] = session.sittings[item.sitting]!;
  const { text: said, reason } = text.notes[facts.key as keyof SampleText['notes']];
  return {
    key: facts.key as SampleNote['key'],
    session: facts.session,
    item: facts.item,
    speaker: facts.speaker,
    category: facts.category,
    text: said,
    important: facts.important ?? false,
    capturedAt: new Date(`${date}T${facts.at}:00${SAMPLE_UTC_OFFSET}`).toISOString(),
    capturedBy: text.people[session.secretary].name,
    disposition: facts.disposition,
    plan: facts.plan ?? null,
    reason,
  };
}

/** A task with its words; its due date is its spoken rule counted from the session's first sitting. */
function action(facts: ActionFacts, text: SampleText): SampleAction {
  const words = text.actions[facts.key as keyof SampleText['actions']];
  const [firstDate] = SESSIONS.find((s) => s.key === facts.session)!.sittings[0]!;
  const due = parseDueRule(words.dueRule, firstDate);
  if (!due.ok) throw new Error(`sample: the due rule of ${facts.key} does not parse (${due.reason})`);
  return {
    key: facts.key as SampleAction['key'],
    session: facts.session,
    item: facts.item,
    note: facts.note ?? null,
    title: words.title,
    description: words.description,
    deliverable: words.deliverable,
    lead: facts.lead,
    co: facts.co,
    owner: facts.owner,
    dueRule: due.rule,
    dueDate: due.date,
    status: facts.status,
    priority: facts.priority,
    checklist: words.checklist.map((item, index) => ({ text: item, done: index < facts.done })),
  };
}

/** The sample in one language: the structure with that language's words. */
export function sampleData(locale: Locale): Sample {
  const text = SAMPLE_TEXT[locale];
  return {
    locale,
    programme: text.programme,
    units: entries(UNITS).map(([key, kind]) => ({ key, kind, ...text.units[key] })),
    people: entries(PEOPLE).map(([key, facts]) => ({
      key,
      ...text.people[key],
      unit: facts.unit,
      category: facts.category,
    })),
    stages: STAGES.map((key) => ({ key, ...text.stages[key] })),
    sessions: SESSIONS.map(
      (facts): SampleSession => ({
        key: facts.key,
        stage: facts.stage,
        ...text.sessions[facts.key],
        mode: facts.mode,
        chair: facts.chair,
        secretary: facts.secretary,
        sittings: facts.sittings.map(([date, startTime, endTime]) => ({ date, startTime, endTime })),
        attendance: attendance(facts),
        agenda: agenda(facts, text),
      }),
    ),
    plans: PLANS.map((key) => ({ key, ...text.plans[key] })),
    // Widened once here: NOTES is a tuple of literal types, each note its own session's shape.
    notes: (NOTES as readonly NoteFacts[]).map((facts) => note(facts, text)),
    // Widened once here, as the notes: each task its own session's shape.
    actions: (ACTIONS as readonly ActionFacts[]).map((facts) => action(facts, text)),
    minutes: entries(APPROVED_MINUTES).map(([session, { approvedAt }]) => ({
      session,
      closing: text.minutes[session].closing,
      approvedAt: new Date(`${approvedAt}:00${SAMPLE_UTC_OFFSET}`).toISOString(),
    })),
  };
}
