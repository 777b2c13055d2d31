import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * Runs electron-builder for real, a Linux `dir` build, with a stand-in Electron distribution
 * (`electronDist`): Electron's binary cannot be downloaded here, and a `dir` build needs nothing else
 * from the network (AppImage and deb would download their tools). The result is then inspected as a
 * user's machine would receive it: app.asar, the unpacked native module, the fuses of the binary.
 *
 * The stand-in `electron` is a small file carrying Electron's fuse wire (the sentinel @electron/fuses
 * looks for, then version 1 and the 8 fuses in Electron's default state), so electron-builder's fuse
 * step really runs and its result can be read back. The stand-in better_sqlite3.node is a minimal
 * ELF header for this machine's CPU, enough for the packaging hook's checks; no real one is built.
 *
 * It packages dist/ as it is: it needs `npm run build` first and skips (with the reason) without it.
 * `npm test` runs it after the build as `npm run test:packaging`.
 */
const require = createRequire(path.resolve('package.json'));
const root = process.cwd();
const BUILT = ['dist/main/app/main.js', 'dist/main/app/preload.cjs', 'dist/renderer/index.html'];
const missing = BUILT.filter((file) => !fs.existsSync(path.join(root, file)));
const skipReason = missing.length > 0 ? `needs npm run build first (missing ${missing.join(', ')})` : null;

const electronVersion = (JSON.parse(fs.readFileSync('node_modules/electron/package.json', 'utf8')) as { version: string }).version;
const FUSE_SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
/** RunAsNode, CookieEncryption, NodeOptions, NodeCliInspect, AsarIntegrity, OnlyLoadAppFromAsar, BrowserV8Snapshot, FileProtocolExtraPrivileges. */
const ELECTRON_DEFAULT_FUSES = '10110001';
const ELF_MACHINE: Record<string, number> = { x64: 0x3e, arm64: 0xb7, ia32: 0x03, arm: 0x28 };

interface FuseWire {
  version: string;
  [index: number]: number;
}

let tmp: string;
let appOutDir: string;
let resources: string;
let build: { status: number | null; output: string; seconds: number };
let asarFiles: string[];

function writeStandInElectron(dir: string): void {
  fs.mkdirSync(path.join(dir, 'locales'), { recursive: true });
  fs.mkdirSync(path.join(dir, 'resources'), { recursive: true });
  const wire = Buffer.concat([Buffer.from(FUSE_SENTINEL), Buffer.from([1, ELECTRON_DEFAULT_FUSES.length]), Buffer.from(ELECTRON_DEFAULT_FUSES)]);
  fs.writeFileSync(path.join(dir, 'electron'), Buffer.concat([Buffer.from('#!/bin/sh\n# stand-in Electron for the packaging test\nexit 0\n#'), wire, Buffer.from('\n')]), {
    mode: 0o755,
  });
  fs.writeFileSync(path.join(dir, 'LICENSE'), 'stand-in');
  for (const locale of ['en-US', 'en-GB', 'zh-CN', 'zh-TW', 'de', 'ja']) fs.writeFileSync(path.join(dir, 'locales', `${locale}.pak`), locale);
}

/** A 64-byte ELF header for this CPU: what the hook checks a Linux native module by. */
function standInNativeModule(): Buffer {
  const header = Buffer.alloc(64);
  header.writeUInt32BE(0x7f454c46, 0);
  header[4] = 2; // 64-bit
  header[5] = 1; // little-endian
  header[6] = 1;
  header.writeUInt16LE(3, 16); // a shared object
  header.writeUInt16LE(ELF_MACHINE[process.arch] ?? 0x3e, 18);
  return Buffer.concat([header, Buffer.from('stand-in for better_sqlite3.node\n')]);
}

