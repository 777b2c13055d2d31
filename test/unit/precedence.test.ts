import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PERSON_CATEGORIES, type PersonCategory } from '../../shared/domain.js';
import { defaultPersonOrder, defaultUnitOrder, personRank } from '../../shared/precedence.js';
import { sampleData } from '../../main/sample/data/index.js';

/** Real titles, as a county's directory writes them, in the order a 出席 line names them. */
const LEADERS: [string, string][] = [
  ['县委书记', 'County Party Secretary'],
  ['县委副书记、县长', 'Deputy Party Secretary and County Head'],
  ['县委副书记', 'Deputy County Party Secretary'],
  ['县委常委、常务副县长（分管发展改革、财政）', 'Standing Committee Member, Executive Deputy County Head (development and reform, finance)'],
  ['副县长（分管工业和信息化）', 'Deputy County Head (industry and IT)'],
];

const rank = (position: string, category: PersonCategory = 'leadership') => personRank({ position, category });

describe('protocol order: the default rule', () => {
  it('ranks the county leaders 书记, 县长, 副书记, 常委, 副县长, in both languages', () => {
    for (const index of LEADERS.keys()) {
      const [zh, en] = LEADERS[index]!;
      expect([rank(zh), rank(en)]).toEqual([index, index]);
      // A title says who someone is even when the category was left at "other".
      expect([rank(zh, 'other'), rank(en, 'other')]).toEqual([index, index]);
    }
    expect(rank('县委常委、宣传部部长')).toBe(3);
    expect(rank('Standing Committee Member, Head of the Publicity Department')).toBe(3);
    // 人大常委会 is not 常委; a leader without a title the rule knows comes after the 副县长.
    expect(rank('县人大常委会主任')).toBe(5);
  });

  it('puts a unit’s party secretary, then its head, then its deputies; categories in the issue’s order', () => {
    const table: [string, PersonCategory, string, number][] = [
      ['经开区党工委书记、管委会主任', 'department_head', 'Party Secretary and Director of the Development Zone', 10],
      ['工信局局长', 'department_head', 'Director of the Industry and IT Bureau', 11],
      ['发改局副局长', 'department_head', 'Deputy Director of the Development and Reform Bureau', 12],
      ['城关镇党委书记', 'township_leader', 'Party Secretary of Chengguan Town', 20],
      ['城关镇党委副书记、镇长', 'township_leader', 'Head of Chengguan Town', 21],
      ['河西镇副镇长', 'township_leader', 'Deputy Head of Hexi Town', 22],
      ['县人大代表、城关镇东门社区党委书记', 'deputy', 'County People’s Congress Deputy, Party Secretary of Dongmen Community', 30],
      ['县政协委员、清源县第一中学校长', 'committee_member', 'County CPPCC Member, Head of Qingyuan No. 1 Middle School', 40],
      ['董事长、县工商联副主席', 'entrepreneur', 'Chairman, Vice Chair of the County Federation of Industry and Commerce', 50],
      ['县委办公室秘书', 'staff', 'Clerk, County Party Committee Office', 70],
    ];
    for (const [zh, category, en, expected] of table) {
      expect([zh, rank(zh, category)]).toEqual([zh, expected]);
      expect([en, rank(en, category)]).toEqual([en, expected]);
    }
  });

  it('places a person of category "other" by what the title says', () => {
    expect(rank('乡村振兴局局长', 'other')).toBe(11);
    expect(rank('财政局副局长', 'other')).toBe(12);
    expect(rank('青山乡乡长', 'other')).toBe(21);
    expect(rank('Deputy Head of Qingshan Township', 'other')).toBe(22);
    expect(rank('总经理', 'other')).toBe(50);
    expect(rank('General Manager', 'other')).toBe(50);
    expect(rank('', 'other')).toBe(80);
  });

  it('orders the sample directory as the issue lists it: leaders, department heads, townships, deputies, members, entrepreneurs', () => {
    for (const data of [sampleData('zh-CN'), sampleData('en')]) {
      const people = data.people.map((p) => ({ ...p, id: p.key }));
      const order = defaultPersonOrder([...people].reverse());
      const leaders = people.filter((p) => p.category === 'leadership').map((p) => p.id);
      // 书记, 县长, 副书记 by title; the three 常委 and three 副县长 each in the order they were entered.
      expect(order.slice(0, leaders.length)).toEqual(['jiang_chen', 'li_changgen', 'zhou_liqun', 'liu_fang', 'chen_jing', 'wang_zhiyuan', 'ma_wenbo', 'sun_haiyan', 'zhao_guodong']);
      const categories = [...new Set(order.map((id) => people.find((p) => p.id === id)!.category))];
      expect(categories).toEqual(['leadership', 'department_head', 'township_leader', 'deputy', 'committee_member', 'entrepreneur', 'staff']);
      // The township party secretaries, then the township heads.
      expect(order.filter((id) => people.find((p) => p.id === id)!.category === 'township_leader')).toEqual([
        'feng_lei',
        'zheng_chunmei',
        'wu_xiaodong',
        'cao_yuhang',
        'han_xue',
      ]);
      // Units: 党委, 人大, 政府, 政协, then departments, townships, enterprises.
      expect(defaultUnitOrder(data.units.map((u) => ({ ...u, id: u.key }))).slice(0, 6)).toEqual([
        'county_committee',
        'organisation_dept',
        'congress',
        'county_government',
        'dev_zone',
        'cppcc',
      ]);
    }
  });

  it('orders any directory as a permutation with ranks never going down (fast-check)', () => {
    const person = fc.record({
      position: fc.constantFrom('', '县委书记', '县长', '副县长', '局长', '副局长', '镇长', 'Deputy County Head', 'General Manager', '秘书'),
      category: fc.constantFrom(...PERSON_CATEGORIES),
    });
    fc.assert(
      fc.property(fc.array(person, { maxLength: 30 }), (rows) => {
        const people = rows.map((p, index) => ({ ...p, id: `p${index}` }));
        const order = defaultPersonOrder(people);
        expect([...order].sort()).toEqual(people.map((p) => p.id).sort());
        const ranks = order.map((id) => personRank(people.find((p) => p.id === id)!));
        expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
      }),
    );
  });
});
