/**
 * The reading order of an export as a list of blocks, shared by the Markdown and HTML writers: which
 * sections the minutes have, in what order, and what is left out when empty is decided once, here;
 * each writer only knows how to draw a block.
 */
import type { Locale } from '../../shared/contract/fields.js';
import { punctuationOf, translatorFor } from '../../shared/i18n/translate.js';
import { attendanceNotTaken } from '../../shared/minutes.js';
import type { ExportModel, MinutesModel, TableExportModel, TableModel } from './model.js';

export type Block =
  /** The document's title, with an optional line under it (e.g. "会议纪要（草稿）"). */
  | { type: 'title'; text: string; subtitle: string }
  | { type: 'heading'; text: string }
  | { type: 'subheading'; text: string }
  /** A short centred line under the title: the document number (文号), then which version this is. */
  | { type: 'docNumber'; text: string }
  /** The 版头 of the follow-up digest: its 文号 centred above the red separator line, before the title. */
  | { type: 'masthead'; text: string }
  | { type: 'version'; text: string }
  /**
   * "Label: value" lines (时间, 地点, 主持, 出席, 列席, 请假, 缺席, 记录). A continuation line has no
   * label of its own and hangs under the previous value (出席's second and later groups).
   */
  | { type: 'fields'; items: { label: string; value: string; continuation?: boolean }[] }
  | { type: 'paragraph'; text: string }
  /** A speaker and what they said, one point per list item. */
  | { type: 'statement'; speaker: string; points: string[] }
  | { type: 'list'; ordered: boolean; items: string[] }
  | { type: 'table'; table: Pick<TableModel, 'columns' | 'rows' | 'rowHeightMm'> }
  /**
   * The 版记 at the end of the minutes: 分送 and 抄送 lines, then the 印发 line (issuing office and
   * date, e.g. "清源县人民政府办公室, a full-width space, 2027年1月12日印发"), between rules in the Chinese layout.
   */
  | { type: 'colophon'; items: { label: string; value: string }[]; issued: string };

export interface Outline {
  locale: Locale;
  /** For the HTML <title> and the PDF's metadata. */
  title: string;
  /** Wide tables print across the page. */
  landscape: boolean;
  blocks: Block[];
}

/** How the language joins a list of names: 、 / a comma. */
export const listSeparator = (locale: Locale) => punctuationOf(locale).list;

/** Whether a title already names the document ("…纪要", "Minutes of …"). */
const namesMinutes = (model: MinutesModel, title: string) => title.toLowerCase().includes(model.labels.named.toLowerCase());

/**
 * The title as printed: "…研讨会" + "会议纪要" in Chinese, where a title the secretary already wrote
 * as "…纪要" is left as it is; an English title as typed (document:minutes.heading).
 */
export function minutesTitle(model: MinutesModel): string {
  const { title } = model.document;
  return namesMinutes(model, title) ? title : translatorFor(model.locale)('document:minutes.heading', { title });
}

/** The line under the title: only the draft mark when the title names the document; else the document's name. */
export function minutesSubtitle(model: MinutesModel): string | null {
  const draft = model.approved ? '' : model.labels.draft.trim();
  // A version line (第 2 版（已审定）, printed below) says draft or approved itself.
  if (namesMinutes(model, minutesTitle(model))) return model.versionLine ? null : draft || null;
  return model.versionLine ? model.labels.title : `${model.labels.title}${model.approved ? '' : model.labels.draft}`;
}

/**
 * A title that carries its own ordinal ("交流发言（一）：分管领域", "（二）…", "一、…") already says its
 * place: giving it another would print "（一）交流发言（一）". When any discussion heading does, the
 * section's headings keep their own words and get no second number.
 */
const OWN_ORDINAL = /[（(]\s*[一二三四五六七八九十百0-9]+\s*[）)]|^\s*[一二三四五六七八九十]+[、.．]|^\s*\d+[、.．]\s/u;
export const numberSubheadings = (titles: string[]): boolean => !titles.some((t) => OWN_ORDINAL.test(t));

/** The speaker as the minutes name them: "赵国栋（副县长）" / "Zhao Guodong (Deputy County Head)". */
export function speakerLabel(speaker: string, standing: string, locale: Locale): string {
  if (!standing) return speaker;
  const t = translatorFor(locale);
  // A position with brackets of its own ("副县长（分管工业和信息化）") reads "赵国栋（副县长，分管工业和信息化）", not brackets in brackets.
  const flat = standing.replace(/\s*[（(]([^（）()]*)[）)]/gu, (_, inner: string) => `${punctuationOf(locale).clause}${inner}`);
  return `${speaker}${t('document:punctuation.aside', { text: flat })}`;
}

