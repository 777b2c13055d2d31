import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { aliasesOf, categoryByAlias, CATEGORY_KEYS, matchCategories } from '../../renderer/src/screens/capture/categories.js';
import { findTrigger, noteText, removeTrigger } from '../../renderer/src/screens/capture/parse.js';
import { NOTE_CATEGORIES } from '../../shared/notes.js';

/** The caret at the end of the text. */
const at = (text: string) => findTrigger(text, text.length);

describe('findTrigger: @ and # in the capture line', () => {
  it('finds @ at the start, after a space and right after Chinese text', () => {
    expect(at('@lwd')).toEqual({ kind: 'speaker', start: 0, end: 4, query: 'lwd', hasSpace: false });
    expect(at('提到 @gxj')).toMatchObject({ kind: 'speaker', start: 3, query: 'gxj' });
    expect(at('关于这个问题@林')).toMatchObject({ kind: 'speaker', start: 6, query: '林' });
    expect(at('@')).toMatchObject({ kind: 'speaker', query: '' });
  });

  it('finds # for categories, half- and full-width (as an IME types them)', () => {
    expect(at('#jy')).toMatchObject({ kind: 'category', start: 0, query: 'jy' });
    expect(at('要加强＃建议')).toMatchObject({ kind: 'category', start: 3, query: '建议' });
    expect(at('＠林卫东')).toMatchObject({ kind: 'speaker', query: '林卫东' });
  });

  it('ignores @ and # glued to a Latin word: e-mail addresses, C#, issue numbers in words', () => {
    expect(at('mail qin@county.gov')).toBeNull();
    expect(at('written in C#')).toBeNull();
    expect(at('abc#1')).toBeNull();
  });

  it('a category query ends at a space; a speaker query may contain spaces but never starts with one', () => {
    expect(at('#jy ')).toBeNull();
    expect(at('@Lin Wei')).toMatchObject({ kind: 'speaker', query: 'Lin Wei', hasSpace: true });
    expect(at('@ 林')).toBeNull();
  });

  it('never crosses a line break, and looks back only so far', () => {
    expect(at('@lwd\n说')).toBeNull();
    expect(at(`@${'x'.repeat(60)}`)).toBeNull();
  });

  it('uses the caret, not the end of the text', () => {
    const text = '@lwd 说要 #jy';
    expect(findTrigger(text, 4)).toMatchObject({ kind: 'speaker', query: 'lwd' });
    expect(findTrigger(text, 2)).toMatchObject({ kind: 'speaker', query: 'l' });
    expect(findTrigger(text, 7)).toMatchObject({ kind: 'speaker', query: 'lwd 说要', hasSpace: true });
    expect(findTrigger(text, text.length)).toMatchObject({ kind: 'category', query: 'jy' });
    expect(findTrigger(text, 99)).toBeNull();
  });
});

