#!/usr/bin/env node
// Builds better-sqlite3 for Electron's ABI into .native/electron-<version>/better_sqlite3.node.
//
// node_modules/better-sqlite3 stays built for Node (tests, CLI, HTTP host); the Electron app loads
// this second copy through better-sqlite3's `nativeBinding` option (main/app/native-binding.ts).
// It never writes to node_modules: the sources are copied to a temp folder and node-gyp runs there.
// Run by `npm start` and `npm run dist`; skips when the build for this Electron is already there.
//
// Where it cannot work (no Electron headers reachable) it stops with ONE line and exit code 1.
// It never leaves a wrong binary behind: a build that plain Node can load was made for Node's ABI
// (npm's `nodedir` setting does that), so it is deleted and reported.
//
// Overrides (tests, mirrors): CONVENE_ELECTRON_HEADERS_URL (default https://electronjs.org/headers),
// CONVENE_ELECTRON_GYP_DIR (node-gyp's header cache, default ~/.electron-gyp), CONVENE_NATIVE_ROOT
// (default <project>/.native), CONVENE_NODE_GYP (path of node-gyp.js).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const NODE_FILE = 'better_sqlite3.node';
const PROBE_TIMEOUT_MS = 5000;
const BUILD_TIMEOUT_MS = 15 * 60 * 1000;

class Stop extends Error {}

/** The Electron this project runs on, from node_modules/electron (its binary is not needed). */
export function electronInfo(projectRoot = root) {
  const dir = path.join(projectRoot, 'node_modules', 'electron');
  let version;
  try {
    version = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')).version;
  } catch {
    throw new Stop('Cannot prepare better-sqlite3 for Electron: the electron package is not installed (run npm ci).');
  }
  let abi = null;
  try {
    abi = Number.parseInt(fs.readFileSync(path.join(dir, 'abi_version'), 'utf8').trim(), 10) || null;
  } catch {
    // older electron packages have no abi_version file; the ABI check then only rules out Node's own
  }
  return { version, abi };
}

/**
 * Checks that `file` is a native module for Electron, by loading it in a plain Node child process:
 * it must be refused with a NODE_MODULE_VERSION mismatch naming Electron's ABI. Returns null when
 * it is fine, else the reason it is not.
 */
export function checkElectronBuild(file, expectedAbi) {
  const probe = spawnSync(
    process.execPath,
    ['-e', "try { process.dlopen({ exports: {} }, process.argv[1]); console.log('LOADED'); } catch (e) { console.log('REFUSED ' + e.message); }", path.resolve(file)],
    { encoding: 'utf8', timeout: 30_000 },
  );
  const out = (probe.stdout ?? '').trim();
  if (out.startsWith('LOADED')) {
    return `it loads in Node ${process.version} (NODE_MODULE_VERSION ${process.versions.modules}), so it was built for Node's ABI, not Electron's (check npm's nodedir setting: npm config get nodedir)`;
  }
  const found = /compiled against a different Node\.js version using\s+NODE_MODULE_VERSION (\d+)/.exec(out);
  if (!found) return `it could not be checked (${out.replace(/^REFUSED /, '').split('\n')[0] || `exit ${probe.status ?? probe.signal}`})`;
  const abi = Number(found[1]);
  if (abi === Number(process.versions.modules)) return `it targets NODE_MODULE_VERSION ${abi}, Node's own`;
  if (expectedAbi && abi !== expectedAbi) return `it targets NODE_MODULE_VERSION ${abi}, but this Electron needs ${expectedAbi}`;
  return null;
}

/** node-gyp's JavaScript entry: the one npm runs scripts with, else the project's, else the one bundled with npm. */
function findNodeGyp() {
  const candidates = [process.env.CONVENE_NODE_GYP, process.env.npm_config_node_gyp];
  try {
    candidates.push(createRequire(path.join(root, 'package.json')).resolve('node-gyp/bin/node-gyp.js'));
  } catch {
    // not a project dependency
  }
  const nodeDir = path.dirname(process.execPath);
  candidates.push(
    path.join(nodeDir, '..', 'lib', 'node_modules', 'npm', 'node_modules', 'node-gyp', 'bin', 'node-gyp.js'),
    path.join(nodeDir, 'node_modules', 'npm', 'node_modules', 'node-gyp', 'bin', 'node-gyp.js'),
  );
  return candidates.find((candidate) => candidate && fs.existsSync(candidate)) ?? null;
}

/** Fails fast (one line) when the headers are neither cached nor downloadable, instead of node-gyp's long retry. */
async function ensureHeadersReachable(version, headersUrl, devDir) {
  if (fs.existsSync(path.join(devDir, version, 'installVersion'))) return;
  // Behind a proxy Node's fetch cannot probe (node-gyp itself honours the proxy variables): let node-gyp try.
  if (process.env.HTTPS_PROXY || process.env.https_proxy) return;
  const tarball = `${headersUrl.replace(/\/+$/, '')}/v${version}/node-v${version}-headers.tar.gz`;
  let problem;
  try {
    // GET, not HEAD (some mirrors refuse HEAD); the body is dropped once the status is known.
    const response = await fetch(tarball, { signal: AbortSignal.timeout(PROBE_TIMEOUT_MS) });
    await response.body?.cancel();
    if (response.ok) return;
    problem = `HTTP ${response.status} from ${tarball}`;
  } catch (error) {
    const cause = error?.cause?.code ?? error?.name ?? 'error';
    problem = `${cause} for ${tarball}; no network?`;
  }
  throw new Stop(
    `Cannot prepare better-sqlite3 for Electron ${version}: Electron headers could not be downloaded (${problem}). npm test is unaffected.`,
  );
}

