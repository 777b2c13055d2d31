import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { ACTION_STATUSES } from '../../shared/actions.js';
import { testRuntime, type TestRuntime } from '../helpers/runtime.js';
import { exchange, exchangeAll, hostLaptop, memberLaptop, sessionDump, type Laptop } from './sync-helpers.js';

/**
 * Issue 18's acceptance: three laptops (one host, two members, three data folders), random work
 * through the real channels while the network splits and heals at random; once everyone has talked
 * to everyone, the three databases hold the same session, every call that answered ok is there,
 * and nothing is doubled.
 */
const SESSION = 'sample-zh-1-session-leadership_seminar';
const ITEM = 'sample-zh-1-item-leadership_seminar-round_am';
const now = () => new Date('2026-12-06T09:00:00.000Z');

const laptop = fc.constantFrom(0, 1, 2);
const pick = fc.nat(50);
const op = fc.oneof(
  fc.record({ kind: fc.constant('note.add' as const), at: laptop }),
  fc.record({ kind: fc.constant('note.edit' as const), at: laptop, pick }),
  fc.record({ kind: fc.constant('note.delete' as const), at: laptop, pick }),
  fc.record({ kind: fc.constant('note.restore' as const), at: laptop, pick }),
  fc.record({ kind: fc.constant('agenda.title' as const), at: laptop, pick }),
  fc.record({ kind: fc.constant('speaker.move' as const), at: laptop, pick, position: fc.nat(3) }),
  fc.record({ kind: fc.constant('speaker.add' as const), at: laptop }),
  fc.record({ kind: fc.constant('speaker.remove' as const), at: laptop, pick }),
  fc.record({ kind: fc.constant('action.move' as const), at: laptop, pick, status: fc.constantFrom(...ACTION_STATUSES), position: fc.nat(2) }),
  fc.record({ kind: fc.constant('run.next' as const) }),
  // Which links are up for one exchange: A–B, A–C, B–C.
  fc.record({ kind: fc.constant('network' as const), links: fc.tuple(fc.boolean(), fc.boolean(), fc.boolean()) }),
);
type Op = typeof op extends fc.Arbitrary<infer T> ? T : never;

const open: TestRuntime[] = [];
afterEach(() => open.splice(0).forEach((rt) => rt.cleanup()));

function room(): Laptop[] {
  const rts = [0, 1, 2].map(() => testRuntime({ now }));
  open.push(...rts);
  const lead = () => rts[0]!.core.db.prepare('SELECT id FROM unit ORDER BY id LIMIT 1').pluck().get() as string;
  const ok = (r: { ok: boolean }) => expect(r.ok, JSON.stringify(r)).toBe(true);
  ok(rts[0]!.core.call('sample.load', { locale: 'zh-CN' }));
  ok(rts[0]!.core.call('action.create', { sessionId: SESSION, title: '任务一', leadUnitId: lead() }));
  ok(rts[0]!.core.call('action.create', { sessionId: SESSION, title: '任务二', leadUnitId: lead() }));
  ok(rts[0]!.core.call('run.start', { sessionId: SESSION }));
  ok(rts[0]!.core.call('run.startItem', { sessionId: SESSION, itemId: ITEM }));
  const laptops = [hostLaptop(rts[0]!, 'room-p', SESSION), memberLaptop(rts[1]!, 'room-p'), memberLaptop(rts[2]!, 'room-p')];
  exchangeAll(laptops.map((l) => l.replica.doc));
  return laptops;
}

const ids = (rt: TestRuntime, sql: string) => rt.core.db.prepare(sql).pluck().all(SESSION) as string[];
const nth = <T>(list: T[], n: number): T | undefined => (list.length === 0 ? undefined : list[n % list.length]);

