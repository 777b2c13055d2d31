/**
 * The room's paper (issue 16): the sign-in sheet (签到表), the name cards (桌签) and the seating plan
 * (座次图) of one session, from its participants in the order the core gives them (the protocol
 * order: this file never sorts). Every word comes from shared/i18n's `paper` namespace.
 *
 * The sign-in sheet is a titled table, so it is a TableExportModel and prints through the same
 * outline, Word and PDF writers as the agenda; the cards and the plan are drawings of their own
 * (docx/paper.ts, paper-html.ts).
 */
import type { Locale } from '../../shared/contract/fields.js';
import type { Participant } from '../../shared/domain.js';
import { resources } from '../../shared/i18n/index.js';
import { translatorFor } from '../../shared/i18n/translate.js';
import { AppError } from '../../shared/contract/result.js';
import type { ReadContext } from '../core/context.js';
import { listParticipants } from '../core/participants.js';
import { getProgramme } from '../core/programmes.js';
import { getSession, listSittings } from '../core/sessions.js';
import { timeLines } from './agenda-model.js';
import type { TableExportModel } from './table-model.js';

/** Empty numbered rows at the foot of the sign-in sheet, for those who come without being on the list. */
export const WALK_IN_ROWS = 5;

/** Rows of the sign-in sheet: room for a handwritten signature. */
const SIGNIN_ROW_MM = 11;

/** One person on the paper: who they are, as printed. */
export interface PaperPerson {
  name: string;
  /** 单位 and 职务 as one line ("县工业和信息化局局长" / "Director, Industry Bureau"). */
  unitPosition: string;
}

export interface NameCardsModel {
  kind: 'namecards';
  locale: Locale;
  title: string;
  cards: PaperPerson[];
  /** Printed small on the fold line. */
  fold: string;
}

/** A cell of the seating plan's grid: a seat (with its number in precedence), the table, or nothing. */
export type SeatCell = { type: 'seat'; no: number; name: string; chair: boolean } | { type: 'table'; span: number; rows: number } | { type: 'empty' };

export interface SeatingModel {
  kind: 'seating';
  locale: Locale;
  title: string;
  /** 时间 and 地点 under the title. */
  fields: { label: string; value: string }[];
  /** Rows of the drawing, top (the head of the table) first; the table spans `span` columns and `rows` rows. */
  grid: SeatCell[][];
  /** Columns of the grid. */
  width: number;
  /** Everyone by seat number, under the drawing. */
  seats: { no: number; name: string; unitPosition: string }[];
  labels: { seat: string; name: string; unitPosition: string; chair: string; table: string; note: string; nobody: string };
}

/** Drawings of their own: neither the outline's blocks nor a table. */
export type PaperDrawingModel = NameCardsModel | SeatingModel;
export const PAPER_DRAWINGS = ['namecards', 'seating'] as const;
export const isPaperDrawing = (kind: string): kind is PaperDrawingModel['kind'] => (PAPER_DRAWINGS as readonly string[]).includes(kind);

function sessionOf(ctx: ReadContext, sessionId: string | undefined) {
  if (!sessionId) throw new AppError('validation', undefined, [{ path: 'sessionId', code: 'required' }]);
  return getSession(ctx, sessionId);
}

function localeOf(ctx: ReadContext, programmeId: string, locale: Locale | undefined): Locale {
  return locale ?? getProgramme(ctx, programmeId).locale;
}

/**
 * Who is in the room, in the core's order: everyone on the list but the secretary (who records, at a
 * side table) and those already known to be away, as the agenda counts them.
 */
function inTheRoom(ctx: ReadContext, sessionId: string): Participant[] {
  return listParticipants(ctx, sessionId).filter((p) => p.role !== 'secretary' && p.presence !== 'excused' && p.presence !== 'absent');
}

function personOf(p: Participant, locale: Locale): PaperPerson {
  const unit = p.person.unitName?.trim() ?? '';
  const position = p.person.position.trim();
  const unitPosition = unit && position ? translatorFor(locale)('paper:unitAndPosition', { unit, position }) : unit || position;
  return { name: p.person.name, unitPosition };
}

/** The session's title followed by the paper's name, as the agenda's title is made. */
function titleOf(sessionTitle: string, word: string, locale: Locale): string {
  return translatorFor(locale)('paper:title', { title: sessionTitle, word });
}

function whenAndWhere(ctx: ReadContext, sessionId: string, venue: string, locale: Locale): { label: string; value: string }[] {
  const words = resources[locale].paper;
  return [
    { label: words.time, value: timeLines(listSittings(ctx, sessionId), locale) },
    { label: words.venue, value: venue },
  ].filter((f) => f.value.trim() !== '');
}

export interface PaperScope {
  sessionId?: string | undefined;
  locale?: Locale | undefined;
}

