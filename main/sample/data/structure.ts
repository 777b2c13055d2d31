/**
 * The sample workshop's facts that do not depend on the language: which units and people exist, who
 * belongs where, the order of stages, each session's dates and who attends in which role. The words
 * (names, titles, positions) live in zh-CN.ts and en.ts, keyed by the keys declared here, so the two
 * languages cannot drift apart: a key missing from either text file fails to type-check.
 *
 * Keys become parts of ids (see ../ids.ts): lower-case letters, digits and `_`, short.
 * Sections follow the order the loader writes them in; later sections (agenda, plans and notes, action items)
 * go at the end and name people, units and sessions by these keys.
 */
import type { ActionStatus, Priority } from '../../../shared/actions.js';
import type { AgendaKind } from '../../../shared/agenda.js';
import type { PersonCategory, Presence, SessionMode, UnitKind } from '../../../shared/domain.js';
import type { Disposition, NoteCategory } from '../../../shared/notes.js';

// ---- directory ---------------------------------------------------------------------------------

export const UNITS = {
  county_committee: 'party',
  county_government: 'government',
  organisation_dept: 'party',
  assessment_office: 'department',
  development_reform: 'department',
  industry_it: 'department',
  finance: 'department',
  financial_office: 'department',
  agriculture: 'department',
  culture_tourism: 'department',
  natural_resources: 'department',
  dev_zone: 'government',
  chengguan: 'township',
  hexi: 'township',
  qingshan: 'township',
  congress: 'congress',
  cppcc: 'cppcc',
  precision_machinery: 'enterprise',
  eco_agriculture: 'enterprise',
  new_materials: 'enterprise',
} as const satisfies Record<string, UnitKind>;
export type UnitKey = keyof typeof UNITS;

interface PersonFacts {
  unit: UnitKey | null;
  category: PersonCategory;
}

export const PEOPLE = {
  // The standing committee (with the county head and the executive deputy head, who sit on it).
  jiang_chen: { unit: 'county_committee', category: 'leadership' },
  li_changgen: { unit: 'county_government', category: 'leadership' },
  zhou_liqun: { unit: 'county_committee', category: 'leadership' },
  wang_zhiyuan: { unit: 'county_government', category: 'leadership' },
  chen_jing: { unit: 'organisation_dept', category: 'leadership' },
  liu_fang: { unit: 'county_committee', category: 'leadership' },
  // Deputy county heads: industry and IT, agriculture, culture and tourism.
  zhao_guodong: { unit: 'county_government', category: 'leadership' },
  sun_haiyan: { unit: 'county_government', category: 'leadership' },
  ma_wenbo: { unit: 'county_government', category: 'leadership' },
  // Development zone and townships.
  he_jianjun: { unit: 'dev_zone', category: 'department_head' },
  wu_xiaodong: { unit: 'chengguan', category: 'township_leader' },
  han_xue: { unit: 'chengguan', category: 'township_leader' },
  zheng_chunmei: { unit: 'hexi', category: 'township_leader' },
  cao_yuhang: { unit: 'hexi', category: 'township_leader' },
  feng_lei: { unit: 'qingshan', category: 'township_leader' },
  // Department heads.
  lin_weidong: { unit: 'industry_it', category: 'department_head' },
  gao_xiulan: { unit: 'finance', category: 'department_head' },
  xie_ming: { unit: 'financial_office', category: 'department_head' },
  tang_zhenhua: { unit: 'development_reform', category: 'department_head' },
  xu_jianping: { unit: 'natural_resources', category: 'department_head' },
  qian_li: { unit: 'assessment_office', category: 'department_head' },
  peng_desheng: { unit: 'agriculture', category: 'department_head' },
  luo_xiaolin: { unit: 'culture_tourism', category: 'department_head' },
  // People's congress deputies, CPPCC members, entrepreneurs (zeng_qingfeng is the senior one).
  xu_hongmei: { unit: 'congress', category: 'deputy' },
  deng_zhigang: { unit: 'congress', category: 'deputy' },
  jiang_wenhua: { unit: 'cppcc', category: 'committee_member' },
  shen_yiming: { unit: 'cppcc', category: 'committee_member' },
  zeng_qingfeng: { unit: 'precision_machinery', category: 'entrepreneur' },
  tian_yu: { unit: 'eco_agriculture', category: 'entrepreneur' },
  pan_junjie: { unit: 'new_materials', category: 'entrepreneur' },
  // Secretaries who record: county party committee office, county government office.
  qin_yue: { unit: 'county_committee', category: 'staff' },
  fan_siqi: { unit: 'county_government', category: 'staff' },
} as const satisfies Record<string, PersonFacts>;
export type PersonKey = keyof typeof PEOPLE;

