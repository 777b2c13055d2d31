import type { Person, Unit } from '../shared/domain.js';
import type { Note } from '../shared/notes.js';
import { personMatcher } from '../renderer/src/search/match.js';
import { buildRows } from '../renderer/src/screens/notes/rows.js';
import { addFigure, median } from './table.js';

const PEOPLE = 3_000;
const NOTES = 5_000;
const RUNS = 20;
const QUERIES = ['z', 'zj', 'gxj', 'wang', '局', 'lihua'];

/**
 * The renderer's pure list work, timed here rather than asserted in unit tests (issue 0/7): the
 * speaker picker's pinyin search over a county-sized directory, and the notes list's rows for a
 * long session. Both run on every keystroke or change, so they must stay well inside a frame.
 */
export default async function bench(): Promise<void> {
  const units: Unit[] = Array.from({ length: 60 }, (_, i) => ({ id: `u${i}`, name: `第${i}工业和信息化局`, shortName: `工信${i}`, kind: 'department' }));
  const people: Person[] = Array.from({ length: PEOPLE }, (_, i) => ({
    id: `p${i}`,
    name: `${'赵钱孙李周吴郑王'[i % 8]}${'建国华明丽娟'[i % 6]}${i}`,
    position: '科员',
    unitId: units[i % units.length]!.id,
    unitName: units[i % units.length]!.name,
    category: 'other',
  }));
  const searches: number[] = [];
  const builds: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    let started = performance.now();
    const matcher = personMatcher(people, units);
    for (const query of QUERIES) matcher.search(query, 20);
    searches.push(performance.now() - started);

    const notes = Array.from(
      { length: NOTES },
      (_, i) =>
        ({
          id: `n${i}`,
          sessionId: 's',
          agendaItemId: `item-${i % 4}`,
          agendaItemTitle: `item ${i % 4}`,
          speaker: null,
          speakerName: `speaker ${Math.floor(i / 7) % 30}`,
          category: 'idea',
          text: `note ${i}`,
          capturedAt: new Date(Date.UTC(2027, 0, 11, 1) + i * 1000).toISOString(),
        }) as unknown as Note,
    );
    started = performance.now();
    buildRows(notes, ['item-0', 'item-1', 'item-2', 'item-3']);
    builds.push(performance.now() - started);
  }
  addFigure({ figure: `picker: ${PEOPLE.toLocaleString('en')} people indexed and ${QUERIES.length} pinyin searches, median of ${RUNS}`, target: 1_000, measured: median(searches), unit: 'ms' });
  addFigure({ figure: `notes list: rows of ${NOTES.toLocaleString('en')} notes built, median of ${RUNS}`, target: 200, measured: median(builds), unit: 'ms' });
}
