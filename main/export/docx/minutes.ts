/**
 * The minutes as Word content: title (and the draft mark), the header fields, then numbered sections
 * (agenda, statements, decisions, action table, closing requirements), each left out when empty.
 * The same structure serves both languages; the look decides fonts, sizes and numbering.
 */
import type { Paragraph, Table } from 'docx';
import type { MinutesModel } from '../model.js';
import { minutesSubtitle as subtitleOf, minutesTitle } from '../outline.js';
import { blankLine, field, mixed, para } from './blocks.js';
import type { Look } from './look.js';
import { borderedTable, type Column } from './table.js';

export { minutesTitle } from '../outline.js';

export function minutesContent(model: MinutesModel, look: Look, textWidth: number): (Paragraph | Table)[] {
  const { document: doc, labels } = model;
  const out: (Paragraph | Table)[] = [para('title', minutesTitle(model))];
  const subtitle = subtitleOf(model);
  if (subtitle) out.push(para('subtitle', subtitle));
  // GB/T 9704: one blank line between the title and the text.
  if (look.locale === 'zh-CN') out.push(blankLine());

  for (const [label, value] of [
    [labels.time, doc.time],
    [labels.venue, doc.venue],
    [labels.chair, doc.chair],
    [labels.recorder, doc.recorder],
  ] as const) {
    if (value.trim()) out.push(field(look, label, value));
  }
  doc.attendees
    .filter((g) => g.names.length > 0)
    .forEach((group, index) => {
      const value = `${group.group ? `${group.group}${look.colon}` : ''}${group.names.join(look.comma)}`;
      out.push(field(look, labels.attendees, value, index > 0));
    });
  if (doc.excused.length) out.push(field(look, labels.excused, doc.excused.join(look.comma)));
  if (doc.absent.length) out.push(field(look, labels.absent, doc.absent.join(look.comma)));

  let section = 0;
  const heading = (text: string) => para('heading1', `${look.heading1Prefix(++section)}${text}`);

  if (doc.agenda.length) {
    out.push(heading(labels.agenda));
    const columns: Column[] = [
      { label: labels.no, weight: 6, align: 'center' },
      { label: labels.item, weight: 40 },
      { label: labels.presenter, weight: 14 },
      { label: labels.planned, weight: 16, align: 'center' },
      { label: labels.actual, weight: 16, align: 'center' },
    ];
    out.push(borderedTable(look, columns, doc.agenda.map((a, i) => [String(i + 1), a.title, a.presenter, a.planned, a.actual]), textWidth));
  }

  if (doc.discussion.length) {
    out.push(heading(labels.discussion));
    doc.discussion.forEach((group, index) => {
      out.push(para('heading2', `${look.heading2Prefix(index + 1)}${group.item}`));
      for (const s of group.speakers) {
        const unit = s.unit ? (look.locale === 'zh-CN' ? `（${s.unit}）` : ` (${s.unit})`) : '';
        const [first = '', ...rest] = s.points;
        out.push(mixed([{ text: s.speaker, bold: true }, { text: `${unit}${look.colon}${first}` }]));
        for (const point of rest) out.push(para('body', point));
      }
    });
  }

  if (doc.decisions.length) {
    out.push(heading(labels.decisions));
    doc.decisions.forEach((decision, index) => out.push(para('body', `${look.itemPrefix(index + 1)}${decision}`)));
  }

  if (doc.actions.length) {
    out.push(heading(labels.actions));
    const columns: Column[] = [
      // Seven columns on a portrait page: the task gets the room; the short ones get their header's width.
      { label: labels.no, weight: 5, align: 'center' },
      { label: labels.task, weight: 40 },
      { label: labels.lead, weight: 15 },
      { label: labels.co, weight: 18 },
      { label: labels.deadline, weight: 16 },
      { label: labels.deliverable, weight: 20 },
      { label: labels.status, weight: 8, align: 'center' },
    ];
    const rows = doc.actions.map((a) => [String(a.no), a.task, a.lead, a.co, a.deadline, a.deliverable, a.status]);
    out.push(borderedTable(look, columns, rows, textWidth));
  }

  if (doc.closing.trim()) {
    out.push(heading(labels.closing));
    // The closing is free prose: each line the secretary typed is a paragraph with its own indent.
    for (const line of doc.closing.split(/\r?\n/).filter((l) => l.trim())) out.push(para('body', line));
  }
  return out;
}
