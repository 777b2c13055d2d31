import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Person, Unit } from '../../shared/domain.js';
import {
  PERSON_WEIGHT,
  TIER,
  byName,
  createMatcher,
  fold,
  matcherBy,
  personMatcher,
  scoreFields,
  tokenize,
  unitMatcher,
} from '../../renderer/src/search/match.js';
import { pinyinKeys, readingsOf } from '../../shared/pinyin.js';

function unit(id: string, name: string, shortName = ''): Unit {
  return { id, name, shortName, kind: 'department' };
}

const units: Unit[] = [
  unit('u-gxj', '工信局', '工信'),
  unit('u-czj', '财政局', '财政'),
  unit('u-xw', '县委'),
  unit('u-jkq', '经开区管委会', '经开区'),
  unit('u-lv', '绿源科技有限公司', '绿源'),
];
const unitsById = new Map(units.map((u) => [u.id, u]));

function person(id: string, name: string, position: string, unitId: string | null, category: Person['category'] = 'other'): Person {
  return { id, name, position, unitId, unitName: unitId ? unitsById.get(unitId)!.name : null, category };
}

const people: Person[] = [
  person('p-jc', '江辰', '县委书记', 'u-xw', 'leadership'),
  person('p-lcg', '李长根', '县长', 'u-xw', 'leadership'),
  person('p-wm', '王敏', '局长', 'u-gxj', 'department_head'),
  person('p-zh', '赵海', '副局长', 'u-gxj', 'department_head'),
  person('p-cy', '陈洋', '局长', 'u-czj', 'department_head'),
  person('p-jcl', '江成龙', '主任', 'u-jkq', 'department_head'),
  person('p-lh', '吕华', '董事长', 'u-lv', 'entrepreneur'),
  person('p-en', 'Jiang Chen', 'Party Secretary', null, 'leadership'),
  person('p-gj', '高建军', '专家', null, 'expert'),
];

const names = (list: Person[]) => list.map((p) => p.name);

describe('fold and tokenize', () => {
  it('folds width and case and collapses spaces', () => {
    expect(fold('  ＧＸＪ  Ab ')).toBe('gxj ab');
  });

  it('gives every reading of a polyphonic character', () => {
    expect(readingsOf('长')).toEqual(expect.arrayContaining(['chang', 'zhang']));
    expect(readingsOf('吕')).toEqual(expect.arrayContaining(['lv', 'lu']));
  });

  it('makes one token per Chinese character and per Latin word, dropping punctuation', () => {
    const tokens = tokenize('工信局（Office 2）');
    expect(tokens.map((t) => t.char)).toEqual(['工', '信', '局', null, null]);
    expect(tokens.map((t) => t.readings[0])).toEqual(['gong', 'xin', 'ju', 'office', '2']);
  });
});

