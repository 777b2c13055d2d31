import { randomUUID } from 'node:crypto';
import { openRuntime } from '../main/service/runtime.js';
import { catchUpSearchIndex } from '../main/core/search-index.js';
import { CATEGORIES, noteText, pick, rng } from './support/corpus.js';
import { attendees, itemId, ITEMS_PER_SESSION, notesFolder, SESSIONS, sessionId } from './support/notes-db.js';
import { addFigure, percentile } from './table.js';

const SAVES = 2_000;
const WARMUP = 50;
const FLOOR_COMMITS = 300;

/**
 * Issue 3/7: saving a note into a database that already holds 100,000, through the real handler
 * (`core.call('note.create')`: validation, checks of session, item and speaker, the INSERT with its
 * trigger that marks the note stale for search, the read-back of the saved note, the change event),
 * against a bare
 * prepared INSERT of the same row into the same table on the same connection (same triggers, same
 * pragmas: WAL, synchronous=FULL). Each bare INSERT is its own IMMEDIATE transaction, as each
 * handler call is, so both pay one commit and one fsync of the WAL: the ratio is the handler's
 * overhead, not the disk's. The two are interleaved (ABAB, order alternating) so a WAL checkpoint or
 * a noisy neighbour hits both alike. A third figure, a one-row UPDATE committed alone, is the floor
 * this disk puts under any save; the handler's CPU time (process.cpuUsage) is what is left without
 * the waits for the disk and for a core.
 *
 * The saves run back to back, so the idle work (search index catch-up, WAL checkpoint) never runs
 * between them, as it would between a secretary's notes; a last figure times that catch-up alone,
 * for one note, as the idle moment after a save does it: it is work moved out of the save, not gone.
 */
export default async function bench(): Promise<void> {
  const folder = await notesFolder('note-save');
  const runtime = openRuntime({ dataDir: folder.dataDir });
  try {
    const { core } = runtime;
    const { db } = core;
    // The secretary captures in the programme's latest session, attributing to its participants.
    const s = SESSIONS - 1;
    const session = sessionId(s);
    const people = attendees(s);
    const random = rng(3);
    const input = (k: number) => ({
      sessionId: session,
      agendaItemId: itemId(s, k % ITEMS_PER_SESSION),
      speakerPersonId: pick(random, people),
      category: pick(random, CATEGORIES),
      text: noteText(random),
      capturedBy: '记录员',
    });

    const bare = db.prepare(
      `INSERT INTO note (id, session_id, agenda_item_id, speaker_person_id, speaker_name, category, text, important,
                         captured_at, captured_by, created_at, updated_at)
       VALUES (@id, @sessionId, @agendaItemId, @speakerPersonId, '', @category, @text, 0, @at, @capturedBy, @at, @at)`,
    );
    const bareSave = db.transaction((row: ReturnType<typeof input>) => bare.run({ ...row, id: randomUUID(), at: new Date().toISOString() }));
    const viaHandler = (row: ReturnType<typeof input>) => {
      const result = core.call('note.create', row);
      if (!result.ok) throw new Error(`note.create failed: ${JSON.stringify(result.error)}`);
    };

    const notesAtStart = db.prepare('SELECT count(*) FROM note').pluck().get() as number;
    const handlerTimes: number[] = [];
    const bareTimes: number[] = [];
    const handlerCpu: number[] = [];
    const bareCpu: number[] = [];
    const timed = (into: number[], run: () => void, cpu?: number[]) => {
      const cpuStarted = process.cpuUsage();
      const started = performance.now();
      run();
      into.push(performance.now() - started);
      const used = process.cpuUsage(cpuStarted);
      cpu?.push((used.user + used.system) / 1000);
    };
    for (let k = 0; k < WARMUP; k++) {
      viaHandler(input(k));
      bareSave.immediate(input(k));
    }
    for (let k = 0; k < SAVES; k++) {
      const a = input(k);
      const b = input(k);
      if (k % 2 === 0) {
        timed(handlerTimes, () => viaHandler(a), handlerCpu);
        timed(bareTimes, () => bareSave.immediate(b), bareCpu);
      } else {
        timed(bareTimes, () => bareSave.immediate(b), bareCpu);
        timed(handlerTimes, () => viaHandler(a), handlerCpu);
      }
    }

    const floor = db.prepare("INSERT INTO setting (key, value) VALUES ('bench.floor', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value");
    const floorCommit = db.transaction((k: number) => floor.run(String(k)));
    const floorTimes: number[] = [];
    for (let k = 0; k < FLOOR_COMMITS; k++) timed(floorTimes, () => floorCommit.immediate(k));

    // The idle catch-up after one save: first the backlog of the loop above, then one note at a time.
    db.transaction(() => catchUpSearchIndex(db)).immediate();
    const catchUpTimes: number[] = [];
    for (let k = 0; k < FLOOR_COMMITS; k++) {
      viaHandler(input(k));
      timed(catchUpTimes, () => db.transaction(() => catchUpSearchIndex(db)).immediate());
    }

    const handlerP99 = percentile(handlerTimes, 99);
    const bareP99 = percentile(bareTimes, 99);
    const label = `${notesAtStart.toLocaleString('en')} notes`;
    addFigure({ figure: `note.create via core.call (${label}), p50 of ${SAVES.toLocaleString('en')}`, measured: percentile(handlerTimes, 50), unit: 'ms' });
    addFigure({ figure: `note.create via core.call (${label}), p99 of ${SAVES.toLocaleString('en')}`, target: 2, measured: handlerP99, unit: 'ms' });
    addFigure({ figure: 'note.create via core.call, CPU time of this process, p99', measured: percentile(handlerCpu, 99), unit: 'ms' });
    addFigure({ figure: `bare prepared INSERT + commit, same table, p50 of ${SAVES.toLocaleString('en')}`, measured: percentile(bareTimes, 50), unit: 'ms' });
    addFigure({ figure: `bare prepared INSERT + commit, same table, p99 of ${SAVES.toLocaleString('en')}`, measured: bareP99, unit: 'ms' });
    addFigure({ figure: 'note.create p99 / bare INSERT p99', target: 2, measured: handlerP99 / bareP99, unit: 'x' });
    addFigure({ figure: 'note.create p50 / bare INSERT p50', measured: percentile(handlerTimes, 50) / percentile(bareTimes, 50), unit: 'x' });
    addFigure({ figure: 'note.create p99 / bare INSERT p99, CPU time only', measured: percentile(handlerCpu, 99) / percentile(bareCpu, 99), unit: 'x' });
    addFigure({ figure: `commit floor: one-row UPDATE + fsync, p50 of ${FLOOR_COMMITS}`, measured: percentile(floorTimes, 50), unit: 'ms' });
    addFigure({ figure: `commit floor: one-row UPDATE + fsync, p99 of ${FLOOR_COMMITS}`, measured: percentile(floorTimes, 99), unit: 'ms' });
    addFigure({ figure: `search index catch-up of one saved note, when idle, p50 of ${FLOOR_COMMITS}`, measured: percentile(catchUpTimes, 50), unit: 'ms' });
    addFigure({ figure: `search index catch-up of one saved note, when idle, p99 of ${FLOOR_COMMITS}`, measured: percentile(catchUpTimes, 99), unit: 'ms' });
  } finally {
    runtime.close({ backup: false });
    folder.remove();
  }
}