/** npm passes its config to scripts as npm_config_*; these would make node-gyp build for Node instead. */
function buildEnv() {
  const env = { ...process.env };
  for (const key of Object.keys(env)) {
    if (/^npm_config_(nodedir|target|runtime|disturl|dist_url|devdir|build_from_source)$/i.test(key)) delete env[key];
  }
  return env;
}

function buildInTemp({ version, headersUrl, devDir, nodeGyp }) {
  const source = path.join(root, 'node_modules', 'better-sqlite3');
  if (!fs.existsSync(path.join(source, 'binding.gyp'))) {
    throw new Stop(`Cannot prepare better-sqlite3 for Electron ${version}: node_modules/better-sqlite3 is missing (run npm ci).`);
  }
  const temp = fs.mkdtempSync(path.join(os.tmpdir(), 'convene-native-'));
  const work = path.join(temp, 'better-sqlite3');
  // Everything but build/: node_modules' own (Node) build is never read from, let alone written to.
  fs.cpSync(source, work, {
    recursive: true,
    filter: (src) => {
      const rel = path.relative(source, src);
      return rel !== 'build' && !rel.startsWith(`build${path.sep}`);
    },
  });
  const args = [
    nodeGyp,
    'rebuild',
    '--release',
    `--target=${version}`,
    '--runtime=electron',
    `--dist-url=${headersUrl}`,
    `--devdir=${devDir}`,
    `--jobs=${Math.max(1, os.availableParallelism?.() ?? os.cpus().length)}`,
  ];
  const result = spawnSync(process.execPath, args, {
    cwd: work,
    env: buildEnv(),
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    timeout: BUILD_TIMEOUT_MS,
  });
  const built = path.join(work, 'build', 'Release', NODE_FILE);
  if (result.status !== 0 || !fs.existsSync(built)) {
    const log = path.join(temp, 'node-gyp.log');
    fs.writeFileSync(log, `${result.stdout ?? ''}\n${result.stderr ?? ''}\n${result.error ?? ''}`);
    const reason = result.error ? String(result.error.message) : `node-gyp exited with ${result.status ?? result.signal}`;
    throw new Stop(`Cannot prepare better-sqlite3 for Electron ${version}: the build failed (${reason}); see ${log}. npm test is unaffected.`);
  }
  return { temp, built };
}

export async function prepare() {
  const { version, abi } = electronInfo();
  const headersUrl = process.env.CONVENE_ELECTRON_HEADERS_URL || 'https://electronjs.org/headers';
  const devDir = process.env.CONVENE_ELECTRON_GYP_DIR || path.join(os.homedir(), '.electron-gyp');
  const nativeRoot = path.resolve(process.env.CONVENE_NATIVE_ROOT || path.join(root, '.native'));
  const targetDir = path.join(nativeRoot, `electron-${version}`);
  const target = path.join(targetDir, NODE_FILE);
  const shown = path.relative(process.cwd(), target) || target;

  if (fs.existsSync(target)) {
    const problem = checkElectronBuild(target, abi);
    if (!problem) {
      console.log(`better-sqlite3 for Electron ${version} is ready: ${shown}`);
      return;
    }
    // A leftover that is not an Electron build must not be loaded by the app: rebuild it.
    fs.rmSync(target, { force: true });
  }

  await ensureHeadersReachable(version, headersUrl, devDir);
  const nodeGyp = findNodeGyp();
  if (!nodeGyp) throw new Stop(`Cannot prepare better-sqlite3 for Electron ${version}: node-gyp was not found (it ships with npm).`);

  console.log(`Building better-sqlite3 for Electron ${version} (about a minute)...`);
  const { temp, built } = buildInTemp({ version, headersUrl, devDir, nodeGyp });
  try {
    const problem = checkElectronBuild(built, abi);
    if (problem) throw new Stop(`Cannot prepare better-sqlite3 for Electron ${version}: the build was discarded because ${problem}.`);
    fs.mkdirSync(targetDir, { recursive: true });
    // Copy then rename: an interrupted run never leaves a half-written .node for the app to load.
    fs.copyFileSync(built, `${target}.tmp`);
    fs.renameSync(`${target}.tmp`, target);
  } finally {
    fs.rmSync(temp, { recursive: true, force: true });
  }
  console.log(`better-sqlite3 for Electron ${version} is ready: ${shown}`);
}

// Run when executed, not when a test imports checkElectronBuild.
if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  prepare().catch((error) => {
    console.error(error instanceof Stop ? error.message : `Cannot prepare better-sqlite3 for Electron: ${error?.stack ?? error}`);
    process.exitCode = 1;
  });
}
