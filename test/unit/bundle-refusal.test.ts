import { createHash } from 'node:crypto';
import { unzipSync, zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LATEST_VERSION } from '../../main/db/migrations/index.js';
import { ok, snapshot, testRuntime, type TestRuntime } from '../helpers/runtime.js';
import { declareSize, encode, expectRefused, exportBytes, importBytes, json, rezip, type Entries } from './bundle-helpers.js';

/**
 * Bundles that are damaged, foreign, newer, hostile or subtly wrong: each is refused with a typed,
 * translated reason, and the folder it was imported into is left exactly as it was.
 */
const SESSION = 'sample-zh-1-session-leadership_seminar';

let source: TestRuntime;
let target: TestRuntime;
let bundle: Uint8Array;

beforeAll(() => {
  source = testRuntime();
  ok(source.core.call('sample.load', { locale: 'zh-CN' }));
  bundle = exportBytes(source, { sessionId: SESSION });
  // The target holds data of its own, so "nothing changed" means something.
  target = testRuntime();
  ok(target.core.call('sample.load', { locale: 'en' }));
});
afterAll(() => {
  source.cleanup();
  target.cleanup();
});

/** Edits data.json (and, unless told not to, the manifest's checksum and counts to match). */
function withData(change: (data: Record<string, Record<string, unknown>[]>) => void, { reseal = true } = {}): Uint8Array {
  return rezip(bundle, (entries): Entries => {
    const data = json(entries['data.json']!) as Record<string, Record<string, unknown>[]>;
    change(data);
    const bytes = encode(data);
    if (!reseal) return { ...entries, 'data.json': bytes };
    const manifest = json(entries['manifest.json']!);
    manifest.sha256 = createHash('sha256').update(bytes).digest('hex');
    manifest.counts = Object.fromEntries(Object.keys(manifest.counts as object).map((table) => [table, data[table]?.length ?? 0]));
    return { 'manifest.json': encode(manifest), 'data.json': bytes };
  });
}

function withManifest(change: (manifest: Record<string, unknown>) => void): Uint8Array {
  return rezip(bundle, (entries) => {
    const manifest = json(entries['manifest.json']!);
    change(manifest);
    return { ...entries, 'manifest.json': encode(manifest) };
  });
}

const totalChanges = (rt: TestRuntime) => rt.core.db.prepare('SELECT total_changes()').pluck().get() as number;

