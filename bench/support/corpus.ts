/**
 * Deterministic Chinese planning-workshop text for the benchmarks: what a secretary types in a
 * county's planning seminar, built from a vocabulary of the trade mixed into sentence patterns, so
 * the trigram index and the LIKE fallback see the same shape of text as in real use.
 */

/** mulberry32: small, fast, seedable; the same seed always builds the same database. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

export const pick = <T>(random: () => number, list: readonly T[]): T => list[Math.floor(random() * list.length)]!;

/** The planning words the issue names, and their neighbours. */
export const TERMS = [
  '营商环境',
  '人才',
  '专精特新',
  '产业链',
  '招商引资',
  '乡村振兴',
  '数字化',
  '财政',
  '土地指标',
  '考核',
  '新能源',
  '园区',
  '融资',
  '审批',
  '科技创新',
  '中小企业',
  '高质量发展',
  '公共服务',
  '基础设施',
  '生态环境',
  '供应链',
  '技改',
  '人才公寓',
  '知识产权',
  '研发投入',
  '用地',
  '用电',
  '物流',
  '职业教育',
  '城乡融合',
  '民营经济',
  '政务服务',
  '一网通办',
  '绩效',
  '专项债',
  '税收',
  '农业产业化',
  '文旅',
  '养老',
  '医疗',
] as const;

const SUBJECTS = ['我们局', '企业', '园区', '乡镇', '县里', '部门之间', '市场主体', '基层', '龙头企业', '合作社'] as const;
const VERBS = ['加大', '优化', '完善', '落实', '统筹', '推进', '破解', '保障', '强化', '压实'] as const;
const PROBLEMS = ['资金不足', '人手紧张', '审批周期长', '政策不配套', '信息不对称', '要素保障难', '责任不清', '标准不统一'] as const;
const TIMES = ['今年', '明年', '十五五期间', '下半年', '近三年', '一季度'] as const;
const NUMBERS = ['两千万', '三个亿', '百分之十五', '五十亩', '一百二十家', '八个', '三年'] as const;

const PATTERNS: ReadonlyArray<(r: () => number) => string> = [
  (r) => `关于${pick(r, TERMS)}，建议${pick(r, VERBS)}${pick(r, TERMS)}的支持力度，重点解决${pick(r, PROBLEMS)}的问题。`,
  (r) => `${pick(r, SUBJECTS)}反映${pick(r, TERMS)}方面${pick(r, PROBLEMS)}，希望${pick(r, TIMES)}能够${pick(r, VERBS)}${pick(r, TERMS)}。`,
  (r) => `${pick(r, TIMES)}${pick(r, TERMS)}工作要和${pick(r, TERMS)}统筹考虑，目标是${pick(r, NUMBERS)}，纳入年度${pick(r, ['考核', '督查', '绩效评价'])}。`,
  (r) => `对${pick(r, TERMS)}的理解：不能只看${pick(r, TERMS)}，还要看${pick(r, TERMS)}和${pick(r, TERMS)}的协同。`,
  (r) => `困难在于${pick(r, PROBLEMS)}，${pick(r, SUBJECTS)}${pick(r, TIMES)}的${pick(r, TERMS)}缺口大约${pick(r, NUMBERS)}。`,
  (r) => `建议出台${pick(r, TERMS)}专项政策，${pick(r, VERBS)}${pick(r, TERMS)}，避免“撒胡椒面”。`,
  (r) => `${pick(r, SUBJECTS)}提出：${pick(r, TERMS)}要${pick(r, VERBS)}，${pick(r, TERMS)}要${pick(r, VERBS)}，不能${pick(r, PROBLEMS)}。`,
];

/** One note: two to five sentences, about 40 to 160 characters. */
export function noteText(random: () => number): string {
  const sentences = 2 + Math.floor(random() * 4);
  let text = '';
  for (let i = 0; i < sentences; i++) text += pick(random, PATTERNS)(random);
  return text;
}

const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛';
const GIVEN = '伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉萍红建国志远振华卫东晨光辉海燕';

/** A plausible Chinese name, deterministic by index. */
export function personName(index: number): string {
  const random = rng(10_007 + index);
  const given = 1 + Math.floor(random() * 2);
  let name = pick(random, [...SURNAMES]);
  for (let i = 0; i < given; i++) name += pick(random, [...GIVEN]);
  return name;
}

export const POSITIONS = ['局长', '副局长', '主任', '副主任', '科长', '镇长', '党委书记', '董事长', '总经理', '研究员'] as const;
export const UNIT_NAMES = [
  '县发展和改革局',
  '县工业和信息化局',
  '县财政局',
  '县自然资源局',
  '县商务局',
  '县人力资源和社会保障局',
  '县农业农村局',
  '县科学技术局',
  '县住房和城乡建设局',
  '县生态环境局',
  '县文化和旅游局',
  '县卫生健康局',
  '县教育局',
  '县市场监督管理局',
  '县行政审批服务局',
  '经济开发区管委会',
  '城关镇人民政府',
  '河口镇人民政府',
  '县工商业联合会',
  '某新材料股份有限公司',
] as const;

export const CATEGORIES = ['understanding', 'idea', 'difficulty', 'suggestion', 'criticism', 'question', 'interjection', 'decision'] as const;