describe('personMatcher', () => {
  const matcher = personMatcher(people, units);

  it('finds a person by pinyin initials of the name', () => {
    const found = names(matcher.search('jc'));
    expect(found[0]).toBe('江辰');
    expect(found).toContain('江成龙');
    expect(found).toContain('Jiang Chen');
  });

  it('ranks a whole-name initials match before a prefix match', () => {
    const found = names(matcher.search('jc'));
    expect(found.indexOf('江辰')).toBeLessThan(found.indexOf('江成龙'));
  });

  it('finds a unit and its people by the pinyin initials of the unit', () => {
    const found = names(matcher.search('gxj'));
    expect(found).toEqual(['王敏', '赵海']);
    expect(unitMatcher(units).search('gxj').map((u) => u.name)).toEqual(['工信局']);
  });

  it('matches full pinyin, mixed pinyin and characters with pinyin', () => {
    // 江成龙 matches too (chen is a prefix of cheng), after the whole-name matches.
    expect(names(matcher.search('jiangchen'))).toEqual(['江辰', 'Jiang Chen', '江成龙']);
    expect(names(matcher.search('jiangc'))[0]).toBe('江辰');
    expect(names(matcher.search('jchen'))).toContain('江辰');
    expect(names(matcher.search('江c'))).toEqual(expect.arrayContaining(['江辰', '江成龙']));
    expect(names(matcher.search('gongxinju'))).toEqual(['王敏', '赵海']);
  });

  it('is case-insensitive and ignores spaces and apostrophes in pinyin', () => {
    expect(names(matcher.search('JC'))[0]).toBe('江辰');
    expect(names(matcher.search("jiang'chen"))[0]).toBe('江辰');
    expect(names(matcher.search('Jiang Chen'))[0]).toBe('江辰');
  });

  it('accepts every reading of a polyphonic character', () => {
    expect(names(matcher.search('lcg'))).toEqual(['李长根']);
    expect(names(matcher.search('lzg'))).toEqual(['李长根']);
  });

  it('accepts v and u for ü', () => {
    expect(names(matcher.search('lvhua'))).toEqual(['吕华']);
    expect(names(matcher.search('luhua'))).toEqual(['吕华']);
  });

  it('matches by name, position, unit name and unit short name as text', () => {
    expect(names(matcher.search('江辰'))[0]).toBe('江辰');
    expect(names(matcher.search('局长'))).toEqual(['王敏', '陈洋', '赵海']);
    expect(names(matcher.search('财政'))).toEqual(['陈洋']);
    expect(names(matcher.search('经开区'))).toEqual(['江成龙']);
    expect(names(matcher.search('secretary'))).toEqual(['Jiang Chen']);
  });

  it('ranks exact, then prefix, then contains; name before unit before position', () => {
    // 县委 is the unit of 江辰 and 李长根 (exact) and part of 县委书记 (a position).
    const ranked = matcher.rank('县委');
    expect(ranked.map((r) => r.item.name)).toEqual(['江辰', '李长根']);
    expect(ranked[0]!.score).toBe(PERSON_WEIGHT.unit + TIER.exact);
    expect(ranked[0]!.field).toBe('县委');

    const jiang = matcher.rank('江');
    expect(jiang.map((r) => r.item.name).slice(0, 2)).toEqual(['江辰', '江成龙']);
    expect(jiang[0]!.score).toBe(PERSON_WEIGHT.name + TIER.prefix);
  });

  it('returns everyone, in order, for an empty query, and honours a limit', () => {
    expect(names(matcher.search(''))).toEqual(names(people));
    expect(names(matcher.search('   '))).toEqual(names(people));
    expect(matcher.search('', 3)).toHaveLength(3);
    expect(matcher.search('j', 2)).toHaveLength(2);
  });

  it('finds nothing for nonsense and for punctuation only', () => {
    expect(matcher.search('zzzz')).toEqual([]);
    expect(matcher.search('xq')).toEqual([]);
  });

  it('uses unitName when the unit list is not given', () => {
    expect(names(personMatcher(people).search('czj'))).toEqual(['陈洋']);
  });

  it('matches letters in order across consecutive characters only', () => {
    // 高建军: g j j; "gjj" matches, "gj" is a prefix, "jg" is not a match.
    expect(names(matcher.search('gjj'))).toEqual(['高建军']);
    expect(names(matcher.search('jg'))).toEqual([]);
  });
});

describe('generic matchers', () => {
  it('matches any item that holds a person', () => {
    const participants = people.map((p) => ({ person: p, role: 'attendee' }));
    const found = matcherBy(participants, (x) => x.person, units).search('cz');
    expect(found.map((x) => x.person.name)).toEqual(['陈洋']);
  });

  it('scores a single set of fields', () => {
    expect(scoreFields('gx', [{ text: '工信局', weight: 0, pinyin: true }])).toEqual({ score: TIER.prefix, field: '工信局' });
    expect(scoreFields('gx', [{ text: '工信局', weight: 0 }])).toBeNull();
  });

  it('keeps the original order among equal scores', () => {
    const matcher = createMatcher(['乙x', '甲x', '丁x'], (text) => [{ text, weight: 0, pinyin: true }]);
    expect(matcher.search('x')).toEqual(['乙x', '甲x', '丁x']);
  });

  it('answers on a large directory, at most the limit asked for (its speed: npm run bench)', () => {
    const many: Person[] = [];
    for (let i = 0; i < 3000; i++) many.push(person(`p${i}`, `${'赵钱孙李周吴郑王'[i % 8]}${'建国华明丽娟'[i % 6]}${i}`, '科员', units[i % units.length]!.id));
    const matcher = personMatcher(many, units);
    for (const q of ['z', 'zj', 'wang', 'zhou']) {
      const found = matcher.search(q, 20);
      expect(found.length, q).toBeGreaterThan(0);
      expect(found.length, q).toBeLessThanOrEqual(20);
    }
    expect(matcher.search('wang', 20).every((p) => p.name.startsWith('王'))).toBe(true);
  });
});

