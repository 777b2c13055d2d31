import type { z } from 'zod';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHANNEL_NAMES, channels } from '../../shared/contract/channels.js';
import { isRoomChannel } from '../../shared/contract/channels-room.js';
import type { Result } from '../../shared/contract/result.js';
import { resources } from '../../shared/i18n/index.js';
import { ok, snapshot, testRuntime, type TestRuntime } from '../helpers/runtime.js';
import { shapeOf, validInputWith, withValue, type StringField } from '../helpers/valid-shape.js';

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
];

/**
 * Hostile text, each put into one real string field of a valid-shaped input of every channel, so
 * the refusal can only come from the check the case names: the field's length limit, or the text
 * checks of shared/contract/fields.ts (a formatted field, such as an id or a date, refuses it by its
 * format). A field that declares neither would let the text in: that fails as 'accepted'.
 */
interface Hostile {
  label: string;
  value: (field: StringField) => string;
  /** The issue code the refusal must carry for this field, or null where the case does not apply. */
  check: (field: StringField) => string | null;
}
const byItsText = (code: string) => (field: StringField) =>
  field.refinements.includes(code) ? code : field.formatted || field.refinements.includes('invalid_format') ? 'invalid_format' : 'accepted';
const HOSTILE: Hostile[] = [
  { label: 'one character over its limit', value: (field) => 'A'.repeat(field.max! + 1), check: (field) => (field.max === null ? null : 'too_big_text') },
  { label: 'a control character', value: () => 'bell\u0007', check: byItsText('control_character') },
  { label: 'an invisible control', value: () => 'txt\u202Eexe', check: byItsText('invisible_control') },
  { label: 'a lone surrogate', value: () => 'broken \uD800 text', check: byItsText('lone_surrogate') },
];

/** How many (channel, field) cases reached each check: printed at the end, and none may be zero. */
const reached = new Map<string, number>();

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

/** A refusal as the UI gets it: typed, every issue with words in both languages, nothing changed. */
function expectRefusal(result: Result<unknown>, before: ReturnType<typeof snapshot>) {
  expect(result.ok, JSON.stringify(result).slice(0, 500)).toBe(false);
  if (result.ok) return [];
  expect(result.error.code).toBe('validation');
  for (const locale of ['zh-CN', 'en'] as const) {
    expect(resources[locale].errors.code[result.error.code]).toBeTruthy();
    for (const issue of result.error.issues ?? []) {
      // Every issue code the UI may receive has words in both languages.
      expect(Object.keys(resources[locale].errors.issue), `${issue.code} in ${locale}`).toContain(issue.code);
    }
  }
  expect(snapshot(rt.core.db)).toEqual(before);
  return result.error.issues ?? [];
}

// The room's channels are served by main/room (issue 18, built on another branch); until it is
// merged the service answers them unknown_channel, so they are left out here on this branch only.
describe.each(CHANNEL_NAMES.filter((name) => !isRoomChannel(name)))('%s', (channel) => {
  it.each(MALFORMED)('refuses %s with a typed, translated error and changes nothing', async (_label, input) => {
    const before = snapshot(rt.core.db);
    // Through the service, as transports call: it serves every channel, the asynchronous exports too.
    expectRefusal(await rt.service.call(channel, input), before);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  const schema = channels[channel].input as z.ZodType;
  const shape = shapeOf(schema);
  const cases = shape.fields.flatMap((field) =>
    HOSTILE.flatMap((hostile) => {
      const check = hostile.check(field);
      return check ? [{ name: `${field.path.join('.')}: ${hostile.label} → ${check}`, field, hostile, check }] : [];
    }),
  );
  if (cases.length === 0) return;
  it.each(cases)('refuses $name', async ({ field, hostile, check }) => {
    expect(check, `${channel} ${field.path.join('.')} takes ${hostile.label}: it declares no check that refuses it`).not.toBe('accepted');
    const base = validInputWith(schema, shape, field.path);
    expect(base, `no valid-shaped input of ${channel} holds ${field.path.join('.')}`).not.toBeNull();
    const before = snapshot(rt.core.db);
    const issues = expectRefusal(await rt.service.call(channel, withValue(base!, field.path, hostile.value(field))), before);
    const expected = check === 'too_big_text' ? { path: field.path.join('.'), code: check, limit: field.max } : { path: field.path.join('.'), code: check };
    expect(issues).toContainEqual(expected);
    reached.set(check, (reached.get(check) ?? 0) + 1);
  });
});

afterAll(() => {
  const counts = Object.fromEntries([...reached].sort());
  console.log('hostile-input cases that reached each check:', JSON.stringify(counts));
  for (const check of ['too_big_text', 'control_character', 'invisible_control', 'lone_surrogate', 'invalid_format']) expect(counts[check], check).toBeGreaterThan(0);
});

it('refuses an unknown channel with unknown_channel', () => {
  expect(rt.core.call('programme.drop', {})).toEqual({ ok: false, error: { code: 'unknown_channel', params: { channel: 'programme.drop' } } });
  expect(rt.core.call('__proto__', {})).toMatchObject({ ok: false, error: { code: 'unknown_channel' } });
  expect(rt.core.call('constructor', {})).toMatchObject({ ok: false, error: { code: 'unknown_channel' } });
});
