/**
 * The minutes as Word content, in the order of a 会议纪要: title, 文号 and version line, the header
 * fields (时间, 地点, 主持, 出席, 列席, 请假, 缺席, 记录), numbered sections (agenda, statements,
 * decisions, task table, closing requirements), each left out when empty, then the 版记 (分送, 抄送,
 * 印发). What the blocks hold is decided in outline.ts, which the HTML and PDF writers draw too;
 * this file lays them out in Word. The look decides fonts, sizes and numbering.
 */
import { BorderStyle, Paragraph, type Table } from 'docx';
import type { MinutesModel } from '../model.js';
import { minutesColophon, minutesFields, minutesSubtitle as subtitleOf, minutesTaskTable, minutesTitle, numberSubheadings, speakerLabel } from '../outline.js';
import { blankLine, field, mixed, para } from './blocks.js';
import { STYLE, type Look } from './look.js';
import { borderedTable, type Column } from './table.js';
import { textRuns } from './text.js';
import { ems } from './widths.js';

export { minutesTitle } from '../outline.js';

const RULE = { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 4 };

/** The 版记: 分送 and 抄送 lines, then the 印发 line, between rules as GB/T 9704 draws them. */
function colophon(model: MinutesModel, look: Look): Paragraph[] {
  const block = minutesColophon(model);
  const lines = [...block.items.map((item) => ({ label: item.label, value: item.value })), ...(block.issued ? [{ label: '', value: block.issued }] : [])];
  return lines.map((line, index) => {
    const first = index === 0;
    const last = index === lines.length - 1;
    const hang = Math.round(ems(`${line.label}${look.colon}`) * look.em);
    return new Paragraph({
      ...(first && look.official ? { spacing: { before: 2 * 579 } } : {}),
      keepNext: !last,
      keepLines: true,
      // One character in from each side, continuation lines hanging under the value.
      indent: line.label ? { left: look.em + hang, right: look.em, hanging: hang } : { left: look.em, right: look.em, firstLine: 0 },
      border: { ...(first ? { top: RULE } : {}), ...(last ? { bottom: RULE } : {}) },
      alignment: 'left',
      children: [...(line.label ? textRuns(`${line.label}${look.colon}`, { style: STYLE.label }) : []), ...textRuns(line.value)],
    });
  });
}

export function minutesContent(model: MinutesModel, look: Look, textWidth: number): (Paragraph | Table)[] {
  const { document: doc, labels } = model;
  const out: (Paragraph | Table)[] = [para('title', minutesTitle(model))];
  const subtitle = subtitleOf(model);
  if (subtitle) out.push(para('subtitle', subtitle));
  if (doc.docNumber.trim()) out.push(para('subtitle', doc.docNumber.trim()));
  // Which version this is, and whether it is approved: a printed copy says so itself.
  if (model.versionLine) out.push(para('subtitle', model.versionLine));
  // GB/T 9704: one blank line between the title and the text.
  if (look.official) out.push(blankLine());

  for (const f of minutesFields(model)) out.push(field(look, f.label, f.value, f.continuation ?? false));

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
    const numbered = numberSubheadings(doc.discussion.map((g) => g.item));
    doc.discussion.forEach((group, index) => {
      out.push(para('heading2', `${numbered ? look.heading2Prefix(index + 1) : ''}${group.item}`));
      for (const s of group.speakers) {
        const [first = '', ...rest] = s.points;
        out.push(mixed([{ text: speakerLabel(s.speaker, s.unit, look.locale), bold: true }, { text: `${look.colon}${first}` }]));
        for (const point of rest) out.push(para('body', point));
      }
    });
  }

  if (doc.decisions.length) {
    out.push(heading(labels.decisions));
    // Under a 一、 section heading the items are the next level of GB/T 9704's numbering: （一）（二）.
    const prefix = (n: number) => (look.official ? look.heading2Prefix(n) : look.itemPrefix(n));
    doc.decisions.forEach((decision, index) => out.push(para('body', `${prefix(index + 1)}${decision}`)));
  }

  if (doc.actions.length) {
    out.push(heading(labels.actions));
    const table = minutesTaskTable(model);
    const widestDate = Math.max(0, ...table.rows.map((r) => ems(String(r.deadline ?? '').split('\n')[0] ?? '')));
    const columns: Column[] = table.columns.map((c) => ({
      label: c.label,
      weight: c.width,
      ...(c.key === 'no' ? { align: 'center' as const } : {}),
      // Word processors put a little space between Chinese and digits (2027 年 2 月 11 日): room for it.
      ...(c.key === 'deadline' ? { minEms: widestDate + 2 } : {}),
    }));
    const rows = table.rows.map((r) => table.columns.map((c) => String(r[c.key] ?? '')));
    out.push(borderedTable(look, columns, rows, textWidth));
  }

  if (doc.closing.trim()) {
    out.push(heading(labels.closing));
    // The closing is free prose: each line the secretary typed is a paragraph with its own indent.
    for (const line of doc.closing.split(/\r?\n/).filter((l) => l.trim())) out.push(para('body', line));
  }
  out.push(...colophon(model, look));
  return out;
}
