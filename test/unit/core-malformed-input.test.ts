import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHANNEL_NAMES } from '../../shared/contract/channels.js';
import { resources } from '../../shared/i18n/index.js';
import { ok, snapshot, testRuntime, type TestRuntime } from '../helpers/runtime.js';

/**
 * Every channel of the contract, fed inputs that are wrong in the ways real bugs and hostile pages
 * are wrong: each must answer a typed `validation` error with a translated message, and leave every
 * row of the database as it was.
 */
let deep: unknown = { leaf: true };
for (let i = 0; i < 200; i++) deep = { nested: deep };

const MALFORMED: [string, unknown][] = [
  ['null', null],
  ['a number', 42],
  ['a string', "'; DROP TABLE programme; --"],
  ['an array', [1, 2, 3]],
  ['an unknown field', { unknownField: 1 }],
  ['a deep object', { id: 'x', deep }],
  ['a prototype key', JSON.parse('{"__proto__": {"polluted": true}, "id": "x"}')],
  ['a wrong-typed id', { id: 12345, sessionId: {}, programmeId: [], stageId: true }],
  ['an id with SQL', { id: "x' OR '1'='1", sessionId: "1; DELETE FROM person" }],
  ['a huge string', { id: 'a'.repeat(100_000), title: '题'.repeat(100_000), name: 'n'.repeat(100_000) }],
  ['control characters', { id: 'ok', title: 'bell\u0007', name: 'nul\u0000' }],
  ['a lone surrogate', { id: 'ok', title: 'broken \uD800 text', name: '\uDC00' }],
];

let rt: TestRuntime;
beforeAll(() => {
  rt = testRuntime();
  // Some data, so "nothing changed" means something.
  const programme = ok(rt.core.call('programme.create', { title: '清源县' })) as { id: string };
  const stage = ok(rt.core.call('stage.create', { programmeId: programme.id, title: '阶段一' })) as { id: string };
  ok(rt.core.call('session.create', { stageId: stage.id, title: '研讨会', sittings: [{ date: '2027-01-11', startTime: '09:00', endTime: '12:00' }] }));
  ok(rt.core.call('unit.create', { name: '工信局' }));
});
afterAll(() => rt.cleanup());

describe.each(CHANNEL_NAMES)('%s', (channel) => {
  it.each(MALFORMED)('refuses %s with a typed, translated error and changes nothing', async (_label, input) => {
    const before = snapshot(rt.core.db);
    // Through the service, as transports call: it serves every channel, the asynchronous exports too.
    const result = await rt.service.call(channel, input);
    expect(result.ok, JSON.stringify(result)).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('validation');
    for (const locale of ['zh-CN', 'en'] as const) {
      expect(resources[locale].errors.code[result.error.code]).toBeTruthy();
      for (const issue of result.error.issues ?? []) {
        // Every issue code the UI may receive has words in both languages.
        expect(Object.keys(resources[locale].errors.issue), `${issue.code} in ${locale}`).toContain(issue.code);
      }
    }
    expect(snapshot(rt.core.db)).toEqual(before);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

it('refuses an unknown channel with unknown_channel', () => {
  expect(rt.core.call('programme.drop', {})).toEqual({ ok: false, error: { code: 'unknown_channel', params: { channel: 'programme.drop' } } });
  expect(rt.core.call('__proto__', {})).toMatchObject({ ok: false, error: { code: 'unknown_channel' } });
  expect(rt.core.call('constructor', {})).toMatchObject({ ok: false, error: { code: 'unknown_channel' } });
});
