/**
 * Due dates as people say them in a meeting: "一个月内", "两周内", "月底前", "within one month",
 * "by 2027-01-15". The spoken rule is kept next to the computed date. Anything ambiguous or not
 * understood is refused with a reason (the UI then offers a date picker): never a silent guess.
 *
 * Hand-written because no maintained library parses Chinese relative deadlines; date-fns-style
 * arithmetic is a few lines here (month ends clamp: Jan 31 + 1 month = Feb 28). Working days
 * ("15个工作日内", "3 working days") count on the official calendar (shared/work-calendar).
 */
import { addWorkingDays, SHIPPED_CALENDAR, type WorkCalendar } from './work-calendar/index.js';

export type DueRuleResult =
  | { ok: true; date: string; rule: string }
  | { ok: false; reason: 'empty' | 'unparseable' | 'ambiguous' | 'before_base' | 'invalid_date'; rule: string };

const CN_DIGITS: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 俩: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const EN_NUMBERS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, fifteen: 15, twenty: 20, thirty: 30, sixty: 60, ninety: 90,
};

/** 一 → 1, 十 → 10, 十五 → 15, 二十 → 20, 三十 → 30, 二十一 → 21, and plain digits. */
export function parseCount(text: string): number | null {
  const t = text.trim();
  if (/^\d{1,3}$/.test(t)) return Number(t);
  if (EN_NUMBERS[t.toLowerCase()] !== undefined) return EN_NUMBERS[t.toLowerCase()]!;
  const m = /^([一二两三四五六七八九])?(十)?([一二三四五六七八九])?$/.exec(t);
  if (!m || t === '') return null;
  const [, tensOrUnit, ten, unit] = m;
  if (!ten) return unit ? null : CN_DIGITS[tensOrUnit!] ?? null;
  return (tensOrUnit ? CN_DIGITS[tensOrUnit]! : 1) * 10 + (unit ? CN_DIGITS[unit]! : 0);
}

interface Ymd {
  y: number;
  m: number; // 1-12
  d: number;
}

const pad = (n: number) => String(n).padStart(2, '0');
const format = ({ y, m, d }: Ymd) => `${y}-${pad(m)}-${pad(d)}`;
const daysInMonth = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

function parseYmd(s: string): Ymd | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return null;
  const ymd = { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) };
  return valid(ymd) ? ymd : null;
}

function valid({ y, m, d }: Ymd): boolean {
  return m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

function addMonths(base: Ymd, months: number): Ymd {
  const index = base.y * 12 + (base.m - 1) + months;
  const y = Math.floor(index / 12);
  const m = (index % 12) + 1;
  return { y, m, d: Math.min(base.d, daysInMonth(y, m)) };
}

function addDays(base: Ymd, days: number): Ymd {
  const t = new Date(Date.UTC(base.y, base.m - 1, base.d + days));
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}

const endOfMonth = (base: Ymd, ahead = 0): Ymd => {
  const first = addMonths({ ...base, d: 1 }, ahead);
  return { ...first, d: daysInMonth(first.y, first.m) };
};

const endOfQuarter = (base: Ymd): Ymd => endOfMonth({ ...base, m: Math.ceil(base.m / 3) * 3, d: 1 });

type Unit = 'day' | 'week' | 'month' | 'year';

function offset(base: Ymd, n: number, unit: Unit): Ymd {
  if (unit === 'day') return addDays(base, n);
  if (unit === 'week') return addDays(base, n * 7);
  if (unit === 'month') return addMonths(base, n);
  return addMonths(base, n * 12);
}

const CN_UNITS: Record<string, Unit> = { 天: 'day', 日: 'day', 周: 'week', 星期: 'week', 个星期: 'week', 个月: 'month', 月: 'month', 年: 'year' };
const EN_UNITS: Record<string, Unit> = { day: 'day', days: 'day', week: 'week', weeks: 'week', month: 'month', months: 'month', year: 'year', years: 'year' };

/** Absolute dates: 2027-01-15, 2027/1/15, 2027年1月15日, 1月15日 (the next such date on or after the base). */
function absolute(text: string, base: Ymd): Ymd | 'invalid' | null {
  let m = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*[日号]?$/.exec(text);
  if (m) {
    const ymd = { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) };
    return valid(ymd) ? ymd : 'invalid';
  }
  m = /^(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]$/.exec(text);
  if (m) {
    const md = { m: Number(m[1]), d: Number(m[2]) };
    let ymd = { y: base.y, ...md };
    if (!valid(ymd) && !(md.m === 2 && md.d === 29)) return 'invalid';
    if (format(ymd) < format(base) || !valid(ymd)) ymd = { y: base.y + 1, ...md };
    return valid(ymd) ? ymd : 'invalid';
  }
  return null;
}

