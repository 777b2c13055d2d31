import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { MinutesVersion, MinutesView } from '../../shared/minutes.js';
import { testClock } from '../helpers/clock.js';
import { withoutMinutes } from '../helpers/export.js';
import { ok, snapshot, testRuntime, type TestRuntime } from '../helpers/runtime.js';

let rt: TestRuntime;
beforeEach(() => {
  rt = testRuntime({ now: testClock(new Date(2027, 0, 11, 9, 0).toISOString()).now });
});
afterEach(() => rt.cleanup());
const call = (channel: string, input: unknown) => rt.core.call(channel, input);

/** The sample's Stage 1 seminar as right after the meeting: its approved minutes not written yet. */
function seed() {
  ok(call('sample.load', { locale: 'zh-CN' }));
  const sessionId = 'sample-zh-1-session-leadership_seminar';
  withoutMinutes(rt, sessionId);
  return sessionId;
}

describe('minutes', () => {
  it('drafts minutes from the sample session: header, attendees by category, agenda, discussion, actions', () => {
    const sessionId = seed();
    const minutes = ok(call('minutes.generate', { sessionId })) as MinutesVersion;
    expect(minutes).toMatchObject({ version: 1, status: 'draft', locale: 'zh-CN' });
    const doc = minutes.document;
    expect(doc.title).toContain('研讨');
    expect(doc.time).toContain('2027年1月11日');
    expect(doc.venue).toBe('县委会议室');
    expect(doc.chair).toBe('江辰');
    expect(doc.attendees.map((g) => g.group)).toContain('县领导');
    expect(doc.excused.length).toBeGreaterThan(0);
    expect(doc.agenda[0]).toMatchObject({ title: '战略愿景与关键路径', planned: '09:00–09:45' });
  });

  it('edits the draft, approves it, refuses edits to approved minutes, and starts a new version', () => {
    const sessionId = seed();
    const draft = ok(call('minutes.generate', { sessionId })) as MinutesVersion;
    const edited = ok(
      call('minutes.update', { sessionId, version: 1, document: { ...draft.document, closing: '会议要求各单位抓好落实。' } }),
    ) as MinutesVersion;
    expect(edited.document.closing).toBe('会议要求各单位抓好落实。');
    ok(call('minutes.approve', { sessionId, version: 1 }));
    expect((ok(call('session.get', { id: sessionId })) as { session: { minutesStatus: string } }).session.minutesStatus).toBe('approved');
    const before = snapshot(rt.core.db);
    expect(call('minutes.update', { sessionId, version: 1, document: draft.document })).toMatchObject({
      ok: false,
      error: { code: 'invalid_state', params: { reason: 'minutes_approved' } },
    });
    expect(call('minutes.generate', { sessionId })).toMatchObject({ ok: false, error: { code: 'invalid_state' } });
    expect(snapshot(rt.core.db)).toEqual(before);
    // Even a direct write cannot change approved minutes: the database refuses.
    expect(() => rt.core.db.prepare("UPDATE minutes SET document = '{}' WHERE version = 1").run()).toThrow(/locked/);
    const next = ok(call('minutes.newVersion', { sessionId })) as MinutesVersion;
    expect(next).toMatchObject({ version: 2, status: 'draft' });
    expect(next.document.closing).toBe('会议要求各单位抓好落实。');
    const view = ok(call('minutes.get', { sessionId })) as MinutesView;
    expect(view.versions.map((v) => [v.version, v.status])).toEqual([
      [2, 'draft'],
      [1, 'approved'],
    ]);
    // Version 1 stays readable as it was approved while version 2 changes.
    ok(call('minutes.update', { sessionId, version: 2, document: { ...next.document, closing: '修订后的要求。' } }));
    const first = ok(call('minutes.version', { sessionId, version: 1 })) as MinutesVersion;
    expect(first).toMatchObject({ version: 1, status: 'approved' });
    expect(first.document.closing).toBe('会议要求各单位抓好落实。');
    expect(call('minutes.version', { sessionId, version: 3 })).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });

  it('refuses a malformed document and changes nothing', () => {
    const sessionId = seed();
    ok(call('minutes.generate', { sessionId }));
    const before = snapshot(rt.core.db);
    expect(call('minutes.update', { sessionId, version: 1, document: { title: 'x' } })).toMatchObject({ ok: false, error: { code: 'validation' } });
    expect(snapshot(rt.core.db)).toEqual(before);
  });
});

describe('service', () => {
  it('serves the core channels and validates the asynchronous ones', async () => {
    expect(await rt.service.call('programme.list', {})).toEqual({ ok: true, value: [] });
    expect(await rt.service.call('export.render', { kind: 'minutes', format: 'exe', sessionId: 'x' })).toMatchObject({
      ok: false,
      error: { code: 'validation' },
    });
    expect(rt.core.call('export.render', { kind: 'minutes', format: 'md', sessionId: 'x' })).toMatchObject({
      ok: false,
      error: { code: 'unknown_channel' },
    });
  });
});