// ---- programme ---------------------------------------------------------------------------------

/** In the order they run. */
export const STAGES = ['leadership', 'themed', 'decisions'] as const;
export type StageKey = (typeof STAGES)[number];

/** [date, start, end]: one half-day sitting. */
type SittingFacts = readonly [date: string, startTime: string, endTime: string];

export interface SessionFacts {
  key: string;
  stage: StageKey;
  mode: SessionMode;
  sittings: readonly SittingFacts[];
  /** Each person once: the attendance table holds one role per person and session. */
  chair: PersonKey;
  secretary: PersonKey;
  presenters: readonly PersonKey[];
  speakers: readonly PersonKey[];
  attendees: readonly PersonKey[];
  /** Recorded presence, for sessions that have already met; otherwise everyone is 'invited'. */
  presence?: { everyone: Presence; except: Partial<Record<PersonKey, Presence>> };
}

/** In order within their stage. */
export const SESSIONS = [
  {
    key: 'leadership_seminar',
    stage: 'leadership',
    mode: 'discussion',
    sittings: [
      ['2027-01-11', '09:00', '12:00'],
      ['2027-01-11', '14:30', '17:30'],
    ],
    // 江辰 chairs and also gives the first presentation; the agenda will say so.
    chair: 'jiang_chen',
    secretary: 'qin_yue',
    presenters: ['wang_zhiyuan'],
    // The round of statements: deputy heads (the industry and IT bureau head, who sits in, speaks
    // after his deputy head), the development zone, the main townships.
    speakers: ['zhao_guodong', 'lin_weidong', 'sun_haiyan', 'ma_wenbo', 'he_jianjun', 'wu_xiaodong', 'zheng_chunmei', 'feng_lei'],
    // 李长根 interjects rather than giving a statement; the development and reform bureau head sits in (列席).
    attendees: ['li_changgen', 'zhou_liqun', 'chen_jing', 'liu_fang', 'tang_zhenhua'],
    presence: { everyone: 'present', except: { liu_fang: 'excused' } },
  },
  {
    key: 'business_environment',
    stage: 'themed',
    mode: 'discussion',
    sittings: [['2027-01-20', '09:00', '12:00']],
    chair: 'li_changgen',
    secretary: 'qin_yue',
    presenters: ['tang_zhenhua'],
    speakers: ['zeng_qingfeng', 'pan_junjie', 'lin_weidong', 'xie_ming', 'shen_yiming', 'jiang_wenhua', 'xu_hongmei', 'han_xue'],
    attendees: ['zhao_guodong', 'he_jianjun', 'gao_xiulan', 'wu_xiaodong', 'tian_yu'],
  },
  {
    key: 'regional_coordination',
    stage: 'themed',
    mode: 'discussion',
    sittings: [['2027-01-22', '14:30', '17:30']],
    chair: 'jiang_chen',
    secretary: 'qin_yue',
    presenters: ['wang_zhiyuan'],
    speakers: ['wu_xiaodong', 'zheng_chunmei', 'feng_lei', 'cao_yuhang', 'he_jianjun', 'tian_yu', 'deng_zhigang', 'peng_desheng', 'luo_xiaolin'],
    attendees: ['li_changgen', 'sun_haiyan', 'ma_wenbo', 'tang_zhenhua', 'xu_jianping', 'zeng_qingfeng'],
  },
  {
    key: 'resource_allocation',
    stage: 'decisions',
    mode: 'decision',
    sittings: [['2027-02-01', '09:00', '11:30']],
    chair: 'li_changgen',
    secretary: 'fan_siqi',
    presenters: ['gao_xiulan', 'tang_zhenhua', 'xu_jianping'],
    speakers: [],
    attendees: ['wang_zhiyuan', 'zhao_guodong', 'sun_haiyan', 'ma_wenbo', 'lin_weidong', 'he_jianjun', 'xie_ming'],
  },
  {
    key: 'assessment_reform',
    stage: 'decisions',
    mode: 'decision',
    sittings: [['2027-02-03', '15:00', '17:30']],
    chair: 'jiang_chen',
    secretary: 'qin_yue',
    presenters: ['chen_jing', 'qian_li'],
    speakers: [],
    attendees: ['li_changgen', 'zhou_liqun', 'wang_zhiyuan', 'liu_fang'],
  },
] as const satisfies readonly SessionFacts[];
export type SessionKey = (typeof SESSIONS)[number]['key'];

