/**
 * The room's paper (issue 16): sign-in sheet, name cards and seating plan, in Word and PDF, in both
 * languages, from a session made from nothing. Read back as another program would: python-docx for
 * Word (skipped without python3-docx), pdftotext for the PDF (skipped without Chromium and poppler).
 * Names are expected in the order the core lists the participants (the protocol order is the core's
 * business), the chair at the centre of the seating plan.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Locale } from '../../shared/contract/fields.js';
import type { Person, Programme, Session, SessionDetail, Stage, Unit } from '../../shared/domain.js';
import { findChromium } from '../../main/export/pdf/chromium.js';
import { nameCardsModel, seatingModel, seatingLayout, WALK_IN_ROWS } from '../../main/export/paper-model.js';
import { renderPaperHtml } from '../../main/export/paper-html.js';
import { readModel } from '../../main/export/model.js';
import { testClock } from '../helpers/clock.js';
import { exportOf, pythonWith } from '../helpers/export.js';
import { ok, tempDir, testRuntime, type TestRuntime } from '../helpers/runtime.js';

const PYTHON = pythonWith('docx');
const CHROMIUM = findChromium(undefined);
const PDFTOTEXT = !spawnSync('pdftotext', ['-v']).error;
/** A name that would be markup if anything put it into the page unescaped. */
const HOSTILE = '<img src=x onerror=alert(1)>';

let rt: TestRuntime;
let dir: string;
beforeEach(() => {
  rt = testRuntime({ now: testClock(new Date(2027, 0, 11, 18, 0).toISOString()).now });
  dir = tempDir('convene-paper-');
});
afterEach(() => {
  rt.cleanup();
  fs.rmSync(dir, { recursive: true, force: true });
});

const PEOPLE = {
  'zh-CN': {
    title: '产业生态专题研讨会',
    venue: '县政府第一会议室',
    unit: '县工业和信息化局',
    people: [
      ['赵国栋', '副县长'],
      ['江辰', '县委书记'],
      ['李明', '局长'],
      ['王芳', '副局长'],
      ['陈静', '科长'],
      ['刘洋', '主任'],
      [HOSTILE, '职员'],
    ],
  },
  en: {
    title: 'Industrial ecosystem seminar',
    venue: 'County Government Meeting Room 1',
    unit: 'Industry Bureau',
    people: [
      ['Zhao Guodong', 'Deputy County Head'],
      ['Jiang Chen', 'Party Secretary'],
      ['Li Ming', 'Director'],
      ['Wang Fang', 'Deputy Director'],
      ['Chen Jing', 'Section Chief'],
      ['Liu Yang', 'Head of Office'],
      [HOSTILE, 'Clerk'],
    ],
  },
} as const;

/**
 * A programme, a stage and one session with a sitting, a venue and seven participants, made through
 * the channels; Jiang Chen (added second) chairs, and a secretary who is on no paper records.
 */
function room(locale: Locale): { sessionId: string; order: string[]; chair: string } {
  const data = PEOPLE[locale];
  const programme = ok(rt.core.call('programme.create', { title: 'P', locale })) as Programme;
  const stage = ok(rt.core.call('stage.create', { programmeId: programme.id, title: 'S' })) as Stage;
  const unit = ok(rt.core.call('unit.create', { name: data.unit })) as Unit;
  const people = data.people.map(([name, position]) => ok(rt.core.call('person.create', { name, position, unitId: unit.id })) as Person);
  const secretary = ok(rt.core.call('person.create', { name: locale === 'zh-CN' ? '记录员' : 'Recorder' })) as Person;
  const session = ok(
    rt.core.call('session.create', {
      stageId: stage.id,
      title: data.title,
      venue: data.venue,
      sittings: [{ date: '2027-01-12', startTime: '09:00', endTime: '12:00' }],
    }),
  ) as Session;
  ok(rt.core.call('attendance.add', { sessionId: session.id, personIds: people.map((p) => p.id) }));
  ok(rt.core.call('session.update', { id: session.id, chairId: people[1]!.id, secretaryId: secretary.id }));
  const detail = ok(rt.core.call('session.get', { id: session.id })) as SessionDetail;
  const order = detail.participants.filter((p) => p.role !== 'secretary').map((p) => p.person.name);
  return { sessionId: session.id, order, chair: people[1]!.name };
}

