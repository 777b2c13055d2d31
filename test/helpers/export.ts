/**
 * Export tests: the sample with its 专精特新 action, one call to export.render, and independent
 * readers for what comes back (an RFC 4180 parser, exceljs, a Markdown renderer, an HTML parser).
 */
import { spawnSync } from 'node:child_process';
import ExcelJS from 'exceljs';
import { marked } from 'marked';
import { parse, type HTMLElement } from 'node-html-parser';
import type { ActionItem } from '../../shared/actions.js';
import type { Locale } from '../../shared/contract/fields.js';
import type { ExportedFile, ExportFormat, ExportKind } from '../../shared/minutes.js';
import type { Runtime } from '../../main/service/runtime.js';
import { ok } from './runtime.js';

/** The sample's Stage 1 seminar, in either language. */
export const stage1 = (locale: Locale) => `sample-${locale === 'zh-CN' ? 'zh' : 'en'}-1-session-leadership_seminar`;
export const programmeOf = (locale: Locale) => `sample-${locale === 'zh-CN' ? 'zh' : 'en'}-1`;
const prefix = (locale: Locale) => `sample-${locale === 'zh-CN' ? 'zh' : 'en'}`;

/**
 * The task the chair gave in Stage 1: the industry bureau, with finance and the financial office,
 * a support policy for 专精特新 firms within one month. Taken from the sample when it has it.
 */
export function specialisedAction(rt: Pick<Runtime, 'core'>, locale: Locale): ActionItem {
  const actions = ok(rt.core.call('action.list', { sessionId: stage1(locale) })) as ActionItem[];
  const lead = `${prefix(locale)}-unit-industry_it`;
  const existing = actions.find((a) => a.leadUnit?.id === lead);
  if (existing) return existing;
  const created = ok(rt.core.call('action.fromNote', { noteId: `${prefix(locale)}-1-note-s1_jiang_solutions` })) as ActionItem;
  return ok(
    rt.core.call('action.update', {
      id: created.id,
      title: locale === 'zh-CN' ? '制定分阶段、差异化的“专精特新”企业扶持政策' : 'Stage-by-stage support policy for specialised SMEs',
      leadUnitId: lead,
      coUnitIds: [`${prefix(locale)}-unit-finance`, `${prefix(locale)}-unit-financial_office`],
      dueRule: locale === 'zh-CN' ? '一个月内' : 'within one month',
      deliverable: locale === 'zh-CN' ? '政策初稿' : 'First draft of the policy',
    }),
  ) as ActionItem;
}

export interface Exported {
  file: ExportedFile;
  bytes: Buffer;
  text: string;
}

export async function exportOf(
  rt: Pick<Runtime, 'service'>,
  kind: ExportKind,
  format: ExportFormat,
  scope: { sessionId: string } | { programmeId: string },
  locale?: Locale,
): Promise<Exported> {
  const result = await rt.service.call('export.render', { kind, format, ...scope, ...(locale ? { locale } : {}) });
  const file = ok(result) as ExportedFile;
  const bytes = Buffer.from(file.base64, 'base64');
  return { file, bytes, text: bytes.toString('utf8') };
}

/** RFC 4180, written from the RFC rather than from the exporter: quoted fields, "" for a quote, CRLF. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let i = 0;
  let quoted = false;
  while (i < text.length) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i += 2;
        continue;
      }
      if (c === '"') quoted = false;
      else field += c;
      i += 1;
      continue;
    }
    if (c === '"' && field === '') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i += 1;
    } else if (c === '\n' || c === '\r') throw new Error(`bare line break at ${i}: RFC 4180 wants CRLF`);
    else field += c;
    i += 1;
  }
  if (quoted) throw new Error('unterminated quoted field');
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

/** The workbook read back by a fresh exceljs, and its first sheet's rows as plain values. */
export async function readXlsx(bytes: Buffer) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  const sheet = workbook.worksheets[0]!;
  const rows: unknown[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row, n) => {
    rows[n - 1] = (row.values as unknown[]).slice(1);
  });
  return { workbook, sheet, rows };
}

/** Markdown as a renderer shows it (marked passes raw HTML through, so unescaped input would show). */
export function renderedMarkdown(markdown: string): HTMLElement {
  return parse(marked.parse(markdown, { async: false }));
}

export function html(text: string): HTMLElement {
  return parse(text);
}

/** Elements that could run or load something: scripts, embeds, images, handlers, javascript: URLs. */
export function activeElements(root: HTMLElement): string[] {
  const tags = ['script', 'img', 'iframe', 'object', 'embed', 'svg', 'link', 'meta', 'base', 'form'];
  return root
    .querySelectorAll('*')
    .filter(
      (el) =>
        tags.includes(el.tagName.toLowerCase()) ||
        Object.entries(el.attributes).some(([name, value]) => name.toLowerCase().startsWith('on') || /^\s*javascript:/i.test(value)),
    )
    .map((el) => el.outerHTML);
}

/**
 * The sample ships its Stage 1 seminar with approved minutes (main/sample/sections/minutes.ts). Tests
 * that draft minutes from scratch start from the seminar as the secretary has it right after the
 * meeting: no minutes yet. A plain DELETE in the fixture (approved minutes refuse UPDATE; nothing in
 * the app deletes them), and the session's minutes status back to its default.
 */
export function withoutMinutes(rt: Pick<Runtime, 'core'>, sessionId: string): void {
  rt.core.db.prepare('DELETE FROM minutes WHERE session_id = ?').run(sessionId);
  rt.core.db.prepare("UPDATE session SET minutes_status = 'draft' WHERE id = ?").run(sessionId);
}

/**
 * A Python that can import `module` (python-docx, openpyxl: the readers of office scripts), or null.
 * Debian's python3-docx and python3-openpyxl live with /usr/bin/python3, which a pyenv on PATH hides.
 */
export function pythonWith(module: string): string | null {
  return ['python3', '/usr/bin/python3'].find((bin) => spawnSync(bin, ['-c', `import ${module}`]).status === 0) ?? null;
}
