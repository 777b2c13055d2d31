/**
 * Word documents of the exports. Minutes in Chinese follow the layout of Chinese official documents
 * (GB/T 9704), in English a plain business layout; the table exports (task breakdown, opinions report,
 * agenda) are a title and one bordered table. Everything the user typed goes in as text runs.
 */
import { Document, Packer, type ISectionOptions } from 'docx';
import { translatorFor } from '../../../shared/i18n/translate.js';
import type { ExportModel } from '../model.js';
import { fontTableXml } from './fonts.js';
import { lookOf } from './look.js';
import { minutesContent, minutesTitle } from './minutes.js';
import { pageSetup, section } from './page.js';
import { cleanText } from './text.js';
import { isLandscape, tableContent } from './table-doc.js';

export async function renderDocx(model: ExportModel): Promise<Buffer> {
  const look = lookOf(model.locale);
  // Where the page says a word with its number ("Page 1"); GB/T 9704 prints "— 1 —" (page.ts).
  const pageLabel = translatorFor(model.locale)('document:page', { n: '{n}' });
  let title: string;
  let body: ISectionOptions;
  // GB/T 9704 puts page numbers on the outer edge of double-sided pages; tables print one-sided, centred.
  let outer = false;
  if (model.kind === 'minutes') {
    const setup = pageSetup(look, 'portrait');
    title = minutesTitle(model);
    outer = look.official;
    body = section(
      look,
      { setup, outerPageNumbers: outer, pageLabel, headerMark: model.approved ? null : model.labels.draft.trim() },
      minutesContent(model, look, setup.textWidth),
    );
  } else {
    const setup = pageSetup(look, isLandscape(model) ? 'landscape' : 'portrait');
    title = model.table.title;
    body = section(look, { setup, outerPageNumbers: false, pageLabel, headerMark: null }, tableContent(model, look, setup.textWidth));
  }
  const document = new Document({
    creator: 'Convene',
    lastModifiedBy: 'Convene',
    // The file's Title property (docProps/core.xml) is user text too.
    title: cleanText(title).replace(/\n/g, ' '),
    evenAndOddHeaderAndFooters: outer,
    styles: look.styles,
    sections: [body],
  });
  // Our font table replaces the library's: it declares the Chinese faces with their stock fallbacks.
  return Packer.toBuffer(document, false, [{ path: 'word/fontTable.xml', data: fontTableXml() }]);
}