describe('three laptops in a room, split and healed at random', () => {
  // About 15 s alone; the generous limit is for a machine busy with other work (a limit hit is not a finding).
  it('converge to the same session with every acknowledged operation and no duplicates', () => {
    let run = 0;
    fc.assert(
      fc.property(fc.array(op, { minLength: 5, maxLength: 30 }), (ops: Op[]) => {
        const laptops = room();
        try {
          const rts = laptops.map((l) => l.rt);
          const created = new Set<string>();
          const noteTexts = new Map<string, Set<string>>();
          const titles = new Map<string, Set<string>>();
          const statuses = new Map<string, Set<string>>();
          const addedSpeakers = new Set<string>();
          const removedSpeakers = new Set<string>();
          const addTo = (map: Map<string, Set<string>>, id: string, value: string) => map.set(id, (map.get(id) ?? new Set()).add(value));
          ops.forEach((o, step) => {
            const stamp = `第${run}轮第${step}步`;
            if (o.kind === 'network') {
              const [ab, ac, bc] = o.links;
              if (ab) exchange(laptops[0]!.replica.doc, laptops[1]!.replica.doc);
              if (ac) exchange(laptops[0]!.replica.doc, laptops[2]!.replica.doc);
              if (bc) exchange(laptops[1]!.replica.doc, laptops[2]!.replica.doc);
              return;
            }
            if (o.kind === 'run.next') {
              rts[0]!.core.call('run.next', { sessionId: SESSION });
              return;
            }
            const rt = rts[o.at]!;
            const notes = ids(rt, 'SELECT id FROM note WHERE session_id = ? ORDER BY id');
            switch (o.kind) {
              case 'note.add': {
                const text = `记录${stamp}`;
                const r = rt.core.call('note.create', { sessionId: SESSION, category: 'idea', text });
                if (r.ok) {
                  const id = (r.value as { id: string }).id;
                  created.add(id);
                  addTo(noteTexts, id, text);
                }
                break;
              }
              case 'note.edit': {
                const id = nth(notes, o.pick);
                const text = `改${stamp}`;
                if (id && rt.core.call('note.update', { id, text }).ok) addTo(noteTexts, id, text);
                break;
              }
              case 'note.delete':
              case 'note.restore': {
                const id = nth(notes, o.pick);
                if (id) rt.core.call(o.kind, { id });
                break;
              }
              case 'agenda.title': {
                const id = nth(ids(rt, 'SELECT id FROM agenda_item WHERE session_id = ? ORDER BY id'), o.pick);
                const title = `议程${stamp}`;
                if (id && rt.core.call('agenda.update', { id, title }).ok) addTo(titles, id, title);
                break;
              }
              case 'speaker.move': {
                const speakers = ids(rt, 'SELECT s.id FROM speaker s JOIN agenda_item i ON i.id = s.agenda_item_id WHERE i.session_id = ? ORDER BY s.id');
                const id = nth(speakers, o.pick);
                if (id) rt.core.call('speaker.move', { id, position: o.position });
                break;
              }
              case 'speaker.add': {
                const r = rt.core.call('speaker.add', { agendaItemId: ITEM, freeName: `发言人${stamp}` });
                if (r.ok) addedSpeakers.add((r.value as { id: string }).id);
                break;
              }
              case 'speaker.remove': {
                const speakers = ids(rt, 'SELECT s.id FROM speaker s JOIN agenda_item i ON i.id = s.agenda_item_id WHERE i.session_id = ? ORDER BY s.id');
                const id = nth(speakers, o.pick);
                if (id && rt.core.call('speaker.remove', { id }).ok) removedSpeakers.add(id);
                break;
              }
              case 'action.move': {
                const id = nth(ids(rt, 'SELECT id FROM action_item WHERE session_id = ? ORDER BY id'), o.pick);
                if (id && rt.core.call('action.move', { id, status: o.status, position: o.position }).ok) addTo(statuses, id, o.status);
                break;
              }
            }
          });
          exchangeAll(laptops.map((l) => l.replica.doc));

          const dumps = rts.map((rt) => sessionDump(rt, SESSION));
          expect(dumps[1]).toEqual(dumps[0]);
          expect(dumps[2]).toEqual(dumps[0]);
          // The only refusals: a row written under a speaker another laptop took off the queue at the same
          // time (its speech, the run pointing at it), refused until the laptop that wrote it removes it too.
          for (const l of laptops) for (const message of l.logged) expect(message).toMatch(/^room: refused a (speech|run_state) row .*outside the shared session/);
          const db = rts[0]!.core.db;
          // Every acknowledged note is there once, holding a text some call wrote.
          for (const id of created) expect(db.prepare('SELECT count(*) FROM note WHERE id = ?').pluck().get(id)).toBe(1);
          for (const [id, texts] of noteTexts) expect(texts).toContain(db.prepare('SELECT text FROM note WHERE id = ?').pluck().get(id));
          // A field some call wrote holds a value some call wrote (the last here, or a concurrent one from elsewhere).
          for (const [id, written] of titles) expect(written).toContain(db.prepare('SELECT title FROM agenda_item WHERE id = ?').pluck().get(id));
          for (const [id, written] of statuses) expect(written).toContain(db.prepare('SELECT status FROM action_item WHERE id = ?').pluck().get(id));
          // A speaker added is there unless some laptop took one off the queue (a removal wins over a concurrent edit).
          for (const id of addedSpeakers) {
            if (!removedSpeakers.has(id)) expect(db.prepare('SELECT count(*) FROM speaker WHERE id = ?').pluck().get(id)).toBe(1);
          }
          // No note doubled: the sample's notes and the acknowledged new ones, nothing else.
          const sampleNotes = db.prepare("SELECT count(*) FROM note WHERE session_id = ? AND id LIKE 'sample-%'").pluck().get(SESSION) as number;
          expect(db.prepare('SELECT count(*) FROM note WHERE session_id = ?').pluck().get(SESSION)).toBe(sampleNotes + created.size);
        } finally {
          laptops.forEach((l) => l.replica.close());
          open.splice(0).forEach((rt) => rt.cleanup());
          run += 1;
        }
      }),
      {
        numRuns: 25,
        examples: [
          // Found by this test: two laptops editing one note wrote the same history version, whose upsert
          // then touched the outbox twice in one statement (the outbox had a unique key then).
          [
            [
              { kind: 'note.edit', at: 0, pick: 40 },
              { kind: 'note.edit', at: 1, pick: 40 },
              { kind: 'note.edit', at: 0, pick: 4 },
              { kind: 'note.delete', at: 0, pick: 0 },
              { kind: 'agenda.title', at: 0, pick: 0 },
              { kind: 'action.move', at: 0, pick: 25, status: 'proposed', position: 0 },
              { kind: 'speaker.remove', at: 0, pick: 2 },
              { kind: 'run.next' },
            ],
          ],
        ],
      },
    );
  }, 400_000);
});