/** 签到表: 序号, 姓名, 单位职务, 签到; the participants, then empty numbered rows for walk-ins. */
export function signinModel(ctx: ReadContext, scope: PaperScope): TableExportModel {
  const session = sessionOf(ctx, scope.sessionId);
  const locale = localeOf(ctx, session.programmeId, scope.locale);
  const words = resources[locale].paper;
  const people = inTheRoom(ctx, session.id).map((p) => personOf(p, locale));
  const rows = [
    ...people.map((p, i) => ({ no: i + 1, name: p.name, unitPosition: p.unitPosition, sign: '' })),
    ...Array.from({ length: WALK_IN_ROWS }, (_, i) => ({ no: people.length + i + 1, name: '', unitPosition: '', sign: '' })),
  ];
  return {
    kind: 'signin',
    locale,
    table: {
      title: titleOf(session.title, words.kind.signin, locale),
      subtitle: '',
      fields: whenAndWhere(ctx, session.id, session.venue, locale),
      columns: [
        { key: 'no', label: words.no, width: 8 },
        { key: 'name', label: words.name, width: 20 },
        { key: 'unitPosition', label: words.unitPosition, width: 42 },
        { key: 'sign', label: words.sign, width: 30 },
      ],
      rows,
      rowHeightMm: SIGNIN_ROW_MM,
    },
  };
}

export function nameCardsModel(ctx: ReadContext, scope: PaperScope): NameCardsModel {
  const session = sessionOf(ctx, scope.sessionId);
  const locale = localeOf(ctx, session.programmeId, scope.locale);
  const words = resources[locale].paper;
  return {
    kind: 'namecards',
    locale,
    title: titleOf(session.title, words.kind.namecards, locale),
    cards: inTheRoom(ctx, session.id).map((p) => personOf(p, locale)),
    fold: words.fold,
  };
}

/** At most this many at the head of the table (the chair and two on each side); the rest sit down its long sides. */
const HEAD_SEATS = 5;

/**
 * Where each seat number sits. The plan is drawn as printed: the head of the table at the top, the
 * chair facing down the page towards the reader, so the chair's left hand is the reader's right.
 * The chair (主持) sits at the centre of the head; then, by precedence, alternating: No. 2 on the
 * chair's left (the reader's right), No. 3 on the chair's right, No. 4 further left, No. 5 further
 * right. This is Chinese government protocol (政务礼仪: 以左为尊, 2 on 1's left, 3 on 1's right),
 * and it is the "alternating right and left" read from the reader's side of the plan. Those
 * after the head go down the long sides, nearest the head first, the chair's left side first, again
 * alternating. The note printed under the plan says the same in words.
 */
export function seatingLayout(count: number): { width: number; grid: ({ seat: number } | { table: number; rows: number } | null)[][] } {
  const head = Math.min(count, HEAD_SEATS);
  const reach = Math.ceil((head - 1) / 2);
  const width = Math.max(2 * reach + 1, count > head ? 3 : 1);
  const centre = (width - 1) / 2;
  const headRow: ({ seat: number } | null)[] = Array.from({ length: width }, () => null);
  for (let i = 0; i < head; i++) {
    // 0 → centre; 1 → one to the reader's right; 2 → one to the left; 3 → two right; ...
    const step = Math.ceil(i / 2);
    headRow[centre + (i % 2 === 1 ? step : -step)] = { seat: i };
  }
  const grid: ({ seat: number } | { table: number; rows: number } | null)[][] = [headRow];
  const sides = count - head;
  const sideRows = Math.ceil(sides / 2);
  for (let r = 0; r < sideRows; r++) {
    const right = head + 2 * r;
    const left = right + 1;
    grid.push([left < count ? { seat: left } : null, ...(r === 0 ? [{ table: width - 2, rows: sideRows }] : []), { seat: right }]);
  }
  // No long sides in use: the table is drawn under the head row.
  if (sideRows === 0) grid.push([{ table: width, rows: 1 }]);
  return { width, grid };
}

export function seatingModel(ctx: ReadContext, scope: PaperScope): SeatingModel {
  const session = sessionOf(ctx, scope.sessionId);
  const locale = localeOf(ctx, session.programmeId, scope.locale);
  const words = resources[locale].paper;
  const room = inTheRoom(ctx, session.id);
  // The chair in the centre; everyone else in the core's order. Without a chair, the first in order takes the centre.
  const chairIndex = room.findIndex((p) => p.person.id === session.chairId);
  const ordered = chairIndex > 0 ? [room[chairIndex]!, ...room.filter((_, i) => i !== chairIndex)] : room;
  const people = ordered.map((p) => personOf(p, locale));
  const hasChair = chairIndex >= 0;
  const { width, grid } = seatingLayout(people.length);
  return {
    kind: 'seating',
    locale,
    title: titleOf(session.title, words.kind.seating, locale),
    fields: whenAndWhere(ctx, session.id, session.venue, locale),
    width,
    grid: grid.map((row) =>
      row.map((cell): SeatCell => {
        if (cell === null) return { type: 'empty' };
        if ('table' in cell) return { type: 'table', span: cell.table, rows: cell.rows };
        return { type: 'seat', no: cell.seat + 1, name: people[cell.seat]!.name, chair: hasChair && cell.seat === 0 };
      }),
    ),
    seats: people.map((p, i) => ({ no: i + 1, name: p.name, unitPosition: p.unitPosition })),
    labels: {
      seat: words.seat,
      name: words.name,
      unitPosition: words.unitPosition,
      chair: words.chair,
      table: words.table,
      note: words.seatingNote,
      nobody: words.nobody,
    },
  };
}

export function paperDrawingModel(ctx: ReadContext, kind: PaperDrawingModel['kind'], scope: PaperScope): PaperDrawingModel {
  return kind === 'namecards' ? nameCardsModel(ctx, scope) : seatingModel(ctx, scope);
}
