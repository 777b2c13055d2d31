import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * scripts/prepare-electron-native.mjs builds better-sqlite3 for Electron into .native/. On the test
 * machines it cannot (no Electron headers reachable): it must say so in one line, fail, and leave the
 * Node build that every test depends on exactly as it was. Each run here points the script at temp
 * folders and an unreachable headers URL, so the result is the same on a machine with network.
 */
const script = path.resolve('scripts/prepare-electron-native.mjs');
const nodeBuild = path.resolve('node_modules/better-sqlite3/build/Release/better_sqlite3.node');
const electronVersion = (JSON.parse(fs.readFileSync('node_modules/electron/package.json', 'utf8')) as { version: string }).version;

let tmp: string;
let before: fs.Stats;

beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'convene-native-test-'));
  before = fs.statSync(nodeBuild);
});

afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

function runScript(env: Record<string, string>) {
  const childEnv: NodeJS.ProcessEnv = { ...process.env, ...env };
  delete childEnv.HTTPS_PROXY;
  delete childEnv.https_proxy;
  const result = spawnSync(process.execPath, [script], { env: childEnv, encoding: 'utf8', timeout: 120_000 });
  return { status: result.status, stdout: result.stdout.trim(), stderr: result.stderr.trim() };
}

function nativeFiles(root: string): string[] {
  if (!fs.existsSync(root)) return [];
  return fs.readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.node') || name.endsWith('.tmp'));
}

function expectNodeBuildUntouchedAndWorking() {
  const after = fs.statSync(nodeBuild);
  expect(after.size).toBe(before.size);
  expect(after.mtimeMs).toBe(before.mtimeMs);
  const check = spawnSync(
    process.execPath,
    ['-e', "const D = require('better-sqlite3'); const db = new D(':memory:'); console.log(db.prepare('SELECT 41 + 1 AS n').get().n); db.close();"],
    { encoding: 'utf8' },
  );
  expect(check.stderr).toBe('');
  expect(check.stdout.trim()).toBe('42');
}

describe('prepare-electron-native', () => {
  it('stops with one clear line and exit code 1 when the Electron headers cannot be downloaded', () => {
    const nativeRoot = path.join(tmp, 'offline-native');
    const result = runScript({
      CONVENE_ELECTRON_HEADERS_URL: 'http://127.0.0.1:9/headers',
      CONVENE_ELECTRON_GYP_DIR: path.join(tmp, 'empty-gyp'),
      CONVENE_NATIVE_ROOT: nativeRoot,
    });
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr.split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(
      new RegExp(`^Cannot prepare better-sqlite3 for Electron ${electronVersion.replace(/\./g, '\\.')}: Electron headers could not be downloaded .*npm test is unaffected\\.$`),
    );
    expect(nativeFiles(nativeRoot)).toEqual([]);
    expectNodeBuildUntouchedAndWorking();
  });

  it('removes a leftover that is not an Electron build rather than leave it for the app to load', () => {
    const nativeRoot = path.join(tmp, 'leftover-native');
    const target = path.join(nativeRoot, `electron-${electronVersion}`, 'better_sqlite3.node');
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.copyFileSync(nodeBuild, target);
    const result = runScript({
      CONVENE_ELECTRON_HEADERS_URL: 'http://127.0.0.1:9/headers',
      CONVENE_ELECTRON_GYP_DIR: path.join(tmp, 'empty-gyp'),
      CONVENE_NATIVE_ROOT: nativeRoot,
    });
    expect(result.status).toBe(1);
    expect(result.stderr.split('\n')).toHaveLength(1);
    expect(fs.existsSync(target)).toBe(false);
    expectNodeBuildUntouchedAndWorking();
  });

  it("discards a build made for Node's ABI (what npm's nodedir setting causes) and says why", () => {
    // Headers "present" (so no download is tried) and a node-gyp that, like a misconfigured one,
    // produces a module for Node: the script must catch it by loading it in Node.
    const gypDir = path.join(tmp, 'gyp');
    fs.mkdirSync(path.join(gypDir, electronVersion), { recursive: true });
    fs.writeFileSync(path.join(gypDir, electronVersion, 'installVersion'), '11\n');
    const fakeGyp = path.join(tmp, 'fake-node-gyp.mjs');
    const record = path.join(tmp, 'fake-node-gyp.json');
    fs.writeFileSync(
      fakeGyp,
      [
        "import fs from 'node:fs';",
        "fs.mkdirSync('build/Release', { recursive: true });",
        `fs.copyFileSync(${JSON.stringify(nodeBuild)}, 'build/Release/better_sqlite3.node');`,
        `fs.writeFileSync(${JSON.stringify(record)}, JSON.stringify({ args: process.argv.slice(2), cwd: process.cwd(), nodedir: process.env.npm_config_nodedir ?? null }));`,
      ].join('\n'),
    );
    const nativeRoot = path.join(tmp, 'wrong-abi-native');
    const result = runScript({
      CONVENE_ELECTRON_GYP_DIR: gypDir,
      CONVENE_NATIVE_ROOT: nativeRoot,
      CONVENE_NODE_GYP: fakeGyp,
      npm_config_nodedir: '/usr',
    });
    expect(result.status).toBe(1);
    expect(result.stderr.split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(/the build was discarded because it loads in Node .*built for Node's ABI/);
    expect(nativeFiles(nativeRoot)).toEqual([]);

    const seen = JSON.parse(fs.readFileSync(record, 'utf8')) as { args: string[]; cwd: string; nodedir: string | null };
    expect(seen.args).toEqual(
      expect.arrayContaining(['rebuild', `--target=${electronVersion}`, '--runtime=electron', `--devdir=${gypDir}`]),
    );
    expect(seen.args.some((arg) => arg.startsWith('--dist-url='))).toBe(true);
    // It built in a temp copy, never in node_modules, and without npm's nodedir.
    expect(seen.cwd.startsWith(path.resolve('node_modules'))).toBe(false);
    expect(fs.existsSync(seen.cwd)).toBe(false);
    expect(seen.nodedir).toBeNull();
    expectNodeBuildUntouchedAndWorking();
  });

  it('tells an Electron build from a Node build by loading it in Node', async () => {
    const mod = (await import(pathToFileURL(script).href)) as {
      checkElectronBuild(file: string, expectedAbi: number | null): string | null;
    };
    expect(mod.checkElectronBuild(nodeBuild, 150)).toMatch(/loads in Node/);
    const garbage = path.join(tmp, 'garbage.node');
    fs.writeFileSync(garbage, 'not a shared object');
    expect(mod.checkElectronBuild(garbage, 150)).toMatch(/could not be checked/);
    expectNodeBuildUntouchedAndWorking();
  });
});
