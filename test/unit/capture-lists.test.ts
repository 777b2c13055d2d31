import { describe, expect, it } from 'vitest';
import type { Speaker } from '../../shared/agenda.js';
import type { Person, Unit } from '../../shared/domain.js';
import type { Note } from '../../shared/notes.js';
import { exactSpeaker, speakerSearch } from '../../renderer/src/screens/capture/speakers.js';
import { buildRows, nextNoteIndex, speakerKey, speakersOf } from '../../renderer/src/screens/notes/rows.js';

const units: Unit[] = [
  { id: 'u-gxj', name: '清源县工业和信息化局', shortName: '工信局', kind: 'department' },
  { id: 'u-gov', name: '清源县人民政府', shortName: '县政府', kind: 'government' },
  { id: 'u-cz', name: '清源县财政局', shortName: '财政局', kind: 'department' },
];
const person = (id: string, name: string, position: string, unitId: string | null): Person => ({
  id, name, position, unitId, unitName: units.find((u) => u.id === unitId)?.name ?? null, category: 'department_head',
});
const lin = person('p-lin', '林卫东', '工信局局长', 'u-gxj');
const zhao = person('p-zhao', '赵国栋', '副县长（分管工业和信息化）', 'u-gov');
const gao = person('p-gao', '高秀兰', '财政局局长', 'u-cz');
const wang = person('p-wang', '王敏', '副局长', 'u-gxj');
const queued = (p: Person | null, freeName = ''): Speaker => ({
  id: `s-${p?.id ?? freeName}`, agendaItemId: 'i', position: 0, person: p, freeName, plannedSeconds: 0, prompt: '', status: 'waiting',
  isInterjection: false, hideCountdown: false, spokenSeconds: 0, startedAt: null, endedAt: null,
});

describe('the @ speaker picker', () => {
  const search = speakerSearch({ queue: [queued(zhao), queued(null, '列席代表')], participants: [zhao, lin], directory: [lin, zhao, gao, wang], units });
  const names = (q: string) => search.options(q).options.map((o) => (o.kind === 'person' ? o.person.name : `${o.source}:${o.name}`));

  it('pinyin initials of the name, and of the unit short name (gxj: the industry bureau)', () => {
    expect(names('lwd')[0]).toBe('林卫东');
    // Participants before the directory: 林卫东 attends, 王敏 (same bureau) does not.
    expect(names('gxj').slice(0, 2)).toEqual(['林卫东', '王敏']);
    expect(search.options('gxj').options[0]).toMatchObject({ source: 'participant' });
    expect(search.options('gxj').options[1]).toMatchObject({ source: 'directory' });
  });

  it('by position text and unit name; the queue comes first', () => {
    expect(names('财政局局长')[0]).toBe('高秀兰');
    expect(names('')).toEqual(['赵国栋', 'queue:列席代表', '林卫东']);
    expect(search.options('lx').options[0]).toMatchObject({ kind: 'free', source: 'queue', name: '列席代表' });
  });

  it('offers the typed text as a free-text name, last: when nothing matches or it is written in characters, never for an exact name', () => {
    expect(names('张老师')).toEqual(['typed:张老师']);
    expect(search.options('张老师').matched).toBe(0);
    // Initials that match someone are not offered as a name; characters are (王老师 beside 王敏).
    expect(names('lin')).not.toContain('typed:lin');
    expect(names('gxj')).not.toContain('typed:gxj');
    expect(names('王')).toEqual(['王敏', 'typed:王']);
    expect(names('林卫东')).toEqual(['林卫东']);
  });

  it('an exact, unique name commits on a space', () => {
    expect(exactSpeaker(search, '林卫东')).toMatchObject({ kind: 'person', person: { id: 'p-lin' } });
    expect(exactSpeaker(search, '列席代表')).toMatchObject({ kind: 'free', source: 'queue' });
    expect(exactSpeaker(search, 'lwd')).toBeNull();
    expect(exactSpeaker(search, '')).toBeNull();
  });
});

let seq = 0;
function note(extra: Partial<Note>): Note {
  seq++;
  return {
    id: `n${seq}`, sessionId: 's', agendaItemId: null, agendaItemTitle: null, speaker: null, speakerName: '', category: 'idea', text: `note ${seq}`,
    important: false, capturedAt: `2027-01-11T01:${String(seq).padStart(2, '0')}:00.000Z`, capturedBy: '', disposition: null, planId: null, planTitle: null,
    dispositionReason: '', version: 1, updatedAt: '', actionId: null, ...extra,
  };
}

