import { describe, expect, it } from 'vitest';
import { describeStartupError } from '../../main/app/startup-error.js';
import { errorMessage } from '../../main/app/messages.js';
import { asLocale, isLocale, punctuationOf, translatorFor } from '../../shared/i18n/translate.js';

/**
 * main's translator: i18next over the shared resources with the renderer's settings, so main fills
 * sentences as the renderer does (plurals, {{n, number}}, nesting) and prints user text as typed.
 */
describe('translatorFor', () => {
  it('is ready at once, one per language', () => {
    expect(translatorFor('en')).toBe(translatorFor('en'));
    expect(translatorFor('zh-CN')('document:minutes.time')).toBe('时间');
    expect(translatorFor('en')('document:minutes.time')).toBe('Time');
  });

  it('chooses plurals and nests terms as the renderer does', () => {
    const en = translatorFor('en');
    expect(en('agenda:template.summary', { count: 1, minutes: 30 })).toBe('1 item, 30 min');
    expect(en('agenda:template.summary', { count: 3, minutes: 90 })).toBe('3 items, 90 min');
    // '任务分解表' is written once: the Export menu's name of the document, which its file name uses.
    expect(translatorFor('zh-CN')('document:fileName.tasks')).toBe(translatorFor('zh-CN')('export:kind.tasks'));
  });

  it('groups digits of {{n, number}} as the language does, in main as in the window', () => {
    const payload = { reason: 'bundle_too_many_rows', limit: 1_000_000 };
    expect(errorMessage('en', 'invalid_state', payload)).toContain('more than 1,000,000 rows');
    expect(errorMessage('zh-CN', 'invalid_state', payload)).toContain('超过 1,000,000 条');
  });

  it('prints user text that looks like i18next syntax as typed', () => {
    const title = 'A {{title}} $t(export:button) B';
    expect(translatorFor('zh-CN')('document:minutes.heading', { title })).toBe(`${title}会议纪要`);
    expect(translatorFor('en')('document:agenda.heading', { title })).toBe(`Agenda: ${title}`);
  });

  it('fills the shell dialogs as before: full-width punctuation in Chinese', () => {
    expect(describeStartupError(new Error('boom'), 'zh-CN', '/data').message).toBe('打开数据时出错：boom\n\n数据文件夹：/data');
    expect(describeStartupError(new Error('boom'), 'en', '/data').message).toContain('boom');
  });

  it('knows the languages and their punctuation', () => {
    expect(isLocale('en')).toBe(true);
    expect(isLocale('en-US')).toBe(false);
    expect(asLocale('en')).toBe('en');
    expect(asLocale('fr')).toBe('zh-CN');
    expect(punctuationOf('zh-CN')).toEqual({ list: '、', clause: '，', colon: '：', series: '；' });
    expect(punctuationOf('en')).toEqual({ list: ', ', clause: ', ', colon: ': ', series: '; ' });
  });
});
