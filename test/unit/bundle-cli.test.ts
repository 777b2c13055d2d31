import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliIn } from '../helpers/cli.js';

const SESSION = 'sample-zh-1-session-leadership_seminar';

/** Each call starts Node and tsx: seconds apiece on a busy machine. */
const SLOW = 90_000;

let tmp: string;
const at = (name: string) => path.join(tmp, name);

const convene = cliIn(() => tmp);

beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'convene-bundle-cli-'));
  expect(convene('sample', '--lang', 'zh-CN', '--data', at('a')).code).toBe(0);
}, SLOW);
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe('convene bundle', () => {
  it('refuses a 1 GB file in words, by its size, before reading it', () => {
    // Sparse: 1 GB long, no disk used. Read whole it used to die with "Cannot create a string longer than…".
    const huge = at('huge.convene');
    fs.writeFileSync(huge, '');
    fs.truncateSync(huge, 1024 * 1024 * 1024);
    const result = convene('bundle', 'import', huge, '--data', at('huge-data'));
    expect(result.code).toBe(1);
    expect(result.stderr.trim()).toBe(
      `convene bundle: ${huge} is 1024 MB, more than any Convene bundle can be (at most 65 MB): it is not one, or it is damaged. Nothing was read or changed.`,
    );
    expect(fs.existsSync(at('huge-data'))).toBe(false);
  }, SLOW);

  it('exports a session and imports it into a new folder, once', () => {
    const exported = convene('bundle', 'export', '--session', SESSION, '--data', at('a'), '--out', at('s1.convene'));
    expect(exported.code, exported.stderr).toBe(0);
    expect(exported.stdout.trim()).toBe(at('s1.convene'));

    const first = convene('bundle', 'import', at('s1.convene'), '--data', at('b'));
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toMatch(/^Imported into programme sample-zh-1: \d+ rows written \(.*note \d+.*\), 0 already here\./);

    const again = convene('bundle', 'import', at('s1.convene'), '--data', at('b'));
    expect(again.code, again.stderr).toBe(0);
    expect(again.stdout).toMatch(/: 0 rows written, \d+ already here\./);
  }, SLOW);

  it('refuses a damaged file in words, changing nothing', () => {
    const bytes = fs.readFileSync(at('s1.convene'));
    fs.writeFileSync(at('cut.convene'), bytes.subarray(0, bytes.length >> 1));
    const result = convene('bundle', 'import', at('cut.convene'), '--data', at('c'));
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/was not imported: the bundle is damaged or incomplete.*Nothing was changed\./);
  });

  it('explains bad usage', () => {
    const unknown = convene('bundle', 'sync');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/unknown action 'sync'/);
    expect(convene('bundle', 'export', '--data', at('a'), '--out', at('x.convene')).stderr).toMatch(/--session ID or --programme ID/);
    expect(convene('bundle', 'import', '--data', at('a')).stderr).toMatch(/say which file/);
    const exists = convene('bundle', 'export', '--session', SESSION, '--data', at('a'), '--out', at('s1.convene'));
    expect(exists.code).toBe(1);
    expect(exists.stderr).toMatch(/already exists/);
  }, SLOW);
});