// ---- agendas -----------------------------------------------------------------------------------

/** One place in a speaker queue: who, and the minutes the chair plans for them. */
type SpeakerFacts = readonly [person: PersonKey, minutes: number];

export interface AgendaItemFacts {
  /** Unique within its session; part of the ids of the item and of its speakers. */
  key: string;
  kind: AgendaKind;
  /** The sitting (0-based, in the session's order) the item is held in. */
  sitting: number;
  minutes: number;
  /** Who gives the presentation or the summary; null when the chair simply opens the floor. */
  presenter: PersonKey | null;
  /** A round of statements' queue, in speaking order; empty for every other item. */
  speakers: readonly SpeakerFacts[];
}

/**
 * Each session's agenda, in order. Planned minutes fit each sitting (09:00-12:00, 14:30-17:30, ...):
 * a round's minutes leave room beyond its speakers' own for the chair's interjections.
 */
export const AGENDAS = {
  // Morning: the two presentations and the portfolio leaders; afternoon: the development zone, the
  // townships and the chair's summary.
  leadership_seminar: [
    { key: 'vision', kind: 'presentation', sitting: 0, minutes: 45, presenter: 'jiang_chen', speakers: [] },
    { key: 'chain_plan', kind: 'presentation', sitting: 0, minutes: 30, presenter: 'wang_zhiyuan', speakers: [] },
    {
      key: 'round_am',
      kind: 'statements',
      sitting: 0,
      minutes: 80,
      presenter: null,
      speakers: [['zhao_guodong', 15], ['lin_weidong', 10], ['sun_haiyan', 15], ['ma_wenbo', 15]],
    },
    {
      key: 'round_pm',
      kind: 'statements',
      sitting: 1,
      minutes: 80,
      presenter: null,
      speakers: [['he_jianjun', 15], ['wu_xiaodong', 12], ['zheng_chunmei', 12], ['feng_lei', 12]],
    },
    { key: 'summary', kind: 'summary', sitting: 1, minutes: 40, presenter: 'jiang_chen', speakers: [] },
  ],
  // Departments and townships first, then the deputy and the committee members, entrepreneurs last.
  business_environment: [
    { key: 'intro', kind: 'presentation', sitting: 0, minutes: 20, presenter: 'tang_zhenhua', speakers: [] },
    {
      key: 'statements',
      kind: 'statements',
      sitting: 0,
      minutes: 80,
      presenter: null,
      speakers: [
        ['lin_weidong', 8],
        ['xie_ming', 8],
        ['han_xue', 8],
        ['xu_hongmei', 8],
        ['shen_yiming', 8],
        ['jiang_wenhua', 8],
        ['zeng_qingfeng', 10],
        ['pan_junjie', 8],
      ],
    },
    { key: 'discussion', kind: 'discussion', sitting: 0, minutes: 40, presenter: null, speakers: [] },
    { key: 'summary', kind: 'summary', sitting: 0, minutes: 20, presenter: 'li_changgen', speakers: [] },
  ],
  regional_coordination: [
    { key: 'intro', kind: 'presentation', sitting: 0, minutes: 20, presenter: 'wang_zhiyuan', speakers: [] },
    {
      key: 'statements',
      kind: 'statements',
      sitting: 0,
      minutes: 90,
      presenter: null,
      speakers: [
        ['peng_desheng', 8],
        ['luo_xiaolin', 8],
        ['he_jianjun', 8],
        ['wu_xiaodong', 8],
        ['zheng_chunmei', 8],
        ['cao_yuhang', 8],
        ['feng_lei', 8],
        ['deng_zhigang', 8],
        ['tian_yu', 8],
      ],
    },
    { key: 'discussion', kind: 'discussion', sitting: 0, minutes: 35, presenter: null, speakers: [] },
    { key: 'summary', kind: 'summary', sitting: 0, minutes: 20, presenter: 'jiang_chen', speakers: [] },
  ],
  // Decision meetings: reports, discussion, the decision (a summary item, said by the chair).
  resource_allocation: [
    { key: 'budget', kind: 'presentation', sitting: 0, minutes: 15, presenter: 'gao_xiulan', speakers: [] },
    { key: 'projects', kind: 'presentation', sitting: 0, minutes: 15, presenter: 'tang_zhenhua', speakers: [] },
    { key: 'land', kind: 'presentation', sitting: 0, minutes: 15, presenter: 'xu_jianping', speakers: [] },
    { key: 'discussion', kind: 'discussion', sitting: 0, minutes: 45, presenter: null, speakers: [] },
    { key: 'decision', kind: 'summary', sitting: 0, minutes: 20, presenter: 'li_changgen', speakers: [] },
  ],
  assessment_reform: [
    { key: 'weights', kind: 'presentation', sitting: 0, minutes: 20, presenter: 'chen_jing', speakers: [] },
    { key: 'special', kind: 'presentation', sitting: 0, minutes: 15, presenter: 'qian_li', speakers: [] },
    { key: 'discussion', kind: 'discussion', sitting: 0, minutes: 50, presenter: null, speakers: [] },
    { key: 'decision', kind: 'summary', sitting: 0, minutes: 15, presenter: 'jiang_chen', speakers: [] },
  ],
} as const satisfies Record<SessionKey, readonly AgendaItemFacts[]>;
export type AgendaItemKey<S extends SessionKey> = (typeof AGENDAS)[S][number]['key'];