function pythonDocx(file: string): { paragraphs: string[]; tables: string[][][]; boxes: string[][]; landscape: boolean } {
  // Text boxes are not paragraphs of the body for python-docx: their w:txbxContent is read from the XML, each page's in order.
  const script = `
import json, sys, docx
from docx.oxml.ns import qn
d = docx.Document(sys.argv[1])
boxes = []
for p in d.element.body.iter(qn('w:p')):
    for box in p.iter(qn('w:txbxContent')):
        boxes.append(["".join(t.text or "" for t in q.iter(qn('w:t'))) for q in box.iter(qn('w:p'))])
print(json.dumps({
  "paragraphs": [p.text for p in d.paragraphs],
  "tables": [[[c.text for c in r.cells] for r in t.rows] for t in d.tables],
  "boxes": boxes,
  "landscape": d.sections[0].page_width > d.sections[0].page_height,
}, ensure_ascii=False))
`;
  const run = spawnSync(PYTHON!, ['-c', script, file], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(run.stderr);
  return JSON.parse(run.stdout);
}

async function saved(kind: 'signin' | 'namecards' | 'seating', format: 'docx' | 'pdf', sessionId: string) {
  const out = await exportOf(rt, kind, format, { sessionId });
  const file = path.join(dir, out.file.fileName);
  fs.writeFileSync(file, out.bytes);
  return { file, out };
}

/** pdftotext's text, page by page (form feeds between pages). */
function pdfPages(file: string, layout = false): string[] {
  const run = spawnSync('pdftotext', ['-enc', 'UTF-8', ...(layout ? ['-layout'] : []), file, '-'], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(run.stderr);
  return run.stdout.split('\f').filter((page) => page.trim() !== '');
}

const squash = (text: string) => text.replace(/\s+/g, '');

const HEADERS = { 'zh-CN': ['序号', '姓名', '单位职务', '签到'], en: ['No.', 'Name', 'Organisation and position', 'Signature'] } as const;
const unitPosition = (locale: Locale, position: string) => (locale === 'zh-CN' ? `${PEOPLE[locale].unit}${position}` : `${position}, ${PEOPLE[locale].unit}`);

describe('seating layout', () => {
  it('puts the first at the centre of the head, then alternates: No. 2 on the reader’s right, No. 3 on the left, then down the long sides', () => {
    const seat = (c: unknown) => (c && typeof c === 'object' && 'seat' in c ? (c as { seat: number }).seat + 1 : c && typeof c === 'object' ? 'T' : '.');
    expect(seatingLayout(3).grid.map((r) => r.map(seat))).toEqual([[3, 1, 2], ['T']]);
    expect(seatingLayout(8).grid.map((r) => r.map(seat))).toEqual([
      [5, 3, 1, 2, 4],
      [7, 'T', 6],
      ['.', 8],
    ]);
    expect(seatingLayout(1).grid.map((r) => r.map(seat))).toEqual([[1], ['T']]);
  });
});

for (const locale of ['zh-CN', 'en'] as const) {
  const data = PEOPLE[locale];
  const zh = locale === 'zh-CN';

  describe.skipIf(!PYTHON)(`Word read by python-docx (${locale})${PYTHON ? '' : ' (skipped: python3-docx is not installed)'}`, () => {
    it('sign-in sheet: title, time and venue, the four columns, everyone in order, then empty numbered rows for walk-ins', async () => {
      const { sessionId, order } = room(locale);
      const { file, out } = await saved('signin', 'docx', sessionId);
      expect(out.file.fileName).toBe(zh ? `${data.title}-签到表-2027-01-12.docx` : `${data.title.replace(/ /g, '-')}-sign-in-sheet-2027-01-12.docx`);
      const read = pythonDocx(file);
      expect(read.paragraphs[0]).toBe(zh ? `${data.title}签到表` : `Sign-in sheet: ${data.title}`);
      expect(read.paragraphs.join('\n')).toContain(zh ? `地点：${data.venue}` : `Venue: ${data.venue}`);
      expect(read.paragraphs.join('\n')).toContain(zh ? '时间：2027年1月12日 09:00–12:00' : 'Time: 12 January 2027 09:00–12:00');
      expect(read.landscape).toBe(false);
      const [table] = read.tables;
      expect(table![0]).toEqual([...HEADERS[locale]]);
      const body = table!.slice(1);
      expect(body.map((r) => r[1])).toEqual([...order, ...Array<string>(WALK_IN_ROWS).fill('')]);
      expect(body.map((r) => r[0])).toEqual(body.map((_, i) => String(i + 1)));
      const li = body.find((r) => r[1] === order.find((n) => n !== HOSTILE))!;
      expect(li[2]).toBe(unitPosition(locale, data.people.find(([n]) => n === li[1])![1]));
      expect(body.every((r) => r[3] === '')).toBe(true);
      // The hostile name is there as the text it is.
      expect(body.some((r) => r[1] === HOSTILE)).toBe(true);
    });

    it('name cards: one landscape page per person, each name twice (the upper half turned), in order', async () => {
      const { sessionId, order } = room(locale);
      const { file } = await saved('namecards', 'docx', sessionId);
      const read = pythonDocx(file);
      expect(read.landscape).toBe(true);
      // Two boxes per card: the upper (turned) and the lower half, each the name then the unit and position.
      expect(read.boxes.length).toBe(2 * order.length);
      expect(read.boxes.map((b) => b[0])).toEqual(order.flatMap((name) => [name, name]));
      const xml = spawnSync('unzip', ['-p', file, 'word/document.xml'], { encoding: 'utf8' }).stdout;
      expect(xml.match(/<a:xfrm rot="10800000">/g)?.length).toBe(order.length);
      expect(xml.match(/<w:pageBreakBefore\/>/g)?.length).toBe(order.length - 1);
      expect(xml).not.toContain('<img');
      expect(xml).toContain('&lt;img src=x onerror=alert(1)&gt;');
    });

    it('seating plan: the chair at the centre of the head, then the others, and the list by seat number', async () => {
      const { sessionId, order, chair } = room(locale);
      const { file } = await saved('seating', 'docx', sessionId);
      const read = pythonDocx(file);
      expect(read.paragraphs[0]).toBe(zh ? `${data.title}座次图` : `Seating plan: ${data.title}`);
      const [plan, list] = read.tables;
      const byNumber = [chair, ...order.filter((n) => n !== chair)];
      // Head row as seen on the plan: 5 3 1 2 4 (No. 2 on the chair’s left, the reader’s right); the chair’s cell says so.
      expect(plan![0]).toEqual([5, 3, 1, 2, 4].map((n) => `${n}${n === 1 ? `\u2002${zh ? '主持' : 'Chair'}` : ''}\n${byNumber[n - 1]}`));
      expect(plan![1]![0]).toBe(`7\n${byNumber[6]}`);
      expect(plan![1]![4]).toBe(`6\n${byNumber[5]}`);
      expect(list![0]).toEqual(zh ? ['座次', '姓名', '单位职务'] : ['Seat', 'Name', 'Organisation and position']);
      expect(list!.slice(1).map((r) => r[1])).toEqual(byNumber);
      expect(read.paragraphs.join('\n')).toContain(zh ? '2号坐主持人左手边' : 'No. 2 on the chair’s left');
    });
  });

  describe.skipIf(!CHROMIUM || !PDFTOTEXT)(`PDF read by pdftotext (${locale})${CHROMIUM && PDFTOTEXT ? '' : ' (skipped: needs Chromium and poppler-utils)'}`, () => {
    it('sign-in sheet, name cards and seating plan: the names in order, twice per card page, markup as text', async () => {
      const { sessionId, order, chair } = room(locale);
      const signinFile = (await saved('signin', 'pdf', sessionId)).file;
      const signin = squash(pdfPages(signinFile).join('\n'));
      for (const h of HEADERS[locale]) expect(signin).toContain(squash(h));
      // A long name may wrap in its cell: compared without white space.
      const positions = order.map((name) => signin.indexOf(squash(name)));
      expect(positions.every((p) => p >= 0)).toBe(true);
      expect([...positions].sort((a, b) => a - b)).toEqual(positions);
      // The walk-in rows are numbered on after the list, each on a line of its own.
      expect(pdfPages(signinFile, true).join('\n')).toMatch(new RegExp(`\\n\\s*${order.length + WALK_IN_ROWS}\\s*\\n`));

      const cards = pdfPages((await saved('namecards', 'pdf', sessionId)).file);
      expect(cards.length).toBe(order.length);
      cards.forEach((page, i) => {
        const name = order[i]!;
        // pdftotext reads the turned half too: the name is on the page twice.
        expect(squash(page).split(squash(name)).length - 1, page).toBe(2);
      });

      const seating = squash(pdfPages((await saved('seating', 'pdf', sessionId)).file).join('\n'));
      expect(seating).toContain(zh ? '会议桌' : 'Table');
      const list = seating.slice(seating.lastIndexOf(squash(zh ? '单位职务' : 'Organisation and position')));
      const byNumber = [chair, ...order.filter((n) => n !== chair)];
      const at = byNumber.map((name) => list.indexOf(squash(name)));
      expect(at.every((p) => p >= 0)).toBe(true);
      expect([...at].sort((a, b) => a - b)).toEqual(at);
      expect(seating).toContain(squash(HOSTILE));
    });
  });
}

it('refuses the paper for a whole programme and in a format it does not come in', async () => {
  const { sessionId } = room('zh-CN');
  const md = await rt.service.call('export.render', { kind: 'signin', format: 'md', sessionId });
  expect(md.ok ? null : md.error.issues).toEqual([{ path: 'format', code: 'format_unavailable' }]);
  const session = ok(rt.core.call('session.get', { id: sessionId })) as SessionDetail;
  const wide = await rt.service.call('export.render', { kind: 'seating', format: 'pdf', programmeId: session.programme.id });
  expect(wide.ok ? null : wide.error.issues).toEqual([{ path: 'sessionId', code: 'required' }]);
});

it('never lets a name become markup: the print pages of the cards and the plan escape it', () => {
  const { sessionId } = room('en');
  const models = readModel(rt.core, () => new Date(), (ctx) => [nameCardsModel(ctx, { sessionId }), seatingModel(ctx, { sessionId })]);
  for (const model of models) {
    const html = renderPaperHtml(model);
    expect(html, model.kind).not.toMatch(/<img/i);
    expect(html, model.kind).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html, model.kind).toContain(`content="default-src 'none'; style-src 'unsafe-inline'; img-src data:; font-src data:"`);
  }
});
