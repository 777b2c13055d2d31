import { openRuntime } from '../main/service/runtime.js';
import type { SearchHit } from '../shared/notes.js';
import { personName, rng, TERMS } from './support/corpus.js';
import { notesFolder } from './support/notes-db.js';
import { addFigure, percentile } from './table.js';

const QUERIES = 200;
const WARMUP = 20;

/**
 * What a user types into the search box, by the path the handler takes. Mostly words of the trade
 * that are in the notes (the common case, many hits), some narrower (a prefix, two words together, a
 * person's name), and about one in ten that matches nothing.
 */
const LONG_TERMS = TERMS.filter((t) => [...t].length >= 3);
const SHORT_TERMS = TERMS.filter((t) => [...t].length <= 2);
const LONG_QUERIES: readonly string[] = [
  ...LONG_TERMS,
  '营商环',
  '专精特',
  '招商引资 产业链',
  '营商环境 审批周期长',
  '乡村振兴 农业产业化',
  '十五五期间',
  '撒胡椒面',
  '要素保障难',
  personName(3),
  personName(17),
  '县工业和信息化局',
  '量子计算',
  '低空经济',
  '航空航天 产业链',
];
const SHORT_QUERIES: readonly string[] = [...SHORT_TERMS, '税', '钱', '电', '地', '人', '企业', '资金', '政策', '局长', '王', '陈', '芯片', '猫', '碳汇'];

function queriesFrom(pool: readonly string[], seed: number): string[] {
  const random = rng(seed);
  return Array.from({ length: QUERIES }, () => pool[Math.floor(random() * pool.length)]!);
}

/**
 * Issue 3/7: `search.query` over 100,000 notes of Chinese planning text, through the real handler
 * (terms split; an FTS5 trigram MATCH, newest first, for terms of three or more characters; for one-
 * and two-character terms, the rows of a prefix range of the trigram index's vocabulary; then each
 * hit located in its session and snippeted), with the product's pragmas. 200 queries of each kind, drawn from the pools above.
 * Each query's CPU time (process.cpuUsage) is reported beside its wall time: on a shared machine the
 * difference is time spent waiting for a core, not work the search did.
 */
export default async function bench(): Promise<void> {
  const folder = await notesFolder('search');
  const runtime = openRuntime({ dataDir: folder.dataDir });
  try {
    const search = (query: string): SearchHit[] => {
      const result = runtime.core.call('search.query', { query });
      if (!result.ok) throw new Error(`search.query '${query}' failed: ${JSON.stringify(result.error)}`);
      return result.value as SearchHit[];
    };
    const measure = (queries: string[]) => {
      const times: number[] = [];
      const cpu: number[] = [];
      let hits = 0;
      for (const query of queries) {
        const cpuStarted = process.cpuUsage();
        const started = performance.now();
        hits += search(query).length;
        times.push(performance.now() - started);
        const used = process.cpuUsage(cpuStarted);
        cpu.push((used.user + used.system) / 1000);
      }
      return { times, cpu, hits };
    };
    for (const query of [...LONG_QUERIES, ...SHORT_QUERIES].slice(0, WARMUP)) search(query);
    const trigram = measure(queriesFrom(LONG_QUERIES, 11));
    const short = measure(queriesFrom(SHORT_QUERIES, 12));
    if (trigram.hits === 0 || short.hits === 0) throw new Error('the search benchmark found nothing: the corpus and the queries do not meet');

    addFigure({ figure: 'search.query 3+ chars (FTS5 trigram), 100k notes, p50 of 200', measured: percentile(trigram.times, 50), unit: 'ms' });
    addFigure({ figure: 'search.query 3+ chars (FTS5 trigram), 100k notes, p95 of 200', target: 30, measured: percentile(trigram.times, 95), unit: 'ms' });
    addFigure({ figure: 'search.query 3+ chars, CPU time of this process, p95', measured: percentile(trigram.cpu, 95), unit: 'ms' });
    addFigure({ figure: 'search.query 1-2 chars (index vocabulary range), 100k notes, p50 of 200', measured: percentile(short.times, 50), unit: 'ms' });
    addFigure({ figure: 'search.query 1-2 chars (index vocabulary range), 100k notes, p95 of 200', target: 30, measured: percentile(short.times, 95), unit: 'ms' });
    addFigure({ figure: 'search.query 1-2 chars, CPU time of this process, p95', measured: percentile(short.cpu, 95), unit: 'ms' });
  } finally {
    runtime.close({ backup: false });
    folder.remove();
  }
}
