import { describe, expect, it } from 'vitest';
import { clockTime, id, isoDate, line, longText, title, type Locale } from '../../shared/contract/fields.js';
import { SAMPLE_TEXT, sampleData } from '../../main/sample/data/index.js';
import { AGENDAS, PEOPLE, SESSIONS, STAGES, UNITS } from '../../main/sample/data/structure.js';
import { copyIds, directoryId } from '../../main/sample/ids.js';
import type { Sample } from '../../main/sample/types.js';

const LOCALES: Locale[] = ['zh-CN', 'en'];
const CJK = /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]/;

/** The structure of a value with its leaves replaced by their type: equal shapes, equal keys. */
function shape(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(shape);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).sort(([a], [b]) => a.localeCompare(b)).map(([k, v]) => [k, shape(v)]));
  }
  return typeof value;
}

/** Every string in a value, for checks that apply to all of the sample's text. */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (value !== null && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

describe('sample data', () => {
  it('has the same structure, key for key, in zh-CN and en', () => {
    expect(shape(SAMPLE_TEXT.en)).toEqual(shape(SAMPLE_TEXT['zh-CN']));
    for (const text of Object.values(SAMPLE_TEXT)) {
      expect(Object.keys(text.units).sort()).toEqual(Object.keys(UNITS).sort());
      expect(Object.keys(text.people).sort()).toEqual(Object.keys(PEOPLE).sort());
      expect(Object.keys(text.stages).sort()).toEqual([...STAGES].sort());
      expect(Object.keys(text.sessions).sort()).toEqual(SESSIONS.map((s) => s.key).sort());
      expect(Object.keys(text.agendas).sort()).toEqual(SESSIONS.map((s) => s.key).sort());
      for (const { key } of SESSIONS) {
        expect(Object.keys(text.agendas[key]).sort(), key).toEqual(AGENDAS[key].map((item) => item.key).sort());
      }
    }
    const zh = sampleData('zh-CN');
    const en = sampleData('en');
    expect(shape(en)).toEqual(shape(zh));
    // Everything but the words is shared: the same facts in the same order.
    const facts = (s: Sample) => ({
      units: s.units.map((u) => [u.key, u.kind]),
      people: s.people.map((p) => [p.key, p.unit, p.category]),
      stages: s.stages.map((st) => st.key),
      sessions: s.sessions.map(({ key, stage, mode, chair, secretary, sittings, attendance, agenda }) => ({
        key, stage, mode, chair, secretary, sittings, attendance,
        agenda: agenda.map((i) => ({
          key: i.key, kind: i.kind, sitting: i.sitting, presenter: i.presenter, plannedMinutes: i.plannedMinutes,
          hasPrompt: i.speakerPrompt !== '',
          speakers: i.speakers.map((sp) => [sp.person, sp.plannedSeconds, sp.prompt === i.speakerPrompt]),
        })),
      })),
    });
    expect(facts(en)).toEqual(facts(zh));
  });

  it('writes Chinese in zh-CN and no Chinese in en', () => {
    const zh = SAMPLE_TEXT['zh-CN'];
    for (const text of [...Object.values(zh.people).map((p) => p.name), ...Object.values(zh.units).map((u) => u.name)]) {
      expect(text).toMatch(CJK);
    }
    for (const text of strings(SAMPLE_TEXT.en)) expect(text).not.toMatch(CJK);
  });

  it('fits the contract: every text passes the field schema its column is written through', () => {
    for (const locale of LOCALES) {
      const s = sampleData(locale);
      const check = (schema: { safeParse(v: unknown): { success: boolean } }, value: string) =>
        expect(schema.safeParse(value).success, `${locale}: ${value}`).toBe(true);
      check(title, s.programme.title);
      check(longText, s.programme.description);
      s.units.forEach((u) => (check(title, u.name), check(line, u.shortName)));
      s.people.forEach((p) => (check(title, p.name), check(line, p.position)));
      s.stages.forEach((st) => (check(title, st.title), check(longText, st.audience), check(longText, st.purpose)));
      for (const session of s.sessions) {
        check(title, session.title);
        check(line, session.theme);
        check(line, session.venue);
        for (const sitting of session.sittings) {
          check(isoDate, sitting.date);
          check(clockTime, sitting.startTime);
          check(clockTime, sitting.endTime);
          expect(sitting.startTime < sitting.endTime).toBe(true);
        }
        for (const item of session.agenda) {
          check(title, item.title);
          check(longText, item.chairNotes);
          check(line, item.speakerPrompt);
          item.speakers.forEach((speaker) => check(line, speaker.prompt));
        }
      }
      for (const action of s.actions) {
        check(title, action.title);
        check(longText, action.description);
        check(longText, action.deliverable);
        check(line, action.dueRule);
        check(isoDate, action.dueDate);
        action.checklist.forEach((item) => check(title, item.text));
      }
      s.minutes.forEach((m) => check(longText, m.closing));
    }
  });

  it('gives every task the same due date, checklist and ticks in both languages', () => {
    const facts = (s: Sample) => s.actions.map((a) => [a.key, a.session, a.dueDate, a.status, a.lead, a.co, a.checklist.map((c) => c.done)]);
    expect(facts(sampleData('en'))).toEqual(facts(sampleData('zh-CN')));
    // "一个月内" of the Stage 1 seminar (2027-01-11), as action.update would count it.
    expect(sampleData('zh-CN').actions.find((a) => a.key === 'specialised_policy')).toMatchObject({ dueRule: '一个月内', dueDate: '2027-02-11' });
    expect(sampleData('en').actions.find((a) => a.key === 'specialised_policy')).toMatchObject({ dueRule: 'within one month', dueDate: '2027-02-11' });
  });

  it('names each unit once and lists each person at most once per session, with one chair and one secretary', () => {
    for (const locale of LOCALES) {
      const s = sampleData(locale);
      expect(new Set(s.units.map((u) => u.name)).size).toBe(s.units.length);
      for (const session of s.sessions) {
        const people = session.attendance.map((a) => a.person);
        expect(new Set(people).size, session.key).toBe(people.length);
        expect(session.attendance.filter((a) => a.role === 'chair').map((a) => a.person)).toEqual([session.chair]);
        expect(session.attendance.filter((a) => a.role === 'secretary').map((a) => a.person)).toEqual([session.secretary]);
      }
    }
  });

  it('covers the units of the scenario', () => {
    const shortNames = Object.values(SAMPLE_TEXT['zh-CN'].units).map((u) => u.shortName);
    for (const name of ['县委', '县政府', '县委组织部', '考核办', '发改局', '工信局', '财政局', '金融办', '农业农村局', '文旅局',
      '自然资源和规划局', '经开区管委会', '城关镇', '河西镇', '青山乡', '县人大常委会', '县政协']) {
      expect(shortNames).toContain(name);
    }
    expect(Object.values(UNITS).filter((kind) => kind === 'enterprise')).toHaveLength(3);
  });

  it('derives valid ids (at most 64 characters) from every key', () => {
    const all: string[] = [];
    for (const locale of LOCALES) {
      for (const copy of [1, 999]) {
        const ids = copyIds(locale, copy);
        all.push(ids.programme, ...STAGES.map(ids.stage));
        for (const session of SESSIONS) {
          all.push(ids.session(session.key), ...session.sittings.map((_, i) => ids.sitting(session.key, i)));
          for (const item of AGENDAS[session.key]) {
            all.push(ids.agendaItem(session.key, item.key), ...item.speakers.map((_, i) => ids.speaker(session.key, item.key, i)));
          }
        }
      }
      all.push(...Object.keys(UNITS).map((k) => `${directoryId(locale, 'unit', k)}-99`));
      all.push(...Object.keys(PEOPLE).map((k) => `${directoryId(locale, 'person', k)}-99`));
    }
    for (const value of all) expect(id.safeParse(value).success, value).toBe(true);
    expect(new Set(all).size).toBe(all.length);
  });

  it('gives every session an agenda that fits its sittings, with queues only for rounds of statements', () => {
    for (const session of sampleData('zh-CN').sessions) {
      const { key, agenda, sittings } = session;
      expect(agenda.length, key).toBeGreaterThan(0);
      expect(new Set(agenda.map((i) => i.key)).size, key).toBe(agenda.length);
      // Items run in sitting order: no item goes back to an earlier sitting.
      expect(agenda.map((i) => i.sitting), key).toEqual(agenda.map((i) => i.sitting).sort((a, b) => a - b));
      sittings.forEach((sitting, index) => {
        const minutes = agenda.filter((i) => i.sitting === index).reduce((sum, i) => sum + i.plannedMinutes, 0);
        const toMinutes = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3));
        expect(minutes, `${key} sitting ${index + 1}`).toBeLessThanOrEqual(toMinutes(sitting.endTime) - toMinutes(sitting.startTime));
      });
      for (const item of agenda) {
        expect(item.sitting, item.key).toBeLessThan(sittings.length);
        expect(item.plannedMinutes, item.key).toBeGreaterThan(0);
        expect(item.chairNotes, item.key).not.toBe('');
        const isRound = item.kind === 'statements';
        expect(item.speakers.length > 0, `${key}.${item.key}`).toBe(isRound);
        expect(item.speakerPrompt !== '', `${key}.${item.key}`).toBe(isRound);
        expect(item.speakers.reduce((sum, sp) => sum + sp.plannedSeconds, 0), item.key).toBeLessThanOrEqual(item.plannedMinutes * 60);
        if (item.kind === 'summary') expect(item.presenter, item.key).toBe(session.chair);
      }
    }
  });
});