/** Strips the words around the deadline: 在/于 … 之前/前/以内/内; "within", "by", "before", "no later than". */
function core(rule: string): { text: string; kind: 'within' | 'by' | 'bare' } {
  let t = rule.trim().replace(/[。．.，,！!]+$/u, '').trim();
  const lower = t.toLowerCase();
  if (/^(within|in)\s+/.test(lower)) return { text: lower.replace(/^(within|in)\s+(the\s+next\s+)?/, ''), kind: 'within' };
  if (/^(by|before|no later than|due)\s+/.test(lower)) return { text: lower.replace(/^(by|before|no later than|due)\s+(the\s+)?/, ''), kind: 'by' };
  t = t.replace(/^(须在|需在|要在|在|于)/u, '');
  if (/(以内|之内|内)$/u.test(t)) return { text: t.replace(/(以内|之内|内)$/u, ''), kind: 'within' };
  if (/(之前|以前|前)$/u.test(t)) return { text: t.replace(/(之前|以前|前)$/u, ''), kind: 'by' };
  return { text: t, kind: 'bare' };
}

/** The calendar defaults to the shipped years alone; the core passes the one with the user's years. */
export function parseDueRule(rule: string, baseDate: string, calendar: WorkCalendar = SHIPPED_CALENDAR): DueRuleResult {
  const trimmed = rule.trim();
  if (!trimmed) return { ok: false, reason: 'empty', rule };
  const base = parseYmd(baseDate);
  if (!base) return { ok: false, reason: 'invalid_date', rule: trimmed };
  const done = (ymd: Ymd): DueRuleResult =>
    format(ymd) < format(base) ? { ok: false, reason: 'before_base', rule: trimmed } : { ok: true, date: format(ymd), rule: trimmed };
  const { text, kind } = core(trimmed);

  const abs = absolute(text, base);
  if (abs === 'invalid') return { ok: false, reason: 'invalid_date', rule: trimmed };
  if (abs) return done(abs);

  // Working days: 15个工作日, 十个工作日; 3 working days, ten business days.
  const working =
    /^(\d{1,3}|[零〇一二两三四五六七八九十]{1,3})\s*个?\s*工作日$/u.exec(text) ?? /^([a-z]+|\d{1,3})\s+(?:working|business)\s+days?$/.exec(text);
  if (working && kind !== 'by') {
    const n = parseCount(working[1]!);
    if (n !== null && n > 0) return { ok: true, date: addWorkingDays(calendar, format(base), n), rule: trimmed };
  }

  // Relative spans: 一个月, 两周, 10天, 三个月; one month, 2 weeks, ten days.
  const cn = /^(\d{1,3}|[零〇一二两三四五六七八九十]{1,3})\s*(个月|个星期|星期|周|天|日|月|年)$/u.exec(text);
  if (cn && kind !== 'by') {
    const n = parseCount(cn[1]!);
    if (n !== null && n > 0) return done(offset(base, n, CN_UNITS[cn[2]!]!));
  }
  if (/^半(个)?月$/u.test(text) && kind !== 'by') return done(addDays(base, 15));
  if (/^(half a month|a half month)$/.test(text) && kind !== 'by') return done(addDays(base, 15));
  const en = /^([a-z]+|\d{1,3})\s+(days?|weeks?|months?|years?)$/.exec(text);
  if (en && kind !== 'by') {
    const n = parseCount(en[1]!);
    if (n !== null && n > 0) return done(offset(base, n, EN_UNITS[en[2]!]!));
  }

  // Period ends: 月底, 本月底, 下月底, 季度末, 年底; end of (the) month / next month / quarter / year.
  if (kind !== 'within') {
    if (/^(本月|当月|本月月|当月月|月)(底|末)$/u.test(text) || /^(the )?end of (the |this )?month$/.test(text) || text === 'month end' || text === 'month-end')
      return done(endOfMonth(base));
    if (/^下(个)?月(底|末)$/u.test(text) || /^(the )?end of next month$/.test(text)) return done(endOfMonth(base, 1));
    if (/^(本)?季度(末|底)$/u.test(text) || /^(the )?end of (the |this )?quarter$/.test(text)) return done(endOfQuarter(base));
    if (/^(今年|本年|本年度|今年年|年)(底|末)$/u.test(text) || /^(the )?end of (the |this )?year$/.test(text) || text === 'year end' || text === 'year-end')
      return done({ y: base.y, m: 12, d: 31 });
  }

  // Spoken but not a deadline we can compute without guessing: "尽快", "近期", "下月", "月中", "soon", "next month".
  if (/^(尽快|近期|及时|适时|下(个)?月|月中|下周|本周|年内|soon|asap|as soon as possible|next month|next week|this week|mid-month)$/iu.test(text)) {
    return { ok: false, reason: 'ambiguous', rule: trimmed };
  }
  return { ok: false, reason: 'unparseable', rule: trimmed };
}