// ---- plans and notes ---------------------------------------------------------------------------

/** The documents the seminars' opinions feed into, in the order they are listed. */
export const PLANS = ['talent', 'industrial_ecosystem', 'business_environment'] as const;
export type PlanKey = (typeof PLANS)[number];

/**
 * One note as the secretary captured it: in which session, under which agenda item, who said it,
 * when (`at`: the sample's local time, China Standard Time, on the date of the item's sitting), its
 * category and, for an opinion that needs an answer, its disposition. A `to_incorporate` or
 * `incorporated` opinion names its plan; the text files give a reason for every `declined` or
 * `deferred` one (and '' for the rest).
 */
export type NoteFacts = {
  [S in SessionKey]: {
    key: string;
    session: S;
    item: AgendaItemKey<S>;
    speaker: PersonKey;
    at: string;
    category: NoteCategory;
    important?: boolean;
    disposition: Disposition | null;
    plan?: PlanKey;
  };
}[SessionKey];

/**
 * Stage 1: the round of statements (the industry bureau's request for 专精特新 support among them)
 * with the chair and the county head steering toward solutions. Stage 2, the business-environment
 * seminar: departments, the deputy, the committee members and the entrepreneurs (曾庆丰 on talent and
 * intellectual property), then the discussion.
 */
export const NOTES = [
  { key: 's1_zhao_chains', session: 'leadership_seminar', item: 'round_am', speaker: 'zhao_guodong', at: '10:21', category: 'understanding', disposition: null },
  {
    key: 's1_lin_specialised',
    session: 'leadership_seminar',
    item: 'round_am',
    speaker: 'lin_weidong',
    at: '10:34',
    category: 'suggestion',
    important: true,
    disposition: 'to_incorporate',
    plan: 'industrial_ecosystem',
  },
  { key: 's1_lin_scattered', session: 'leadership_seminar', item: 'round_am', speaker: 'lin_weidong', at: '10:39', category: 'difficulty', disposition: null },
  { key: 's1_jiang_solutions', session: 'leadership_seminar', item: 'round_am', speaker: 'jiang_chen', at: '10:43', category: 'interjection', disposition: null },
  { key: 's1_sun_land', session: 'leadership_seminar', item: 'round_am', speaker: 'sun_haiyan', at: '10:55', category: 'difficulty', disposition: 'pending' },
  { key: 's1_ma_tourism', session: 'leadership_seminar', item: 'round_am', speaker: 'ma_wenbo', at: '11:12', category: 'idea', disposition: null },
  { key: 's1_he_factories', session: 'leadership_seminar', item: 'round_pm', speaker: 'he_jianjun', at: '14:41', category: 'difficulty', disposition: 'deferred' },
  { key: 's1_li_resources', session: 'leadership_seminar', item: 'round_pm', speaker: 'li_changgen', at: '14:58', category: 'interjection', disposition: null },
  { key: 's1_wu_services', session: 'leadership_seminar', item: 'round_pm', speaker: 'wu_xiaodong', at: '15:06', category: 'understanding', disposition: null },
  { key: 's2_lin_approval', session: 'business_environment', item: 'statements', speaker: 'lin_weidong', at: '09:24', category: 'suggestion', disposition: 'pending' },
  {
    key: 's2_xie_credit',
    session: 'business_environment',
    item: 'statements',
    speaker: 'xie_ming',
    at: '09:33',
    category: 'difficulty',
    disposition: 'incorporated',
    plan: 'business_environment',
  },
  { key: 's2_xu_service', session: 'business_environment', item: 'statements', speaker: 'xu_hongmei', at: '09:50', category: 'criticism', disposition: 'pending' },
  { key: 's2_shen_ip_centre', session: 'business_environment', item: 'statements', speaker: 'shen_yiming', at: '09:58', category: 'suggestion', disposition: 'deferred' },
  { key: 's2_jiang_schools', session: 'business_environment', item: 'statements', speaker: 'jiang_wenhua', at: '10:06', category: 'suggestion', disposition: 'pending' },
  {
    key: 's2_zeng_talent',
    session: 'business_environment',
    item: 'statements',
    speaker: 'zeng_qingfeng',
    at: '10:14',
    category: 'suggestion',
    important: true,
    disposition: 'to_incorporate',
    plan: 'talent',
  },
  {
    key: 's2_zeng_ip',
    session: 'business_environment',
    item: 'statements',
    speaker: 'zeng_qingfeng',
    at: '10:19',
    category: 'difficulty',
    important: true,
    disposition: 'to_incorporate',
    plan: 'business_environment',
  },
  { key: 's2_zeng_training', session: 'business_environment', item: 'statements', speaker: 'zeng_qingfeng', at: '10:23', category: 'suggestion', disposition: 'pending' },
  { key: 's2_pan_rent', session: 'business_environment', item: 'statements', speaker: 'pan_junjie', at: '10:32', category: 'suggestion', disposition: 'declined' },
  { key: 's2_li_follow_up', session: 'business_environment', item: 'discussion', speaker: 'li_changgen', at: '10:50', category: 'interjection', disposition: null },
  { key: 's2_tian_brand', session: 'business_environment', item: 'discussion', speaker: 'tian_yu', at: '11:02', category: 'difficulty', disposition: 'pending' },
] as const satisfies readonly NoteFacts[];
export type NoteKey = (typeof NOTES)[number]['key'];

