import type { TFunction } from 'i18next';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { AppErrorPayload } from '../../shared/contract/result.js';
import { resources } from '../../shared/i18n/index.js';
import { errorMessage, fieldErrorText } from '../../renderer/src/i18n/errorMessage.js';
import { translators } from '../helpers/i18n.js';
import { ok, testRuntime, type TestRuntime, refusedCall } from '../helpers/runtime.js';

/**
 * Error messages as a Chinese secretary reads them: full-width punctuation, the field named once,
 * and a length limit stated ("不能超过 200 个字", not just "内容过长"). English alongside.
 */

let rt: TestRuntime;
beforeEach(() => {
  rt = testRuntime();
});
afterEach(() => rt.cleanup());

let zh: TFunction;
let en: TFunction;
beforeAll(async () => {
  ({ zh, en } = await translators());
});
const refused = refusedCall(() => rt);

function task() {
  const programme = ok(rt.core.call('programme.create', { title: '清源县' })) as { id: string };
  return ok(rt.core.call('action.create', { programmeId: programme.id, title: '编制产业链招商图谱' })) as { id: string };
}

/** Half-width punctuation that Chinese text must not use (placeholders and ASCII-only examples aside). */
const HALF_WIDTH = /[,;:()?!]/;
const strip = (s: string) => s.replace(/\{\{[^}]*\}\}/g, '');

describe('validation messages', () => {
  it('state the limit of a text that is too long, with full-width punctuation in Chinese', () => {
    const error = refused('action.update', { id: task().id, title: '长'.repeat(201) });
    expect(error.issues).toEqual([{ path: 'title', code: 'too_big_text', limit: 200 }]);
    expect(errorMessage(zh, error)).toBe('输入有误（标题：不能超过 200 个字）。');
    expect(errorMessage(en, error)).toBe('Some input is not valid (Title: at most 200 characters).');
    // Beside the field itself, the field is not named again.
    expect(fieldErrorText(zh, error)).toBe('不能超过 200 个字');
    expect(fieldErrorText(en, error)).toBe('at most 200 characters');
  });

  it('state the limit of a list with too many items', () => {
    const programme = ok(rt.core.call('programme.create', { title: '清源县' })) as { id: string };
    const error = refused('action.create', { programmeId: programme.id, title: '任务', checklist: Array.from({ length: 51 }, (_, i) => `第 ${i} 项`) });
    expect(errorMessage(zh, error)).toBe('输入有误（最多 50 项）。');
    expect(errorMessage(en, error)).toBe('Some input is not valid (at most 50 items).');
  });

  it('do not repeat the field name when what is wrong already says it', () => {
    const error: AppErrorPayload = { code: 'validation', issues: [{ path: 'coUnitIds', code: 'lead_also_co' }] };
    expect(errorMessage(zh, error)).toBe('输入有误（牵头单位不能同时是配合单位）。');
    expect(errorMessage(en, error)).toBe('Some input is not valid (Co-operating units: the lead unit cannot also be a co-operating unit).');
    const several: AppErrorPayload = { code: 'validation', issues: [{ path: 'title', code: 'required' }, { path: 'date', code: 'invalid_date' }] };
    expect(errorMessage(zh, several)).toBe('输入有误（标题：必填；日期无效）。');
  });

  it('never show a raw field path', () => {
    const error: AppErrorPayload = { code: 'validation', issues: [{ path: 'sittings.0.endTime', code: 'end_before_start' }] };
    expect(errorMessage(zh, error)).toBe('输入有误（结束时间须晚于开始时间）。');
  });
});

describe('the Chinese error resources', () => {
  it('use full-width punctuation everywhere', () => {
    const bad: string[] = [];
    const walk = (value: unknown, path: string) => {
      if (typeof value === 'string') {
        if (HALF_WIDTH.test(strip(value))) bad.push(`${path}: ${value}`);
      } else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(v, `${path}.${k}`);
    };
    walk(resources['zh-CN'].errors, 'errors');
    expect(bad).toEqual([]);
  });
});
