/**
 * Format dispatch: one export model in, the file's bytes out. Markdown, HTML, CSV and XLSX are
 * written here; Word and PDF by their own modules: the PDF of a table export directly (pdf-direct/:
 * Chromium's cost per page made the 300-page follow-up digest take seconds), the minutes and the
 * drawings by printing their HTML (pdf/).
 */
import type { ExportFormat } from '../../shared/minutes.js';
import { renderCsv } from './csv.js';
import { renderHtml } from './html.js';
import { renderMarkdown } from './markdown.js';
import type { ExportModel, TableExportModel } from './model.js';
import type { PaperDrawingModel } from './paper-model.js';
import { renderPaperHtml } from './paper-html.js';
import { htmlToPdf } from './pdf/index.js';

/** Spreadsheets have no place for the minutes' prose: FORMATS_OF keeps them to the tables. */
function tableOf(model: ExportModel, format: ExportFormat): TableExportModel {
  if (model.kind === 'minutes') throw new Error(`${format} is not a format of the minutes`);
  return model;
}

/** Prints a standalone HTML page to PDF: headless Chromium by default, Electron's own printing in the app. */
export type PdfPrinter = (html: string) => Promise<Buffer>;

/** The name cards and the seating plan: Word or PDF only (FORMATS_OF), each drawn by its own writer. */
async function renderDrawing(model: PaperDrawingModel, format: ExportFormat, printPdf: PdfPrinter): Promise<Buffer> {
  if (format === 'docx') return (await import('./docx/paper.js')).renderPaperDocx(model);
  if (format === 'pdf') return printPdf(renderPaperHtml(model, { embedFonts: true }));
  throw new Error(`${format} is not a format of the ${model.kind}`);
}

export async function renderExport(model: ExportModel | PaperDrawingModel, format: ExportFormat, printPdf: PdfPrinter = htmlToPdf): Promise<Buffer> {
  if (model.kind === 'namecards' || model.kind === 'seating') return renderDrawing(model, format, printPdf);
  switch (format) {
    case 'md':
      return Buffer.from(renderMarkdown(model), 'utf8');
    case 'html':
      return Buffer.from(renderHtml(model), 'utf8');
    case 'csv':
      return renderCsv(tableOf(model, format).table);
    case 'xlsx':
      // The Word and spreadsheet libraries load on first use: a host that never exports stays lean (about 34 MiB).
      return (await import('./xlsx.js')).renderXlsx(tableOf(model, format));
    case 'docx':
      return (await import('./docx/index.js')).renderDocx(model);
    case 'pdf':
      if (model.kind !== 'minutes') return (await import('./pdf-direct/index.js')).renderTablePdf(model);
      return printPdf(renderHtml(model, { embedFonts: true }));
  }
}