/** The header fields in 会议纪要 order: 时间, 地点, 主持, 出席 (by group), 列席, 请假, 缺席, not recorded, 记录. */
export function minutesFields(model: MinutesModel): { label: string; value: string; continuation?: boolean }[] {
  const { document: doc, labels, locale } = model;
  const comma = listSeparator(locale);
  const colon = punctuationOf(locale).colon;
  const groups = doc.attendees.filter((g) => g.names.length > 0);
  const present = attendanceNotTaken(doc)
    ? [{ label: labels.attendees, value: labels.notTaken }]
    : groups.map((g, index) => ({
        label: labels.attendees,
        value: `${g.group.trim() ? `${g.group}${colon}` : ''}${g.names.join(comma)}`,
        ...(index > 0 ? { continuation: true } : {}),
      }));
  const list = (label: string, names: string[]) => ({ label, value: names.join(comma) });
  return [
    { label: labels.time, value: doc.time },
    { label: labels.venue, value: doc.venue },
    { label: labels.chair, value: doc.chair },
    ...present,
    list(labels.observers, doc.observers),
    list(labels.excused, doc.excused),
    list(labels.absent, doc.absent),
    list(labels.unrecorded, doc.unrecorded),
    { label: labels.recorder, value: doc.recorder },
  ].filter((f) => f.value.trim() !== '');
}

/** The 版记: 分送, 抄送 and the 印发 line; the line alone when nobody is named. */
export function minutesColophon(model: MinutesModel): Extract<Block, { type: 'colophon' }> {
  const { document: doc, labels, locale } = model;
  const items = [
    { label: labels.distribution, value: doc.distribution.trim() },
    { label: labels.copyTo, value: doc.copyTo.trim() },
  ].filter((f) => f.value !== '');
  const issued = doc.issuer.trim() ? translatorFor(locale)('document:minutes.issued', { issuer: doc.issuer.trim(), date: model.issueDay }) : '';
  return { type: 'colophon', items, issued };
}

/**
 * The task table of the minutes: five columns, so it reads on a portrait page (GB/T 9704 minutes
 * are portrait throughout, and a landscape page in the middle of an official document is unusual):
 * the deliverable goes under the task, and the status, which changes after the meeting, is left to
 * the task ledger. The deadline column is wide enough for a whole date, so dates never wrap.
 */
export function minutesTaskTable(model: MinutesModel): Pick<TableModel, 'columns' | 'rows'> {
  const { labels, locale } = model;
  const colon = punctuationOf(locale).colon;
  return {
    columns: [
      { key: 'no', label: labels.no, width: 6 },
      { key: 'task', label: labels.task, width: 44 },
      { key: 'lead', label: labels.lead, width: 16 },
      { key: 'co', label: labels.co, width: 18 },
      { key: 'deadline', label: labels.deadline, width: 18 },
    ],
    rows: model.document.actions.map((a) => ({
      no: a.no,
      task: a.deliverable.trim() ? `${a.task}\n${labels.deliverable}${colon}${a.deliverable}` : a.task,
      lead: a.lead,
      co: a.co,
      // The spoken rule on its own line: the date stays whole.
      deadline: a.deadline.replace(/^(.+?日|\d{1,2} \S+ \d{4})\s*([（(])/u, '$1\n$2'),
    })),
  };
}

function minutesOutline(model: MinutesModel): Outline {
  const { document: doc, labels, locale } = model;
  // Title as the Word file has it (docx/minutes.ts): one title line, the draft mark under it.
  const blocks: Block[] = [{ type: 'title', text: minutesTitle(model), subtitle: minutesSubtitle(model) ?? '' }];
  if (doc.docNumber.trim()) blocks.push({ type: 'docNumber', text: doc.docNumber.trim() });
  if (model.versionLine) blocks.push({ type: 'version', text: model.versionLine });
  blocks.push({ type: 'fields', items: minutesFields(model) });
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
      for (const s of group.speakers) blocks.push({ type: 'statement', speaker: speakerLabel(s.speaker, s.unit, locale), points: s.points });
    }
  }
  if (doc.decisions.length > 0) blocks.push({ type: 'heading', text: labels.decisions }, { type: 'list', ordered: true, items: doc.decisions });
  if (doc.actions.length > 0) blocks.push({ type: 'heading', text: labels.actions }, { type: 'table', table: minutesTaskTable(model) });
  if (doc.closing.trim() !== '') blocks.push({ type: 'heading', text: labels.closing }, { type: 'paragraph', text: doc.closing });
  const colophon = minutesColophon(model);
  if (colophon.items.length > 0 || colophon.issued) blocks.push(colophon);
  return { locale, title: translatorFor(locale)('document:minutes.pageTitle', { title: minutesTitle(model) }), landscape: false, blocks };
}

function tableOutline(model: TableExportModel): Outline {
  const { table, locale } = model;
  return {
    locale,
    title: table.title,
    // The task breakdown and the opinions report have six or more columns: they need the width.
    landscape: model.kind !== 'followup-digest' && table.columns.length >= 6,
    blocks: [
      ...(table.docNumber ? [{ type: 'masthead' as const, text: table.docNumber }] : []),
      { type: 'title', text: table.title, subtitle: table.subtitle },
      ...(table.fields?.length ? [{ type: 'fields' as const, items: table.fields }] : []),
      ...(table.parts ?? [{ heading: '', rows: table.rows }]).flatMap((part): Block[] => [
        ...(part.heading ? [{ type: 'subheading' as const, text: part.heading }] : []),
        part.rows.length === 0 && part.empty
          ? { type: 'paragraph', text: part.empty }
          : { type: 'table', table: { columns: part.columns ?? table.columns, rows: part.rows, ...(table.rowHeightMm ? { rowHeightMm: table.rowHeightMm } : {}) } },
      ]),
    ],
  };
}

export function outlineOf(model: ExportModel): Outline {
  return model.kind === 'minutes' ? minutesOutline(model) : tableOutline(model);
}
