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
  /** "Label: value" lines (time, venue, attendees by group); a continuation line prints under the one before, its label left blank. */
  | { type: 'fields'; items: { label: string; value: string; continuation?: boolean }[] }
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

/** "…研讨会" + "会议纪要"; a title the secretary already wrote as "…纪要" is left as it is. */
export function minutesTitle(model: MinutesModel): string {
  const { title } = model.document;
  const word = model.labels.minutes;
  if (model.locale === 'zh-CN') return title.includes('纪要') ? title : `${title}${word}`;
  return title;
}

/** The line under the title: Chinese shows only the draft mark; English names the document. */
export function minutesSubtitle(model: MinutesModel): string | null {
  const draft = model.approved ? '' : model.labels.draft.trim();
  if (model.locale === 'zh-CN') return draft || null;
  return /minutes/i.test(model.document.title) ? draft || null : `${model.labels.minutes}${model.approved ? '' : model.labels.draft}`;
}

function minutesOutline(model: MinutesModel): Outline {
  const { document: doc, labels, locale } = model;
  const comma = listSeparator(locale);
  const colon = locale === 'zh-CN' ? '：' : ': ';
  // Title and header fields as the Word file has them (docx/minutes.ts): one title line, attendees by group under one label.
  const blocks: Block[] = [{ type: 'title', text: minutesTitle(model), subtitle: minutesSubtitle(model) ?? '' }];
  blocks.push({
    type: 'fields',
    items: [
      { label: labels.time, value: doc.time },
      { label: labels.venue, value: doc.venue },
      { label: labels.chair, value: doc.chair },
      { label: labels.recorder, value: doc.recorder },
      ...doc.attendees
        .filter((g) => g.names.length > 0)
        .map((g, index) => ({ label: labels.attendees, value: `${g.group ? `${g.group}${colon}` : ''}${g.names.join(comma)}`, continuation: index > 0 })),
      { label: labels.excused, value: doc.excused.join(comma) },
      { label: labels.absent, value: doc.absent.join(comma) },
    ].filter((f) => f.value.trim() !== ''),
  });
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
  return { locale, title: locale === 'zh-CN' ? minutesTitle(model) : `${doc.title} ${labels.minutes}`, landscape: false, blocks };
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
