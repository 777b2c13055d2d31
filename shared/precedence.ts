/**
 * Protocol order (排序): the default precedence of people and units, from what the directory already
 * says. Pure, so the migration that fills the order of existing rows, the core placing a new person
 * and the "reset to default order" action all rank alike. People are ranked by title first (书记, 县长,
 * 副书记, 常委, 副县长: the county's leaders in the order a 出席 line names them), then by category
 * (department heads, townships, 人大代表, 政协委员, entrepreneurs, experts, staff), a unit's head
 * before its deputies. Equal ranks keep the order in which they were entered.
 */
import type { PersonCategory, UnitKind } from './domain.js';

/** 四套班子 first (党委, 人大, 政府, 政协), then departments, townships, enterprises. */
const UNIT_KIND_RANK: Record<UnitKind, number> = {
  party: 0,
  congress: 1,
  government: 2,
  cppcc: 3,
  department: 4,
  township: 5,
  enterprise: 6,
  other: 7,
};

export const unitRank = (kind: UnitKind): number => UNIT_KIND_RANK[kind];

/** Where each category starts; among department and township leaders, a head (+0/+1) comes before a deputy (+2). */
const CATEGORY_BASE: Record<PersonCategory, number> = {
  leadership: 5,
  department_head: 10,
  township_leader: 20,
  deputy: 30,
  committee_member: 40,
  entrepreneur: 50,
  expert: 60,
  staff: 70,
  other: 80,
};

/** The county's leaders, by title; first match wins, so 副书记 is tested before 书记, 副县长 before 县长. */
const LEADER_TITLES: readonly [RegExp, number][] = [
  [/[县市区州旗]委副书记|^副书记$|^deputy (county |city )?party secretary$/i, 2],
  [/[县市区州旗]委书记|^书记$|^(county |city )?party secretary$|^secretary of the (county|city) party committee$/i, 0],
  [/常委(?!会)|常务|standing committee member|^executive (deputy|vice)/i, 3],
  [/副[县市区州]长|^(deputy|vice) (county head|mayor|county magistrate)$/i, 4],
  [/[县市区州]长$|^(county head|mayor|county magistrate)$/i, 1],
];

/** A unit's head or deputy, inside a category: party secretary 0, head 1, deputy 2. */
const DEPUTY = /副|^(deputy|vice)\b/i;
const SECRETARY = /书记|party secretary/i;
const HEAD =
  /长|主任|主席|书记|董事|经理|负责人|\b(head|director|chair(man|woman)?|chief|minister|president|manager|secretary|ceo)\b/i;

/** With category "other", the title says where a person belongs. */
const INFERRED: readonly [RegExp, PersonCategory][] = [
  [/[镇乡](党委)?副?(书记|长)|街道|\b(town|township)\b/i, 'township_leader'],
  [/人大代表|\bdeputy to\b|\bcongress deputy\b/i, 'deputy'],
  [/政协委员|\bcppcc member\b/i, 'committee_member'],
  [/董事|经理|企业|创始人|\b(ceo|entrepreneur|founder|general manager|chairman of the board)\b/i, 'entrepreneur'],
  [/局长|主任|部长|院长|处长|科长|所长|\b(director|head of|minister|bureau chief)\b/i, 'department_head'],
  [/专家|教授|研究员|\b(expert|professor|researcher)\b/i, 'expert'],
  [/秘书|科员|工作人员|\b(clerk|staff|assistant)\b/i, 'staff'],
];

/** A position often holds several titles ("县委副书记、县长", "Deputy Party Secretary and County Head"). */
function titlesOf(position: string): string[] {
  return position
    .replace(/[（(][^）)]*[）)]/g, '')
    .split(/[、，,;；/]|\band\b/i)
    .map((part) => part.trim())
    .filter(Boolean);
}

const best = (values: number[], none: number) => (values.length ? Math.min(...values) : none);

function seniority(title: string): number {
  if (DEPUTY.test(title)) return 2;
  if (SECRETARY.test(title)) return 0;
  return HEAD.test(title) ? 1 : 2;
}

/**
 * The default rank of a person (lower first): a county leader's title wins over the category; a
 * person of category "other" is placed by what the title says.
 */
export function personRank(person: { position: string; category: PersonCategory }): number {
  const titles = titlesOf(person.position);
  const leader = best(
    titles.flatMap((title) => LEADER_TITLES.filter(([pattern]) => pattern.test(title)).slice(0, 1).map(([, rank]) => rank)),
    -1,
  );
  if (leader >= 0 && (person.category === 'leadership' || person.category === 'other')) return leader;
  if (person.category === 'leadership') return CATEGORY_BASE.leadership;
  const category =
    person.category !== 'other'
      ? person.category
      : (INFERRED.find(([pattern]) => titles.some((title) => pattern.test(title)))?.[1] ?? 'other');
  // Heads before deputies where the title is the post itself; a 人大代表's or an entrepreneur's
  // other posts do not rank them among their peers.
  const ranked = category === 'department_head' || category === 'township_leader';
  return CATEGORY_BASE[category] + (ranked ? best(titles.map(seniority), 1) : 0);
}

/**
 * Units in default order: by kind (四套班子 first); within a kind, in the order given (the order they
 * were entered: an office types its list, or imports it, in its own order). Returns ids.
 */
export function defaultUnitOrder(units: readonly { id: string; kind: UnitKind }[]): string[] {
  return [...units].sort((a, b) => unitRank(a.kind) - unitRank(b.kind)).map((u) => u.id);
}

/** What the default rule reads of a person. */
export type RankedPerson = { id: string; position: string; category: PersonCategory };

/**
 * People in default order: by rank; equal ranks (three 副县长) in the order given, the order they
 * were entered, which is the office's own: seniority among equals is not in the titles. Returns ids.
 */
export function defaultPersonOrder(people: readonly RankedPerson[]): string[] {
  return people
    .map((p) => ({ id: p.id, rank: personRank(p) }))
    .sort((a, b) => a.rank - b.rank)
    .map((r) => r.id);
}