describe('byName', () => {
  it('sorts Chinese names in pinyin order and Latin names alphabetically', () => {
    const sorted = ['赵海', '王敏', '陈洋', '江辰', 'Zoe', 'Anna'].sort(byName((s) => s));
    expect(sorted.filter((s) => /[A-Za-z]/.test(s))).toEqual(['Anna', 'Zoe']);
    expect(sorted.filter((s) => !/[A-Za-z]/.test(s))).toEqual(['陈洋', '江辰', '王敏', '赵海']);
  });
});

describe('the unit picker (issue 16, point 3)', () => {
  const county: Unit[] = [
    unit('u-ind', '县工业和信息化局', '工信局'),
    unit('u-fin', '县财政局', '财政局'),
    unit('u-dev', '县发展和改革委员会', '发改委'),
    unit('u-en', 'County Finance Bureau', 'Finance'),
  ];
  const matcher = unitMatcher(county);
  const ids = (query: string) => matcher.search(query).map((u) => u.id);

  it('finds a unit by full name, short name, pinyin full and initials of either, and an English unit by its words', () => {
    expect(ids('县工业')).toEqual(['u-ind']);
    expect(ids('工信')).toEqual(['u-ind']);
    expect(ids('gxj')).toEqual(['u-ind']);
    expect(ids('gx')).toEqual(['u-ind']);
    expect(ids('gongxinju')).toEqual(['u-ind']);
    expect(ids('xgyhxxhj')).toEqual(['u-ind']);
    expect(ids('xiangongye')).toEqual(['u-ind']);
    expect(ids('fgw')).toEqual(['u-dev']);
    expect(ids('cz')).toEqual(['u-fin']);
    expect(ids('finance')).toEqual(['u-en']);
    expect(ids('county fin')).toEqual(['u-en']);
  });

  it('finds every unit by the pinyin the search index stores for it (full and initials), so the picker and search agree', () => {
    for (const u of county) {
      for (const key of `${pinyinKeys(u.name)} ${pinyinKeys(u.shortName)}`.split(' ').filter(Boolean)) {
        expect(ids(key), `${u.name} by “${key}”`).toContain(u.id);
      }
    }
  });

  it('finds every unit by its own initials and its own full pinyin, whatever the name', () => {
    // Characters unit names are made of, a few of them polyphonic (长 chang/zhang, 行 xing/hang, 重 zhong/chong).
    const chars = [...'县市区局委办厅工业信息化财政发展改革人力资源社会保障长行重教育卫生健康商务交通运输农业乡村振兴科技'];
    const name = fc.array(fc.constantFrom(...chars), { minLength: 2, maxLength: 8 }).map((a) => a.join(''));
    fc.assert(
      fc.property(fc.uniqueArray(name, { minLength: 1, maxLength: 12 }), fc.nat(), (names, pick) => {
        const list = names.map((n, i) => unit(`u${i}`, n));
        const target = list[pick % list.length]!;
        const chosen = [...target.name].map((c) => readingsOf(c)[0]!);
        const found = (query: string) => unitMatcher(list).search(query).map((u) => u.id);
        expect(found(chosen.map((r) => r[0]).join(''))).toContain(target.id);
        expect(found(chosen.join(''))).toContain(target.id);
        // Its full name typed in full ranks it first: an exact match beats every other.
        expect(found(target.name)[0]).toBe(target.id);
      }),
      { numRuns: 200 },
    );
  });
});

describe('pinyinKeys (what the search index stores)', () => {
  it('spells a name in full and by initials, reads a surname as a surname, and leaves a name without Chinese alone', () => {
    expect(pinyinKeys('王芳', { person: true })).toBe('wangfang wf');
    expect(pinyinKeys('单雄信', { person: true })).toBe('shanxiongxin sxx');
    expect(pinyinKeys('吕华', { person: true })).toBe('lvhua lh luhua');
    expect(pinyinKeys('工信局')).toBe('gongxinju gxj');
    expect(pinyinKeys('王Li')).toBe('wangli wl');
    expect(pinyinKeys('Jiang Chen', { person: true })).toBe('');
  });
});