describe('findTrigger after punctuation (issue: "…pipeline.#dif" was saved as text)', () => {
  /** Punctuation a sentence may end or pause with, ASCII and full-width. */
  const PUNCTUATION = [...'.,;:!?)]}"\'-+/~*…', ...'。，、；：！？）】」』”’《》（'];

  it('an English #tag and @name right after a full stop, comma or bracket open the picker', () => {
    expect(at('We need a pipeline.#dif')).toMatchObject({ kind: 'category', start: 19, query: 'dif' });
    expect(at('Agreed,@lw')).toMatchObject({ kind: 'speaker', query: 'lw' });
    expect(at('(see above)#sug')).toMatchObject({ kind: 'category', query: 'sug' });
    expect(at('Really?#q')).toMatchObject({ kind: 'category', query: 'q' });
    expect(at('more+#idea')).toMatchObject({ kind: 'category', query: 'idea' });
  });

  it('Chinese: right after 。，、 and full-width brackets', () => {
    expect(at('要建立项目库。#建议')).toMatchObject({ kind: 'category', query: '建议' });
    expect(at('这一点，@林')).toMatchObject({ kind: 'speaker', query: '林' });
    expect(at('（补充）＃jy')).toMatchObject({ kind: 'category', query: 'jy' });
  });

  it('never inside an e-mail address or a web address', () => {
    expect(at('write to lin.weidong@qy.gov.cn')).toBeNull();
    expect(at('a@b.com')).toBeNull();
    expect(at('first_last@x')).toBeNull();
    expect(at('see https://qy.gov.cn/#/plan')).toBeNull();
    expect(at('see https://qy.gov.cn/#')).toBeNull();
    expect(at('www.qy.gov.cn/@lin')).toBeNull();
    expect(at('file:///a/b/#x')).toBeNull();
    // A web address earlier in the line does not swallow a later tag.
    expect(at('see https://qy.gov.cn/ #dif')).toMatchObject({ kind: 'category', query: 'dif' });
    expect(at('见 https://qy.gov.cn/a。#建议')).toMatchObject({ kind: 'category', query: '建议' });
  });

  it('property: any text ending in punctuation, then # or @ and a key, is a trigger with that key', () => {
    const words = fc.stringMatching(/^[A-Za-z\u4e00-\u9fa5 ]{0,20}$/);
    fc.assert(
      fc.property(words, fc.constantFrom(...PUNCTUATION), fc.constantFrom('#', '＃', '@', '＠'), fc.stringMatching(/^[a-z\u4e00-\u9fa5]{1,8}$/), (before, mark, trigger, key) => {
        const text = `${before}${mark}${trigger}${key}`;
        const found = at(text);
        expect(found).toMatchObject({ kind: trigger === '#' || trigger === '＃' ? 'category' : 'speaker', start: before.length + mark.length, query: key });
      }),
    );
  });

  it('property: no caret anywhere in an e-mail address or a URL finds a trigger in it', () => {
    const part = fc.stringMatching(/^[a-z0-9]{1,8}$/);
    const email = fc.tuple(part, fc.constantFrom('.', '_', '-', '+', ''), part, part).map(([a, sep, b, domain]) => `${a}${sep}${b}@${domain}.cn`);
    const url = fc
      .tuple(fc.constantFrom('https://', 'http://', 'ftp://', 'www.'), part, fc.constantFrom('/#', '/#/', '/@', '?#', '/a.#', '/,@'), part)
      .map(([scheme, host, path, rest]) => `${scheme}${host}.cn${path}${rest}`);
    fc.assert(
      fc.property(fc.oneof(email, url), fc.constantFrom('', 'See ', '见', 'note: '), (address, before) => {
        const text = before + address;
        for (let caret = before.length; caret <= text.length; caret++) expect(findTrigger(text, caret), `${text} @${caret}`).toBeNull();
      }),
    );
  });

  it('property: removing a found trigger leaves exactly the text around it', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[a-z。，.,!? ]{0,12}$/), fc.stringMatching(/^[a-z]{1,6}$/), fc.stringMatching(/^[a-z ]{0,12}$/), (before, key, after) => {
        const text = `${before}#${key}`;
        const found = at(text);
        if (!found) return; // glued to a word: covered above
        const removed = removeTrigger(text + after, found);
        expect(removed.text.replace(/\s+/g, '')).toBe((before + after).replace(/\s+/g, ''));
        expect(removed.caret).toBeLessThanOrEqual(before.length);
      }),
    );
  });
});

describe('removeTrigger: a pick becomes a chip and leaves tidy text', () => {
  it('removes the trigger and its query, without a double space', () => {
    const text = '建议 @lwd 加强';
    const trigger = findTrigger(text, 7)!;
    expect(removeTrigger(text, trigger)).toEqual({ text: '建议 加强', caret: 3 });
  });

  it('at the start of the line leaves no leading blank', () => {
    expect(removeTrigger('@lwd 希望出台政策', { start: 0, end: 4 })).toEqual({ text: '希望出台政策', caret: 0 });
    expect(removeTrigger('#jy', { start: 0, end: 3 })).toEqual({ text: '', caret: 0 });
  });

  it('at the end keeps the text before it', () => {
    expect(removeTrigger('希望出台政策 #jy', { start: 7, end: 10 })).toEqual({ text: '希望出台政策 ', caret: 7 });
  });
});

describe('noteText', () => {
  it('trims the note and the end of each line, keeps inner line breaks', () => {
    expect(noteText('  第一点  \n第二点 \n\n')).toBe('第一点\n第二点');
    expect(noteText(' \n ')).toBe('');
  });
});

describe('category keys', () => {
  it('every alias names exactly one category', () => {
    const all = NOTE_CATEGORIES.flatMap((c) => aliasesOf(c).map((alias) => [alias, c] as const));
    const owners = new Map<string, Set<string>>();
    for (const [alias, c] of all) owners.set(alias, (owners.get(alias) ?? new Set()).add(c));
    for (const [alias, set] of owners) expect(set.size, alias).toBe(1);
  });

  it('pinyin initials, the Chinese word and the English key all find suggestion', () => {
    for (const q of ['jy', '建议', 'sug', 'SUG', 'suggestion', 'ｊｙ', 'yj', '意见']) expect(categoryByAlias(q), q).toBe('suggestion');
    expect(categoryByAlias('zy')).toBe('difficulty');
    expect(categoryByAlias('制约')).toBe('difficulty');
    expect(categoryByAlias('xyz')).toBeNull();
  });

  it('matches prefixes and pinyin, the exact key first; empty lists all in order', () => {
    expect(matchCategories('')).toEqual([...NOTE_CATEGORIES]);
    expect(matchCategories('jy')[0]).toBe('suggestion');
    expect(matchCategories('jian')[0]).toBe('suggestion');
    expect(matchCategories('建')[0]).toBe('suggestion');
    expect(matchCategories('de')).toContain('decision');
    expect(matchCategories('qqqq')).toEqual([]);
    // Every documented key finds its category first.
    for (const c of NOTE_CATEGORIES) {
      const keys = CATEGORY_KEYS[c];
      for (const q of [keys.pinyin, keys.zh, keys.en]) expect(matchCategories(q)[0], q).toBe(c);
    }
  });
});