function runBuilder(nativeRoot: string, electronDist: string, output: string) {
  // As on a developer's machine: electron-builder behaves differently under vitest (VITEST set: it
  // hides its log and hard-links files into the output).
  const env: NodeJS.ProcessEnv = { ...process.env, CONVENE_NATIVE_ROOT: nativeRoot, CSC_IDENTITY_AUTO_DISCOVERY: 'false' };
  for (const key of Object.keys(env)) if (key.startsWith('VITEST') || key === 'NODE_ENV' || key === 'DEBUG') delete env[key];
  const started = Date.now();
  const result = spawnSync(
    process.execPath,
    [
      require.resolve('electron-builder/cli.js'),
      '--linux',
      'dir',
      '--config',
      'electron-builder.yml',
      `-c.electronDist=${electronDist}`,
      `-c.directories.output=${output}`,
    ],
    {
      cwd: root,
      encoding: 'utf8',
      timeout: 170_000,
      env,
      maxBuffer: 64 * 1024 * 1024,
    },
  );
  return { status: result.status, output: `${result.stdout}\n${result.stderr}`, seconds: (Date.now() - started) / 1000 };
}

/** Where Node looks for a dependency of the package in `from` (its own node_modules, then each parent's). */
function lookupDirs(from: string): string[] {
  const dirs: string[] = [];
  for (let dir = from; ; dir = path.dirname(dir)) {
    if (path.basename(dir) !== 'node_modules') dirs.push(path.join(dir, 'node_modules'));
    if (dir === root || !dir.startsWith(root)) return dirs;
  }
}

/**
 * Every package (name@version) reachable from package.json's dependencies, resolved the way Node
 * resolves them on disk. electron-builder lays node_modules out its own way in the asar (it hoists
 * nested copies), so packages are compared by name and version, not by path.
 */
function productionPackages(): Set<string> {
  const found = new Set<string>();
  const seen = new Set<string>();
  const visit = (name: string, from: string) => {
    const home = lookupDirs(from)
      .map((dir) => path.join(dir, name))
      .find((dir) => fs.existsSync(path.join(dir, 'package.json')));
    if (!home || seen.has(home)) return; // not installed here (an optional dependency of another platform), or done
    seen.add(home);
    const pkg = JSON.parse(fs.readFileSync(path.join(home, 'package.json'), 'utf8')) as {
      name: string;
      version: string;
      dependencies?: Record<string, string>;
      optionalDependencies?: Record<string, string>;
    };
    found.add(`${pkg.name}@${pkg.version}`);
    for (const dep of Object.keys({ ...pkg.dependencies, ...pkg.optionalDependencies })) visit(dep, home);
  };
  const pkg = JSON.parse(fs.readFileSync('package.json', 'utf8')) as { dependencies: Record<string, string> };
  for (const dep of Object.keys(pkg.dependencies)) visit(dep, root);
  return found;
}

/** The packages (name@version) in the asar: every node_modules/x or node_modules/@s/x folder, nested ones too. */
async function packagesIn(files: string[]): Promise<Set<string>> {
  const { extractFile } = (await import('@electron/asar')) as typeof import('@electron/asar');
  const packages = new Set<string>();
  for (const file of files) {
    if (!/^(.*node_modules\/(?:@[^/]+\/)?[^/@][^/]*)\/package\.json$/.test(file)) continue;
    const pkg = JSON.parse(extractFile(path.join(resources, 'app.asar'), file).toString('utf8')) as { name: string; version: string };
    packages.add(`${pkg.name}@${pkg.version}`);
  }
  return packages;
}