describe('a bundle is refused, with nothing written, when it is', () => {
  it('intact: the control case imports', () => {
    const result = importBytes(target, bundle);
    expect(result.ok, JSON.stringify(result)).toBe(true);
    // Undo, so the other cases start from a folder without this session.
    target.cleanup();
    target = testRuntime();
    ok(target.core.call('sample.load', { locale: 'en' }));
  });

  it('truncated anywhere', () => {
    let tried = 0;
    for (const fraction of [0.02, 0.1, 0.25, 0.5, 0.75, 0.9, 0.99]) {
      expectRefused(target, bundle.subarray(0, Math.floor(bundle.length * fraction)), 'bundle_damaged');
      tried += 1;
    }
    expectRefused(target, bundle.subarray(0, bundle.length - 1), 'bundle_damaged');
    expectRefused(target, bundle.subarray(0, 3), 'bundle_not_convene');
    console.log(`bundle refusal: ${tried + 2} truncations refused`);
  });

  it('altered inside its data (a byte flipped)', () => {
    // The manifest entry comes first and is small: 60% into the file is inside data.json's deflated bytes.
    const flipped = bundle.slice();
    const at = Math.floor(bundle.length * 0.6);
    flipped[at]! ^= 0xff;
    expectRefused(target, flipped, 'bundle_damaged');
  });

  it('altered anywhere: every flipped byte is refused or provably harmless', () => {
    const original = unzipSync(bundle);
    const probe = testRuntime();
    try {
      ok(probe.core.call('sample.load', { locale: 'en' }));
      let refused = 0;
      let harmless = 0;
      const step = Math.max(1, Math.floor(bundle.length / 300));
      for (let at = 0; at < bundle.length; at += step) {
        const flipped = bundle.slice();
        flipped[at]! ^= 0x5a;
        // Cheaper than a snapshot per byte, and stricter: any row written, even if rolled back, counts.
        const before = totalChanges(probe);
        const result = importBytes(probe, flipped);
        if (result.ok) {
          // A byte the reader ignores (a timestamp, an attribute, the zip's CRC): what arrived is the bundle.
          harmless += 1;
          expect(unzipSync(flipped), `byte ${at}`).toEqual(original);
        } else {
          refused += 1;
          const said = `byte ${at}: ${JSON.stringify(result.error)}`;
          expect(result.error.code, said).toBe('invalid_state');
          expect(String(result.error.params?.reason), said).toMatch(/^bundle_/);
          expect(totalChanges(probe), said).toBe(before);
        }
      }
      console.log(`bundle refusal: ${refused + harmless} flipped bytes tried, ${refused} refused, ${harmless} harmless (zip metadata)`);
      expect(refused).toBeGreaterThan(harmless);
    } finally {
      probe.cleanup();
    }
  });

  it('with a manifest altered in place, still valid JSON of the right shape (the zip CRC-32 is checked)', () => {
    // Stored, not deflated, so the manifest's bytes sit in the zip as written and one digit of its
    // export time can be changed where it lies, leaving a manifest that parses and validates.
    const entries = unzipSync(bundle);
    const stored = zipSync({ 'manifest.json': [entries['manifest.json']!, { level: 0 }], 'data.json': entries['data.json']! });
    const text = Buffer.from(stored).toString('latin1');
    const found = /"exportedAt":\s*"/.exec(text);
    expect(found).not.toBeNull();
    const at = found!.index + found![0].length + 3;
    const altered = stored.slice();
    altered[at] = altered[at] === 0x31 ? 0x32 : 0x31;
    expect(importBytes(target, stored).ok).toBe(true);
    expectRefused(target, altered, 'bundle_damaged');
  });

  it('altered without the checksum being updated', () => {
    expectRefused(target, withData((d) => void (d.note![0]!.text = '被篡改的内容'), { reseal: false }), 'bundle_damaged');
  });

  it('not a zip at all', () => {
    expectRefused(target, encode({ hello: 'world' }), 'bundle_not_convene');
    expectRefused(target, new Uint8Array(Buffer.from('%PDF-1.7\n%âãÏÓ\n')), 'bundle_not_convene');
    expectRefused(target, new Uint8Array(4096).map((_, i) => (i * 7919) % 251), 'bundle_not_convene');
  });

  it('another zip: missing, extra or renamed entries, another format', () => {
    expectRefused(target, rezip(bundle, (e) => ({ 'data.json': e['data.json']! })), 'bundle_not_convene');
    expectRefused(target, rezip(bundle, (e) => ({ ...e, 'evil.sh': encode('rm -rf /') })), 'bundle_not_convene');
    expectRefused(target, rezip(bundle, (e) => ({ 'manifest.json': e['manifest.json']!, 'data.txt': e['data.json']! })), 'bundle_not_convene');
    expectRefused(target, rezip(bundle, (e) => ({ ...e, '../manifest.json': e['manifest.json']! } as Entries)), 'bundle_not_convene');
    expectRefused(target, zipSync({ 'word/document.xml': encode('<w:document/>') }), 'bundle_not_convene');
    expectRefused(target, withManifest((m) => void (m.format = 'other-app-bundle')), 'bundle_not_convene');
  });

  it('from a newer Convene (format or schema)', () => {
    const newerFormat = importBytes(target, withManifest((m) => void (m.formatVersion = 2)));
    expect(newerFormat).toEqual({ ok: false, error: { code: 'invalid_state', params: { reason: 'bundle_newer', found: 2, supported: 1 } } });
    expectRefused(target, withManifest((m) => void (m.schemaVersion = LATEST_VERSION + 1)), 'bundle_newer');
    const newerSchema = importBytes(target, withManifest((m) => void (m.schemaVersion = 999)));
    expect(newerSchema).toMatchObject({ ok: false, error: { params: { reason: 'bundle_newer', found: 999, supported: LATEST_VERSION } } });
  });

  it('with a broken manifest', () => {
    expectRefused(target, rezip(bundle, (e) => ({ ...e, 'manifest.json': new Uint8Array(Buffer.from('{"format": "convene-bundle", ')) })), 'bundle_damaged');
    expectRefused(target, withManifest((m) => void (m.formatVersion = 0)), 'bundle_damaged');
    expectRefused(target, withManifest((m) => void (m.extra = true)), 'bundle_damaged');
    expectRefused(target, withManifest((m) => void (m.scope = { kind: 'stage', id: 'x' })), 'bundle_damaged');
    expectRefused(target, withManifest((m) => void (m.sha256 = 'not-a-hash')), 'bundle_damaged');
  });

  it('a zip bomb: a huge, highly compressed entry', () => {
    const bomb = rezip(bundle, (e) => ({ ...e, 'data.json': new Uint8Array(20 * 1024 * 1024) }));
    expect(bomb.length).toBeLessThan(200_000);
    expectRefused(target, bomb, 'bundle_too_large');
  });

  it('a zip bomb: declaring 300 MB inside a small file', () => {
    const declared = declareSize(bundle, 'data.json', 300 * 1024 * 1024);
    expectRefused(target, declared, 'bundle_too_large');
    const result = importBytes(target, declared);
    expect(result).toMatchObject({ ok: false, error: { params: { limit: 200 } } });
    // Declaring less than the real size yields a cut-off entry: damage, not a bigger buffer.
    expectRefused(target, declareSize(bundle, 'data.json', 100), 'bundle_damaged');
  });

  it('intact but with rows Convene would not write', () => {
    const cases: [string, (d: Record<string, Record<string, unknown>[]>) => void, string][] = [
      ['an unknown category', (d) => void (d.note![0]!.category = 'gossip'), 'note.0.category'],
      ['an unknown column', (d) => void (d.note![0]!.secret = 1), 'note.0'],
      ['a missing column', (d) => void delete d.session![0]!.title, 'session.0.title'],
      ['a too-long text', (d) => void (d.note![0]!.text = '长'.repeat(20_001)), 'note.0.text'],
      ['a control character', (d) => void (d.note![0]!.text = 'bell\u0007'), 'note.0.text'],
      // A name that displays as another (U+202E turns what follows around), as a typed one would be refused.
      ['a right-to-left override in a name', (d) => void (d.person![0]!.name = '张\u202E三'), 'person.0.name'],
      ['a zero-width space in a title', (d) => void (d.session![0]!.title = 'A\u200Bsession'), 'session.0.title'],
      ['a bidi isolate in a note', (d) => void (d.note![0]!.text = 'x\u2067y\u2069'), 'note.0.text'],
      ['a malformed id', (d) => void (d.note![0]!.id = "x' OR 1=1 --"), 'note.0.id'],
      ['a malformed timestamp', (d) => void (d.note![0]!.captured_at = 'yesterday'), 'note.0.captured_at'],
      ['a declined note without reason', (d) => void Object.assign(d.note![0]!, { disposition: 'declined', disposition_reason: '' }), 'note.0.disposition_reason'],
      ['an unknown table', (d) => void (d.setting = []), ''],
    ];
    for (const [label, change, path] of cases) {
      const before = snapshot(target.core.db);
      const result = importBytes(target, withData(change));
      expect(result.ok, label).toBe(false);
      if (result.ok) continue;
      expect(result.error.params?.reason, label).toBe('bundle_invalid');
      expect(result.error.issues?.map((i) => i.path), `${label}: ${JSON.stringify(result.error.issues)}`).toContain(path);
      expect(snapshot(target.core.db), label).toEqual(before);
    }
  });

  it('intact but reaching outside itself', () => {
    const cases: [string, (d: Record<string, Record<string, unknown>[]>) => void, string][] = [
      ['a note of a session not in the bundle', (d) => void (d.note![0]!.session_id = 'sample-en-1-session-leadership_seminar'), 'outside_scope'],
      ['a speaker referring to nobody known', (d) => void (d.note![0]!.speaker_person_id = 'nobody'), 'missing_reference'],
      ['two programmes', (d) => void d.programme!.push({ ...d.programme![0]!, id: 'another' }), 'outside_scope'],
      ['the same note twice', (d) => void d.note!.push({ ...d.note![0]! }), 'duplicate_row'],
      ['two live units of one name', (d) => void d.unit!.push({ ...d.unit![0]!, id: 'twin' }), 'duplicate_row'],
    ];
    for (const [label, change, code] of cases) {
      const before = snapshot(target.core.db);
      const result = importBytes(target, withData(change));
      expect(result.ok, label).toBe(false);
      if (result.ok) continue;
      expect(result.error.params?.reason, label).toBe('bundle_invalid');
      expect(result.error.issues?.map((i) => i.code), label).toContain(code);
      expect(snapshot(target.core.db), label).toEqual(before);
    }
    expectRefused(target, withData((d) => void d.note!.pop(), { reseal: false }), 'bundle_damaged');
  });

  it('failing half-way through writing: all or nothing', () => {
    // The fault is expected: keep the core's log of unexpected errors quiet.
    const folder = testRuntime({ log: () => {} });
    try {
      ok(folder.core.call('sample.load', { locale: 'en' }));
      // A fault only the database sees, after programme, sessions and notes are written.
      folder.core.db.exec("CREATE TRIGGER fail_minutes BEFORE INSERT ON minutes BEGIN SELECT RAISE(ABORT, 'disk says no'); END");
      // The sample's Stage 1 seminar carries its approved minutes: the bundle writes them last.
      expect(ok(source.core.call('minutes.get', { sessionId: SESSION }))).toMatchObject({ current: { status: 'approved' } });
      const withMinutes = exportBytes(source, { sessionId: SESSION });
      const before = snapshot(folder.core.db);
      expect(importBytes(folder, withMinutes)).toEqual({ ok: false, error: { code: 'internal' } });
      expect(snapshot(folder.core.db)).toEqual(before);
    } finally {
      folder.cleanup();
    }
  });

  it('refused in words, in both languages', async () => {
    const { resources } = await import('../../shared/i18n/index.js');
    for (const reason of ['bundle_not_convene', 'bundle_damaged', 'bundle_newer', 'bundle_too_large', 'bundle_too_many_rows', 'bundle_invalid'] as const) {
      for (const locale of ['zh-CN', 'en'] as const) expect(resources[locale].errors.reason[reason]).toBeTruthy();
    }
    for (const issue of ['outside_scope', 'belongs_elsewhere', 'duplicate_row', 'missing_reference', 'count_mismatch'] as const) {
      for (const locale of ['zh-CN', 'en'] as const) expect(resources[locale].errors.issue[issue]).toBeTruthy();
    }
  });
});