// ---- action items ------------------------------------------------------------------------------

/**
 * A task that left the room: where it was decided (session, agenda item, and the note it came from
 * when there is one), the lead unit, co-operating units, owner, status on the board and priority.
 * The words (title, description, deliverable, the due rule as spoken, the required contents) are in
 * the language files; the due date is the rule counted from the session's first sitting, the same
 * way action.update counts it (shared/due-rule.ts), so both languages land on the same date.
 * `done` is how many of the required contents (from the first) are already ticked off.
 */
export type ActionFacts = {
  [S in SessionKey]: {
    key: string;
    session: S;
    item: AgendaItemKey<S>;
    note?: NoteKey;
    lead: UnitKey;
    co: readonly UnitKey[];
    owner: PersonKey;
    status: ActionStatus;
    priority: Priority;
    done: number;
  };
}[SessionKey];

/**
 * Stage 1's task for the industry bureau (from the chair's interjection), and the follow-up
 * decisions: the county head's office meeting tilts money, projects and land toward the strategy
 * and opens the first 揭榜挂帅 challenges; the standing committee reforms the annual assessment.
 * In board order within each status.
 */
export const ACTIONS = [
  {
    key: 'specialised_policy',
    session: 'leadership_seminar',
    item: 'round_am',
    note: 's1_jiang_solutions',
    lead: 'industry_it',
    co: ['finance', 'financial_office'],
    owner: 'lin_weidong',
    status: 'in_progress',
    priority: 'high',
    done: 1,
  },
  {
    key: 'resource_tilt',
    session: 'resource_allocation',
    item: 'decision',
    lead: 'finance',
    co: ['development_reform', 'natural_resources'],
    owner: 'gao_xiulan',
    status: 'assigned',
    priority: 'high',
    done: 0,
  },
  {
    key: 'open_challenges',
    session: 'resource_allocation',
    item: 'decision',
    lead: 'development_reform',
    co: ['industry_it', 'finance'],
    owner: 'tang_zhenhua',
    status: 'proposed',
    priority: 'normal',
    done: 0,
  },
  {
    key: 'assessment_reform',
    session: 'assessment_reform',
    item: 'decision',
    lead: 'organisation_dept',
    co: ['assessment_office'],
    owner: 'chen_jing',
    status: 'submitted',
    priority: 'high',
    done: 3,
  },
] as const satisfies readonly ActionFacts[];
export type ActionKey = (typeof ACTIONS)[number]['key'];

// ---- minutes -----------------------------------------------------------------------------------

/**
 * Sessions whose minutes the sample holds as approved (version 1), drafted from the session's own
 * data as minutes.generate drafts them, with the closing requirements from the language files, and
 * the date they were approved.
 */
export const APPROVED_MINUTES = {
  leadership_seminar: { approvedAt: '2027-01-13T10:00' },
} as const satisfies Partial<Record<SessionKey, { approvedAt: string }>>;
export type MinutesKey = keyof typeof APPROVED_MINUTES;