describe.skipIf(skipReason !== null)(`electron-builder, Linux dir build${skipReason ? ` (skipped: ${skipReason})` : ''}`, () => {
  beforeAll(async () => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'convene-packaging-'));
    const electronDist = path.join(tmp, 'electron-dist');
    writeStandInElectron(electronDist);
    const nativeRoot = path.join(tmp, 'native');
    fs.mkdirSync(path.join(nativeRoot, `electron-${electronVersion}`), { recursive: true });
    fs.writeFileSync(path.join(nativeRoot, `electron-${electronVersion}`, 'better_sqlite3.node'), standInNativeModule());

    build = runBuilder(nativeRoot, electronDist, path.join(tmp, 'release'));
    appOutDir = path.join(tmp, 'release', process.arch === 'x64' ? 'linux-unpacked' : `linux-${process.arch}-unpacked`);
    resources = path.join(appOutDir, 'resources');
    const { listPackage } = (await import('@electron/asar')) as typeof import('@electron/asar');
    asarFiles = fs.existsSync(path.join(resources, 'app.asar'))
      ? listPackage(path.join(resources, 'app.asar'), { isPack: false }).map((file) => file.replace(/\\/g, '/').replace(/^\//, ''))
      : [];
  }, 180_000);

  afterAll(() => {
    if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
  });

  it('packages without errors, the Electron binary renamed to the app', () => {
    expect(build.status, build.output.slice(-3000)).toBe(0);
    expect(fs.existsSync(path.join(appOutDir, 'convene'))).toBe(true);
    expect(fs.existsSync(path.join(resources, 'app.asar'))).toBe(true);
    expect(build.output).toContain('better-sqlite3 for Electron in place');
  });

  it('puts the compiled app and package.json in app.asar, pointing at the main script', async () => {
    const { extractFile } = (await import('@electron/asar')) as typeof import('@electron/asar');
    for (const file of BUILT) expect(asarFiles, file).toContain(file);
    expect(asarFiles.some((file) => file.startsWith('dist/renderer/assets/') && file.endsWith('.js'))).toBe(true);
    expect(asarFiles.some((file) => file.startsWith('dist/shared/'))).toBe(true);
    const pkg = JSON.parse(extractFile(path.join(resources, 'app.asar'), 'package.json').toString('utf8')) as Record<string, unknown>;
    expect(pkg.main).toBe('dist/main/app/main.js');
    expect(pkg.devDependencies).toBeUndefined();
    expect(pkg.scripts).toBeUndefined();
  });

  it('holds no tests, no sources, no source maps and no build leftovers', () => {
    const ours = asarFiles.filter((file) => !file.startsWith('node_modules'));
    expect(ours.filter((file) => !/^(dist(\/|$)|package\.json$)/.test(file))).toEqual([]);
    expect(asarFiles.filter((file) => /\.(ts|tsx|mts|cts)$/.test(file))).toEqual([]);
    expect(asarFiles.filter((file) => file.endsWith('.map'))).toEqual([]);
    expect(asarFiles.filter((file) => /(^|\/)(test|tests|__tests__|\.native|scripts|renderer\/src|bench)\//.test(file) && !file.includes('node_modules/'))).toEqual([]);
    expect(asarFiles.filter((file) => /\.(tsbuildinfo|spec\.js|test\.js)$/.test(file) && !file.includes('node_modules/'))).toEqual([]);
  });

  it('holds the production dependencies and none of the development ones', async () => {
    const production = productionPackages();
    const shipped = await packagesIn(asarFiles);
    const nameOf = (pkg: string) => pkg.slice(0, pkg.lastIndexOf('@'));
    const shippedNames = new Set([...shipped].map(nameOf));
    for (const dep of ['better-sqlite3', 'docx', 'exceljs', 'fflate', 'i18next', 'zod']) expect(shippedNames, dep).toContain(dep);
    expect([...shipped].filter((pkg) => !production.has(pkg))).toEqual([]);
    expect([...production].filter((pkg) => !shipped.has(pkg))).toEqual([]);

    const { devDependencies } = JSON.parse(fs.readFileSync('package.json', 'utf8')) as { devDependencies: Record<string, string> };
    const productionNames = new Set([...production].map(nameOf));
    const devOnly = Object.keys(devDependencies).filter((name) => !productionNames.has(name));
    expect(devOnly).toEqual(expect.arrayContaining(['vitest', '@playwright/test', 'typescript', 'electron', 'electron-builder', 'vite', 'react', 'sharp']));
    expect(devOnly.filter((name) => shippedNames.has(name))).toEqual([]);
  });

  it('ships the font files the PDF embeds and no other file of the @fontsource packages', async () => {
    const { FONT_FILES } = await import('../../main/export/pdf/fonts.js');
    const fonts = asarFiles.filter((file) => file.startsWith('node_modules/@fontsource/') && /\.(woff2?|ttf|otf)$/.test(file));
    expect(fonts.sort()).toEqual(FONT_FILES.map((f) => `node_modules/${f}`).sort());
  });

  it("ships better-sqlite3's Electron build unpacked, and never its Node build", () => {
    const unpacked = path.join(resources, 'app.asar.unpacked', '.native', `electron-${electronVersion}`, 'better_sqlite3.node');
    expect(fs.readFileSync(unpacked).equals(standInNativeModule())).toBe(true);
    expect(asarFiles.filter((file) => file.endsWith('.node'))).toEqual([]);
    expect(asarFiles.filter((file) => file.includes('better-sqlite3/build/') || file.includes('better-sqlite3/src/') || file.includes('better-sqlite3/deps/'))).toEqual([]);
  });

  it('flips the fuses in the binary as electron-builder.yml says', async () => {
    const { getCurrentFuseWire, FuseV1Options } = (await import('@electron/fuses')) as typeof import('@electron/fuses');
    const wire = (await getCurrentFuseWire(path.join(appOutDir, 'convene'))) as unknown as FuseWire;
    // A fuse is the byte '0' (off) or '1' (on).
    const state = (option: number) => String.fromCharCode(wire[option]!);
    expect(wire.version).toBe('1');
    expect(state(FuseV1Options.RunAsNode)).toBe('0');
    expect(state(FuseV1Options.EnableCookieEncryption)).toBe('1');
    expect(state(FuseV1Options.EnableNodeOptionsEnvironmentVariable)).toBe('0');
    expect(state(FuseV1Options.EnableNodeCliInspectArguments)).toBe('0');
    expect(state(FuseV1Options.EnableEmbeddedAsarIntegrityValidation)).toBe('1');
    expect(state(FuseV1Options.OnlyLoadAppFromAsar)).toBe('1');
    expect(state(FuseV1Options.GrantFileProtocolExtraPrivileges)).toBe('0');
    // Not configured: left as Electron ships it.
    expect(state(FuseV1Options.LoadBrowserProcessSpecificV8Snapshot)).toBe('0');
  });

  it('keeps only the UI languages of Chromium, and the Linux window icon', () => {
    expect(fs.readdirSync(path.join(appOutDir, 'locales')).sort()).toEqual(['en-GB.pak', 'en-US.pak', 'zh-CN.pak']);
    const icon = fs.readFileSync(path.join(resources, 'icon.png'));
    expect(icon.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect([icon.readUInt32BE(16), icon.readUInt32BE(20)]).toEqual([512, 512]);
  });

  it('stops at once, in one clear line, when the Electron build of better-sqlite3 is missing', () => {
    const failed = runBuilder(path.join(tmp, 'no-native-here'), path.join(tmp, 'electron-dist'), path.join(tmp, 'release-missing'));
    expect(failed.status).not.toBe(0);
    expect(failed.output).toMatch(/Packaging stopped: the Electron build of better-sqlite3 is missing \(.*better_sqlite3\.node\)\. Run node scripts\/prepare-electron-native\.mjs first/);
    expect(fs.existsSync(path.join(tmp, 'release-missing', process.arch === 'x64' ? 'linux-unpacked' : `linux-${process.arch}-unpacked`, 'resources', 'app.asar'))).toBe(false);
  }, 60_000);
});

describe('the packaging hook', () => {
  type Hooks = {
    binaryProblem(bytes: Buffer, platform: string, arch: string): string | null;
    describeBinary(bytes: Buffer): { format: string; machine: number | null } | null;
  };
  const hooks = () => import(pathToFileURL(path.resolve('scripts/electron-builder-hooks.mjs')).href) as Promise<Hooks>;

  const elf = (machine: number) => {
    const b = Buffer.alloc(64);
    b.writeUInt32BE(0x7f454c46, 0);
    b[5] = 1;
    b.writeUInt16LE(machine, 18);
    return b;
  };
  const pe = (machine: number) => {
    const b = Buffer.alloc(256);
    b.write('MZ', 0, 'latin1');
    b.writeUInt32LE(0x80, 0x3c);
    b.write('PE\0\0', 0x80, 'latin1');
    b.writeUInt16LE(machine, 0x84);
    return b;
  };
  const macho = (cpu: number) => {
    const b = Buffer.alloc(32);
    b.writeUInt32LE(0xfeedfacf, 0);
    b.writeUInt32LE(cpu, 4);
    return b;
  };

  it('accepts a native module made for the package being built', async () => {
    const { binaryProblem } = await hooks();
    expect(binaryProblem(elf(0x3e), 'linux', 'x64')).toBeNull();
    expect(binaryProblem(elf(0xb7), 'linux', 'arm64')).toBeNull();
    expect(binaryProblem(pe(0x8664), 'win32', 'x64')).toBeNull();
    expect(binaryProblem(macho(0x0100000c), 'darwin', 'arm64')).toBeNull();
  });

  it('refuses one for another OS or CPU, or no native module at all', async () => {
    const { binaryProblem } = await hooks();
    expect(binaryProblem(elf(0x3e), 'win32', 'x64')).toMatch(/ELF file, but win32 needs PE/);
    expect(binaryProblem(pe(0x8664), 'linux', 'x64')).toMatch(/PE file, but linux needs ELF/);
    expect(binaryProblem(elf(0x3e), 'linux', 'arm64')).toMatch(/built for x64, but this package is for arm64/);
    expect(binaryProblem(macho(0x01000007), 'darwin', 'arm64')).toMatch(/built for x64/);
    expect(binaryProblem(Buffer.from('not a shared object at all'), 'linux', 'x64')).toMatch(/not a native module/);
  });

  it("reads this machine's real better-sqlite3 (the Node build) as a native module of this OS", async () => {
    const { describeBinary } = await hooks();
    const file = path.resolve('node_modules/better-sqlite3/build/Release/better_sqlite3.node');
    const head = fs.readFileSync(file).subarray(0, 4096);
    const expected = process.platform === 'win32' ? 'pe' : process.platform === 'darwin' ? 'macho' : 'elf';
    expect(describeBinary(head)?.format).toBe(expected);
  });
});

describe('the icons', () => {
  const SIZES = [16, 24, 32, 48, 64, 128, 256, 512, 1024];

  it('come from the one source image, in every size electron-builder and the shell use', () => {
    expect(fs.readFileSync('build/icon.svg', 'utf8')).toMatch(/^<svg [^>]*viewBox="0 0 1024 1024"/);
    for (const size of SIZES) {
      const png = fs.readFileSync(`build/icons/${size}x${size}.png`);
      expect(png.subarray(1, 4).toString('latin1'), `${size}`).toBe('PNG');
      expect([png.readUInt32BE(16), png.readUInt32BE(20)], `${size}`).toEqual([size, size]);
    }
    // ICO: reserved 0, type 1, then the number of images; ICNS: the 'icns' magic and its own length.
    const ico = fs.readFileSync('build/icons/icon.ico');
    expect([ico.readUInt16LE(0), ico.readUInt16LE(2)]).toEqual([0, 1]);
    expect(ico.readUInt16LE(4)).toBeGreaterThanOrEqual(5);
    const icns = fs.readFileSync('build/icons/icon.icns');
    expect(icns.subarray(0, 4).toString('latin1')).toBe('icns');
    expect(icns.readUInt32BE(4)).toBe(icns.length);
  });
});
