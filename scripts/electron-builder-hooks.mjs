// electron-builder hooks (electron-builder.yml: beforePack, afterPack). They put the Electron build of
// better-sqlite3 in place, since electron-builder itself must not build it (npmRebuild: false: a
// rebuild would overwrite the Node build in node_modules that the tests and the CLI use).
//
// scripts/prepare-electron-native.mjs (run by `npm run dist`) builds it into
// .native/electron-<version>/better_sqlite3.node; main/app/native-binding.ts loads it from
// <resources>/app.asar.unpacked/.native/electron-<version>/better_sqlite3.node in a package.
//
//   beforePack: fails at once, with one clear line, when that file is missing or is not a native
//               module for the platform and architecture being packaged (a Linux build cannot go
//               into a Windows installer, an x64 build into an arm64 one).
//   afterPack:  copies it into app.asar.unpacked, and checks that the asar holds no other
//               better-sqlite3 binary (the Node build must never ship).
//
// CONVENE_NATIVE_ROOT overrides the .native folder (the packaging test uses a stand-in there).
import fs from 'node:fs';
import path from 'node:path';

export const NODE_FILE = 'better_sqlite3.node';

/** builder-util's Arch enum, as Node names architectures. */
const ARCH_NAMES = { 0: 'ia32', 1: 'x64', 2: 'arm', 3: 'arm64', 4: 'universal' };

/** Machine fields of ELF (e_machine), PE (Machine) and Mach-O (cputype) for each architecture. */
const MACHINES = {
  elf: { ia32: 0x03, x64: 0x3e, arm: 0x28, arm64: 0xb7 },
  pe: { ia32: 0x014c, x64: 0x8664, arm: 0x01c4, arm64: 0xaa64 },
  macho: { x64: 0x01000007, arm64: 0x0100000c },
};

export class PackagingError extends Error {}

/**
 * What kind of native module `bytes` (its first 4 KiB are enough) is: { format, machine } or null.
 * Enough to tell an ELF/PE/Mach-O file for one CPU from another; not a full parser.
 */
export function describeBinary(bytes) {
  if (bytes.length >= 20 && bytes.readUInt32BE(0) === 0x7f454c46) {
    const little = bytes[5] === 1;
    return { format: 'elf', machine: little ? bytes.readUInt16LE(18) : bytes.readUInt16BE(18) };
  }
  if (bytes.length >= 64 && bytes.toString('latin1', 0, 2) === 'MZ') {
    const pe = bytes.readUInt32LE(0x3c);
    if (pe + 6 <= bytes.length && bytes.toString('latin1', pe, pe + 4) === 'PE\0\0') return { format: 'pe', machine: bytes.readUInt16LE(pe + 4) };
    return { format: 'pe', machine: null };
  }
  if (bytes.length >= 8) {
    const magic = bytes.readUInt32LE(0);
    if (magic === 0xfeedfacf || magic === 0xfeedface) return { format: 'macho', machine: bytes.readUInt32LE(4) };
    if (bytes.readUInt32BE(0) === 0xcafebabe) return { format: 'macho-universal', machine: null };
  }
  return null;
}

/** Why `bytes` cannot be the native module of a `platform`/`arch` package, or null when it can. */
export function binaryProblem(bytes, platform, arch) {
  const found = describeBinary(bytes);
  const wanted = platform === 'win32' ? 'pe' : platform === 'darwin' || platform === 'mas' ? 'macho' : 'elf';
  if (!found) return `it is not a native module (no ELF, PE or Mach-O header)`;
  if (found.format === 'macho-universal') return wanted === 'macho' ? null : `it is a macOS universal binary, not for ${platform}`;
  if (found.format !== wanted) return `it is a ${found.format.toUpperCase()} file, but ${platform} needs ${wanted.toUpperCase()}`;
  const expected = MACHINES[wanted][arch];
  if (expected !== undefined && found.machine !== null && found.machine !== expected) {
    const actual = Object.entries(MACHINES[wanted]).find(([, value]) => value === found.machine)?.[0] ?? `machine 0x${found.machine.toString(16)}`;
    return `it is built for ${actual}, but this package is for ${arch}`;
  }
  return null;
}

function electronVersionOf(context) {
  const version = context.packager.info?.framework?.version ?? context.packager.config?.electronVersion;
  if (!version) throw new PackagingError('Packaging: cannot tell which Electron version is being packaged.');
  return version;
}

/** The .native build for this package, checked; throws a PackagingError naming the fix. */
export function locateNativeBuild(context) {
  const version = electronVersionOf(context);
  const projectDir = context.packager.info?.projectDir ?? context.packager.projectDir ?? process.cwd();
  const nativeRoot = path.resolve(process.env.CONVENE_NATIVE_ROOT || path.join(projectDir, '.native'));
  const source = path.join(nativeRoot, `electron-${version}`, NODE_FILE);
  const platform = context.electronPlatformName;
  const arch = ARCH_NAMES[context.arch] ?? String(context.arch);
  const inside = path.relative(projectDir, source);
  const shown = inside && !inside.startsWith('..') && !path.isAbsolute(inside) ? inside : source;
  if (!fs.existsSync(source)) {
    throw new PackagingError(
      `Packaging stopped: the Electron build of better-sqlite3 is missing (${shown}). Run node scripts/prepare-electron-native.mjs first (npm run dist does), on a machine that can download Electron ${version}'s headers.`,
    );
  }
  const fd = fs.openSync(source, 'r');
  const head = Buffer.alloc(4096);
  let read;
  try {
    read = fs.readSync(fd, head, 0, head.length, 0);
  } finally {
    fs.closeSync(fd);
  }
  const problem = binaryProblem(head.subarray(0, read), platform, arch);
  if (problem) {
    throw new PackagingError(
      `Packaging stopped: ${shown} cannot go into a ${platform}-${arch} package: ${problem}. Build each installer on its own OS and architecture (npm run dist there).`,
    );
  }
  return { source, version, relative: path.join('.native', `electron-${version}`, NODE_FILE) };
}

export async function beforePack(context) {
  const { source } = locateNativeBuild(context);
  console.log(`  • better-sqlite3 for Electron  file=${source}`);
}

export async function afterPack(context) {
  const { source, relative } = locateNativeBuild(context);
  const resources = context.packager.getResourcesDir(context.appOutDir);
  const asarFile = path.join(resources, 'app.asar');
  if (fs.existsSync(asarFile)) {
    const { listPackage } = await import('@electron/asar');
    const strays = listPackage(asarFile, { isPack: false }).filter((entry) => entry.replace(/\\/g, '/').includes('/better-sqlite3/build/'));
    if (strays.length > 0) {
      throw new PackagingError(`Packaging stopped: app.asar holds better-sqlite3's Node build (${strays[0]}); check the files patterns in electron-builder.yml.`);
    }
  }
  const target = path.join(resources, 'app.asar.unpacked', relative);
  fs.mkdirSync(path.dirname(target), { recursive: true });
  fs.copyFileSync(source, target);
  if (fs.statSync(target).size !== fs.statSync(source).size) throw new PackagingError(`Packaging stopped: copying ${source} to ${target} was incomplete.`);
  console.log(`  • better-sqlite3 for Electron in place  file=${target}`);
}
