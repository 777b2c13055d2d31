/**
 * Every export kind, in every format but PDF (printed from the HTML, which is checked), in both
 * languages, prints words and never the machinery of the translation path: no key such as
 * `document:minutes.time` or `minutes.time`, no `{{placeholder}}`, no `$t(…)` nesting. And user text
 * that looks like that machinery is printed as typed, never translated or filled.
 */
import JSZip from 'jszip';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LOCALES, type Locale } from '../../shared/contract/fields.js';
import { NAMESPACES, resources } from '../../shared/i18n/index.js';
import { FOLLOWUP_KINDS, FORMATS_OF, EXPORT_KINDS } from '../../shared/minutes.js';
import { safeNamePart } from '../../main/export/filename.js';
import { exportOf, programmeOf, specialisedAction, stage1, withoutMinutes } from '../helpers/export.js';
import { testClock } from '../helpers/clock.js';
import { ok, testRuntime, type TestRuntime } from '../helpers/runtime.js';

let rt: TestRuntime;
beforeEach(() => {
  rt = testRuntime({ now: testClock(new Date('2027-01-11T18:00:00+08:00').toISOString()).now });
});
afterEach(() => rt.cleanup());

function leafKeys(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, child]) => leafKeys(child, prefix ? `${prefix}.${key}` : key));
}

/**
 * Every key with its namespace, and the document namespace's nested keys bare (what i18next prints
 * for a missing one; a bare one-word key such as "page" is an ordinary word, in CSS too).
 */
const KEYS = [
  ...NAMESPACES.flatMap((ns) => leafKeys(resources['zh-CN'][ns]).map((key) => `${ns}:${key}`)),
  ...leafKeys(resources['zh-CN'].document).filter((key) => key.includes('.')),
];

/** Typed by a user: i18next syntax that must reach the page as it is. */
const TRAP = '{{title}} $t(document:minutes.title) document:minutes.time';

const decode = (xml: string) =>
  xml
    .replace(/<[^>]+>/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

/** The text a reader sees: Word and Excel files are zipped XML. */
async function textOf(bytes: Buffer, format: string): Promise<string> {
  if (format !== 'docx' && format !== 'xlsx') return bytes.toString('utf8');
  const zip = await JSZip.loadAsync(bytes);
  const parts = await Promise.all(Object.values(zip.files).filter((f) => f.name.endsWith('.xml')).map((f) => f.async('string')));
  return decode(parts.join('\n'));
}

/** What i18next prints for a key of the document namespace that does not exist: "minutes.nope". */
const GROUPS = Object.entries(resources['zh-CN'].document).filter(([, value]) => typeof value === 'object').map(([group]) => group);
const MISSING = new RegExp(`\\b(${GROUPS.join('|')})\\.[a-zA-Z_]+`, 'g');

function leaks(text: string): string[] {
  const found = KEYS.filter((key) => text.includes(key));
  found.push(...(text.match(MISSING) ?? []));
  if (text.includes('{{')) found.push('{{');
  if (text.includes('$t(')) found.push('$t(');
  return found;
}

describe('exports print words, not keys', () => {
  it.each(LOCALES)('%s: every kind and format', async (locale: Locale) => {
    ok(rt.core.call('sample.load', { locale }));
    const sessionId = stage1(locale);
    withoutMinutes(rt, sessionId);
    specialisedAction(rt, locale);
    const session = ok(rt.core.call('session.get', { id: sessionId })) as { session: { title: string } };
    ok(rt.core.call('session.update', { id: sessionId, title: `${session.session.title} ${TRAP}`, venue: TRAP }));
    let checked = 0;
    for (const kind of EXPORT_KINDS) {
      for (const format of FORMATS_OF[kind].filter((f) => f !== 'pdf')) {
        // The follow-up digest and ledger are of the programme (as of today).
        const out = await exportOf(rt, kind, format, FOLLOWUP_KINDS.includes(kind) ? { programmeId: programmeOf(locale) } : { sessionId });
        const text = await textOf(out.bytes, format);
        // The trap is printed as typed wherever the session's title or venue is.
        if (kind === 'minutes' || kind === 'agenda') expect(text, `${kind}.${format}`).toContain(TRAP);
        expect(leaks(text.split(TRAP).join(' ')), `${locale} ${kind}.${format}`).toEqual([]);
        expect(leaks(out.file.fileName.split(safeNamePart(TRAP)).join(' ')), `${kind}.${format} file name`).toEqual([]);
        checked += 1;
      }
    }
    expect(checked).toBe(Object.values(FORMATS_OF).flat().filter((f) => f !== 'pdf').length);
  });
});