describe('the notes list rows', () => {
  const a = note({ agendaItemId: 'item-2', agendaItemTitle: '交流发言', speaker: lin, speakerName: '林卫东', category: 'suggestion', important: true });
  const b = note({ agendaItemId: 'item-2', agendaItemTitle: '交流发言', speaker: zhao, speakerName: '赵国栋' });
  const c = note({ agendaItemId: 'item-2', agendaItemTitle: '交流发言', speaker: lin, speakerName: '林卫东' });
  const d = note({ agendaItemId: 'item-1', agendaItemTitle: '战略愿景', speakerName: '列席群众', category: 'question' });
  const e = note({ agendaItemId: null, speakerName: '' });
  const all = [a, b, c, d, e];

  it('groups by agenda item in agenda order (none first), then by speaker turn, in capture order', () => {
    const { rows, newestIndex, shown } = buildRows(all, ['item-1', 'item-2']);
    expect(rows.map((r) => (r.kind === 'item' ? `[${r.title ?? '-'} ${r.count}]` : r.kind === 'speaker' ? `<${r.name}>` : r.note.id))).toEqual([
      '[- 1]', '<>', e.id,
      '[战略愿景 1]', '<列席群众>', d.id,
      '[交流发言 3]', '<林卫东>', a.id, '<赵国栋>', b.id, '<林卫东>', c.id,
    ]);
    expect(shown).toBe(5);
    // The newest note (e, captured last) wherever it sits.
    expect(rows[newestIndex]).toMatchObject({ kind: 'note', note: { id: e.id } });
    const speakerRow = rows.find((r) => r.kind === 'speaker' && r.name === '林卫东');
    expect(speakerRow).toMatchObject({ detail: '工信局局长 · 清源县工业和信息化局' });
  });

  it('filters by category, speaker and importance', () => {
    expect(buildRows(all, [], { category: 'question', speaker: null, importantOnly: false }).shown).toBe(1);
    expect(buildRows(all, [], { category: null, speaker: speakerKey(a), importantOnly: false }).shown).toBe(2);
    expect(buildRows(all, [], { category: null, speaker: 'f:列席群众', importantOnly: false }).shown).toBe(1);
    const important = buildRows(all, [], { category: null, speaker: null, importantOnly: true });
    expect(important.shown).toBe(1);
    expect(important.rows[important.newestIndex]).toMatchObject({ note: { id: a.id } });
    expect(buildRows([], []).newestIndex).toBe(-1);
  });

  it('lists the speakers for the filter, most notes first, then by name (pinyin order)', () => {
    expect(speakersOf(all).map((s) => [s.key, s.count])).toEqual([['p:p-lin', 2], ['none', 1], ['f:列席群众', 1], ['p:p-zhao', 1]]);
  });

  it('moves between notes, skipping headers, clamped at the ends', () => {
    const { rows } = buildRows(all, ['item-1', 'item-2']);
    const first = nextNoteIndex(rows, -1, 1);
    expect(rows[first]).toMatchObject({ note: { id: e.id } });
    expect(rows[nextNoteIndex(rows, first, 1)]).toMatchObject({ note: { id: d.id } });
    expect(rows[nextNoteIndex(rows, first, 99)]).toMatchObject({ note: { id: c.id } });
    expect(nextNoteIndex(rows, first, -1)).toBe(-1);
    expect(rows[nextNoteIndex(rows, rows.length, -1)]).toMatchObject({ note: { id: c.id } });
  });

  it('builds thousands of rows (its speed: npm run bench)', () => {
    const many = Array.from({ length: 5000 }, (_, i) =>
      note({ agendaItemId: `item-${i % 4}`, agendaItemTitle: `item ${i % 4}`, speakerName: `speaker ${Math.floor(i / 7) % 30}` }),
    );
    const { rows, shown } = buildRows(many, ['item-0', 'item-1', 'item-2', 'item-3']);
    expect(shown).toBe(5000);
    expect(rows.length).toBeGreaterThan(5000);
  });
});
