/** Escaping, neutralising and file names for exports, including properties over arbitrary text. */
import fc from 'fast-check';
import { marked } from 'marked';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { exportFileName, safeNamePart } from '../../main/export/filename.js';
import { escapeHtml, markdownCell, markdownText, neutraliseCell, withoutXmlInvalid } from '../../main/export/safe.js';

const render = (markdown: string) => parse(marked.parse(markdown, { async: false }));
const shown = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Text made mostly of the characters that mean something to Markdown, HTML or a file system. */
const nasty = fc
  .array(fc.constantFrom(...[...'<>&"\'*_[]()#|`~\\!-+=.:/1 \n\r\tahtpw中文😀$%{}^'], 'http://', 'www.', '&amp;', '<img src=x onerror=alert(1)>', '1. ', '- ', '    '), { maxLength: 40 })
  .map((parts) => parts.join(''));

describe('escapeHtml', () => {
  it('leaves no markup', () => {
    expect(escapeHtml('<img src=x onerror=alert(1)> & "a" \'b\'')).toBe('&lt;img src=x onerror=alert(1)&gt; &amp; &quot;a&quot; &#39;b&#39;');
  });
});

describe('Markdown escaping', () => {
  it('escapes inline syntax, line-start markers and web addresses', () => {
    expect(markdownText('<img src=x onerror=alert(1)>')).toBe('&lt;img src=x onerror=alert\\(1\\)&gt;');
    expect(markdownText('*a* _b_ `c` [d](e) # f | g ~h~ \\')).toBe('\\*a\\* \\_b\\_ \\`c\\` \\[d\\]\\(e\\) \\# f \\| g \\~h\\~ \\\\');
    expect(markdownText('- a\n+ b\n1. c\n= d')).toBe('\\- a\\\n\\+ b\\\n1\\. c\\\n\\= d');
    expect(markdownText('see http://x and www.example.org')).toBe('see http\\://x and www\\.example.org');
    expect(markdownText('a\n    b', '  ')).toBe('a\\\n  b');
  });

  it('keeps a table cell on one line', () => {
    expect(markdownCell('a|b\nc\r\nd')).toBe('a\\|b c d');
    expect(markdownCell(7)).toBe('7');
  });

  it('any text renders as that text, in one paragraph, with no element of its own', () => {
    fc.assert(
      fc.property(nasty, (text) => {
        const page = render(markdownText(text));
        const elements = page.querySelectorAll('*').map((el) => el.tagName.toLowerCase());
        expect(elements.filter((tag) => tag !== 'p' && tag !== 'br')).toEqual([]);
        expect(shown(page.text)).toBe(shown(text));
      }),
      { numRuns: 500 },
    );
  });

  it('any text in a table cell stays in its cell as text', () => {
    fc.assert(
      fc.property(nasty, nasty, (a, b) => {
        const page = render(`| x | y |\n| --- | --- |\n| ${markdownCell(a)} | ${markdownCell(b)} |`);
        const cells = page.querySelectorAll('td');
        expect(cells.map((td) => shown(td.text))).toEqual([shown(a), shown(b)]);
        expect(page.querySelectorAll('td *')).toHaveLength(0);
      }),
      { numRuns: 500 },
    );
  });
});

describe('neutraliseCell', () => {
  it('puts a quote before what a spreadsheet would run, and leaves the rest', () => {
    for (const start of ['=', '+', '-', '@', '\t', '\r']) expect(neutraliseCell(`${start}1+1`)).toBe(`'${start}1+1`);
    expect(neutraliseCell('=HYPERLINK("http://x")')).toBe('\'=HYPERLINK("http://x")');
    expect(neutraliseCell('a=1')).toBe('a=1');
    expect(neutraliseCell('')).toBe('');
    expect(neutraliseCell(-3)).toBe(-3);
  });

  it('withoutXmlInvalid drops what XML cannot hold and keeps tabs and line ends', () => {
    expect(withoutXmlInvalid('a\u0001b\r\nc\rd\te')).toBe('ab\r\nc\rd\te');
  });
});

describe('export file names', () => {
  it('reads as the export: title, kind, date, in the export language', () => {
    expect(exportFileName({ title: '常委会层面战略对接研讨会', kind: 'minutes', date: '2027-01-11', locale: 'zh-CN', format: 'docx' })).toBe(
      '常委会层面战略对接研讨会-会议纪要-2027-01-11.docx',
    );
    expect(exportFileName({ title: 'Leadership seminar', kind: 'minutes', date: '2027-01-11', locale: 'en', format: 'docx' })).toBe(
      'Leadership-seminar-minutes-2027-01-11.docx',
    );
    expect(exportFileName({ title: '专题研讨会：优化营商环境', kind: 'tasks', date: '2027-01-20', locale: 'zh-CN', format: 'xlsx' })).toBe(
      '专题研讨会：优化营商环境-任务分解表-2027-01-20.xlsx',
    );
  });

  it('drops characters no file system takes, controls and bidi overrides, and Windows device names', () => {
    expect(safeNamePart('a/b\\c:d*e?f"g<h>i|j\u0001k\u202El')).toBe('a-b-c-d-e-f-g-h-i-j-k-l');
    expect(safeNamePart('  ..hidden. ')).toBe('hidden');
    const name = (title: string) => exportFileName({ title, kind: 'agenda', date: '2027-01-11', locale: 'en', format: 'md' });
    expect(name('CON')).toBe('_CON-agenda-2027-01-11.md');
    expect(name('nul.txt')).toBe('_nul.txt-agenda-2027-01-11.md');
    expect(name('...')).toBe('Convene-agenda-2027-01-11.md');
  });

  it('caps the length by whole characters, keeping the kind and date', () => {
    const long = exportFileName({ title: '战略'.repeat(200), kind: 'minutes', date: '2027-01-11', locale: 'zh-CN', format: 'docx' });
    expect(Buffer.byteLength(long)).toBeLessThanOrEqual(200);
    expect(long).toMatch(/^战略.*-会议纪要-2027-01-11\.docx$/);
    const emoji = exportFileName({ title: '😀'.repeat(100), kind: 'minutes', date: '2027-01-11', locale: 'en', format: 'md' });
    expect(emoji).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/);
  });

  it('any title gives a name that every file system takes', () => {
    fc.assert(
      fc.property(fc.oneof(nasty, fc.string({ unit: 'binary', maxLength: 300 })), (title) => {
        const name = exportFileName({ title, kind: 'opinions', date: '2027-01-11', locale: 'zh-CN', format: 'csv' });
        expect(name).not.toMatch(/[\\/:*?"<>|\u0000-\u001F\u007F]/);
        expect(name).not.toMatch(/^[.\s-]/);
        expect(name).not.toMatch(/^(con|prn|aux|nul|com\d|lpt\d)(\.|$)/i);
        expect(Buffer.byteLength(name)).toBeLessThanOrEqual(200);
        expect(name.endsWith('-意见建议办理情况表-2027-01-11.csv')).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});
