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
  .array(fc.constantFrom(...[...'<>&"\'*_[]()#|`~\\!-+=.:/1 \n\r\tahtpw中文😀$%{}^'], 'http://', 'www.', 'www.a.co', 'https://a.b', '&amp;', '&#60;', '<img src=x onerror=alert(1)>', '<http://x>', '1. ', '- ', '> ', '# ', '    ', '~~', ':--', '_a_'), { maxLength: 40 })
  .map((parts) => parts.join(''));

describe('escapeHtml', () => {
  it('leaves no markup', () => {
    expect(escapeHtml('<img src=x onerror=alert(1)> & "a" \'b\'')).toBe('&lt;img src=x onerror=alert(1)&gt; &amp; &quot;a&quot; &#39;b&#39;');
  });
});

describe('Markdown escaping', () => {
  it('leaves text that means nothing to Markdown exactly as typed: brackets, R&D, web addresses, intraword _', () => {
    for (const text of [
      '见附件（一）和附件(二)，R&D 投入占比 -5%，+86 138 0000 0000',
      'see http://example.org/a_b?x=1&y=2 and www.example.org/path_1(x), or https://x.cn 见上。',
      'snake_case_name 1+1=2 a > b, a < b, 50% #1 C:\\Users 10.5',
    ]) {
      expect(markdownText(text)).toBe(text);
      expect(markdownCell(text)).toBe(text);
    }
  });

  it('escapes what Markdown would take, where it would take it, with backslashes and never entities', () => {
    expect(markdownText('<img src=x onerror=alert(1)>')).toBe('\\<img src=x onerror=alert(1)>');
    expect(markdownText('<script>alert(1)</script>')).toBe('\\<script>alert(1)\\</script>');
    expect(markdownText('*a* _b_ `c` [d](e) | g ~h~ \\ &amp;')).toBe('\\*a\\* \\_b\\_ \\`c\\` \\[d\\](e) \\| g \\~h\\~ \\ \\&amp;');
    expect(markdownText('C:\\dir\\ a\\# b\\')).toBe('C:\\dir\\ a\\\\# b\\\\');
    expect(markdownText('- a\n+ b\n1. c\n2) d\n# e\n> f\n===\n--\n- - -\n-5%\n#1')).toBe(
      '\\- a\\\n\\+ b\\\n1\\. c\\\n2\\) d\\\n\\# e\\\n\\> f\\\n\\===\\\n\\--\\\n\\- - -\\\n-5%\\\n#1',
    );
    expect(markdownText('a\n    b', '  ')).toBe('a\\\n  b');
    // An address with markup in it is not left to the autolinker: it becomes plain, escaped text.
    expect(markdownText('http://x/[a](javascript:alert(1))')).toBe('http\\://x/\\[a\\](javascript:alert(1))');
    expect(markdownText('www.x.org/`y`')).toBe('www\\.x.org/\\`y\\`');
    // A heading keeps a closing "#" as text.
    expect(markdownCell('Item #')).toBe('Item \\#');
  });

  it('an injected script or image never renders as HTML, and a web address is a link', () => {
    const page = render(markdownText('<script>alert(1)</script> <img src=x onerror=alert(1)> <a href="javascript:alert(1)">x</a> see https://example.org/a_b'));
    expect(page.querySelectorAll('script, img, a[href^="javascript"]')).toHaveLength(0);
    expect(page.querySelectorAll('a').map((a) => a.getAttribute('href'))).toEqual(['https://example.org/a_b']);
    expect(shown(page.text)).toContain('<script>alert(1)</script> <img src=x onerror=alert(1)>');
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
        // Web addresses stay clickable: a link, to the http(s) address shown, is the one element allowed.
        expect(elements.filter((tag) => tag !== 'p' && tag !== 'br' && tag !== 'a')).toEqual([]);
        for (const a of page.querySelectorAll('a')) expect(a.getAttribute('href')).toMatch(/^(https?:\/\/|http:\/\/www\.)/);
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
        expect(page.querySelectorAll('td *').filter((el) => el.tagName.toLowerCase() !== 'a')).toHaveLength(0);
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
    expect(safeNamePart('清源县研讨 · 工信局 任务进展填报表')).toBe('清源县研讨-工信局-任务进展填报表'); // not "-·-"
    expect(safeNamePart('阿卜杜·热合曼')).toBe('阿卜杜·热合曼');
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
