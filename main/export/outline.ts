/**
 * The reading order of an export as a list of blocks, shared by the Markdown and HTML writers: which
 * sections the minutes have, in what order, and what is left out when empty is decided once, here;
 * each writer only knows how to draw a block.
 */
import type { Locale } from '../../shared/contract/fields.js';
import type { ExportModel, MinutesModel, TableExportModel, TableModel } from './model.js';

export type Block =
  /** The document's title, with an optional line under it (e.g. "会议纪要（草稿）"). */
  | { type: 'title'; text: string; subtitle: string }
  | { type: 'heading'; text: string }
  | { type: 'subheading'; text: string }
  /** "Label: value" lines (time, venue, attendees by group). */
  | { type: 'fields'; items: { label: string; value: string }[] }
  | { type: 'paragraph'; text: string }
  /** A speaker and what they said, one point per list item. */
  | { type: 'statement'; speaker: string; points: string[] }
  | { type: 'list'; ordered: boolean; items: string[] }
  | { type: 'table'; table: Pick<TableModel, 'columns' | 'rows'> };

export interface Outline {
  locale: Locale;
  /** For the HTML <title> and the PDF's metadata. */
  title: string;
  /** Wide tables print across the page. */
  landscape: boolean;
  blocks: Block[];
}

/** How the two languages join a list of names. */
export const listSeparator = (locale: Locale) => (locale === 'zh-CN' ? '、' : ', ');

function minutesOutline(model: MinutesModel): Outline {
  const { document: doc, labels, locale } = model;
  const comma = listSeparator(locale);
  const blocks: Block[] = [{ type: 'title', text: doc.title, subtitle: model.approved ? labels.minutes : `${labels.minutes}${labels.draft}` }];
  blocks.push({
    type: 'fields',
    items: [
      { label: labels.time, value: doc.time },
      { label: labels.venue, value: doc.venue },
      { label: labels.chair, value: doc.chair },
      { label: labels.recorder, value: doc.recorder },
    ].filter((f) => f.value !== ''),
  });
  if (doc.attendees.length > 0) {
    blocks.push({ type: 'heading', text: labels.attendees });
    blocks.push({ type: 'fields', items: doc.attendees.map((g) => ({ label: g.group, value: g.names.join(comma) })) });
  }
  if (doc.excused.length > 0) blocks.push({ type: 'heading', text: labels.excused }, { type: 'paragraph', text: doc.excused.join(comma) });
  if (doc.absent.length > 0) blocks.push({ type: 'heading', text: labels.absent }, { type: 'paragraph', text: doc.absent.join(comma) });
  if (doc.agenda.length > 0) {
    blocks.push({ type: 'heading', text: labels.agenda });
    blocks.push({
      type: 'table',
      table: {
        columns: [
          { key: 'no', label: labels.no, width: 6 },
          { key: 'title', label: labels.item, width: 36 },
          { key: 'presenter', label: labels.presenter, width: 14 },
          { key: 'planned', label: labels.planned, width: 17 },
          { key: 'actual', label: labels.actual, width: 17 },
        ],
        rows: doc.agenda.map((item, index) => ({ no: index + 1, ...item })),
      },
    });
  }
  if (doc.discussion.length > 0) {
    blocks.push({ type: 'heading', text: labels.discussion });
    for (const group of doc.discussion) {
      blocks.push({ type: 'subheading', text: group.item });
      for (const s of group.speakers) {
        const speaker = s.unit ? (locale === 'zh-CN' ? `${s.speaker}（${s.unit}）` : `${s.speaker} (${s.unit})`) : s.speaker;
        blocks.push({ type: 'statement', speaker, points: s.points });
      }
    }
  }
  if (doc.decisions.length > 0) blocks.push({ type: 'heading', text: labels.decisions }, { type: 'list', ordered: true, items: doc.decisions });
  if (doc.actions.length > 0) {
    blocks.push({ type: 'heading', text: labels.actions });
    blocks.push({
      type: 'table',
      table: {
        columns: [
          { key: 'no', label: labels.no, width: 6 },
          { key: 'task', label: labels.task, width: 36 },
          { key: 'lead', label: labels.lead, width: 14 },
          { key: 'co', label: labels.co, width: 20 },
          { key: 'deadline', label: labels.deadline, width: 18 },
          { key: 'deliverable', label: labels.deliverable, width: 30 },
          { key: 'status', label: labels.status, width: 10 },
        ],
        rows: doc.actions,
      },
    });
  }
  if (doc.closing.trim() !== '') blocks.push({ type: 'heading', text: labels.closing }, { type: 'paragraph', text: doc.closing });
  return { locale, title: `${doc.title} ${labels.minutes}`, landscape: false, blocks };
}

function tableOutline(model: TableExportModel): Outline {
  const { table, locale } = model;
  return {
    locale,
    title: table.title,
    // The task breakdown and the opinions report have six or more columns: they need the width.
    landscape: table.columns.length >= 6,
    blocks: [
      { type: 'title', text: table.title, subtitle: table.subtitle },
      ...(table.fields?.length ? [{ type: 'fields' as const, items: table.fields }] : []),
      ...(table.parts ?? [{ heading: '', rows: table.rows }]).flatMap((part): Block[] => [
        ...(part.heading ? [{ type: 'subheading' as const, text: part.heading }] : []),
        { type: 'table', table: { columns: table.columns, rows: part.rows } },
      ]),
    ],
  };
}

export function outlineOf(model: ExportModel): Outline {
  return model.kind === 'minutes' ? minutesOutline(model) : tableOutline(model);
}
