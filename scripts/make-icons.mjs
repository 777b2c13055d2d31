#!/usr/bin/env node
// Renders Convene's icons from the one source image, build/icon.svg, into build/icons/:
//   <N>x<N>.png for N in ICON_SIZES  (Linux: electron-builder's `linux.icon: build/icons` reads these by name)
//   icon.ico                          (Windows: the executable, the installer, .convene files)
//   icon.icns                         (macOS: the app bundle and the dmg)
// The generated files are committed, so packaging never needs this script (nor sharp); run it after
// editing the SVG: `node scripts/make-icons.mjs`. `--check` only verifies the set is complete.
//
// sharp (libvips, prebuilt for each platform) rasterises the SVG once at 1024 px and downsamples it
// with Lanczos for every size; png2icons (pure JavaScript) packs the .ico and the .icns.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const ICON_SOURCE = path.join(root, 'build', 'icon.svg');
export const ICON_DIR = path.join(root, 'build', 'icons');
export const ICON_SIZES = [16, 24, 32, 48, 64, 128, 256, 512, 1024];
export const ICON_FILES = [...ICON_SIZES.map((n) => `${n}x${n}.png`), 'icon.ico', 'icon.icns'];

export async function makeIcons({ source = ICON_SOURCE, outDir = ICON_DIR } = {}) {
  const { default: sharp } = await import('sharp');
  const { default: png2icons } = await import('png2icons');
  const svg = fs.readFileSync(source);
  fs.mkdirSync(outDir, { recursive: true });
  const master = await sharp(svg, { density: 72 }).resize(1024, 1024).png().toBuffer();
  const written = [];
  for (const size of ICON_SIZES) {
    const file = path.join(outDir, `${size}x${size}.png`);
    const png = size === 1024 ? master : await sharp(master).resize(size, size, { kernel: 'lanczos3' }).png({ compressionLevel: 9 }).toBuffer();
    fs.writeFileSync(file, png);
    written.push(file);
  }
  // forWinExe: PNG entries from 64 px up, BMP below (what Windows Explorer shows reliably everywhere).
  const ico = png2icons.createICO(master, png2icons.BICUBIC2, 0, true, true);
  const icns = png2icons.createICNS(master, png2icons.BICUBIC2, 0);
  if (!ico || !icns) throw new Error('png2icons could not pack the .ico/.icns');
  fs.writeFileSync(path.join(outDir, 'icon.ico'), ico);
  fs.writeFileSync(path.join(outDir, 'icon.icns'), icns);
  written.push(path.join(outDir, 'icon.ico'), path.join(outDir, 'icon.icns'));
  return written;
}

/** The icon files that are missing or older than the SVG they come from. */
export function staleIcons({ source = ICON_SOURCE, outDir = ICON_DIR } = {}) {
  const sourceTime = fs.statSync(source).mtimeMs;
  return ICON_FILES.filter((name) => {
    const file = path.join(outDir, name);
    return !fs.existsSync(file) || fs.statSync(file).mtimeMs < sourceTime;
  });
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const check = process.argv.includes('--check');
  try {
    if (check) {
      const stale = staleIcons();
      if (stale.length > 0) {
        console.error(`Icons out of date with build/icon.svg: ${stale.join(', ')}; run node scripts/make-icons.mjs`);
        process.exitCode = 1;
      } else {
        console.log(`Icons up to date: ${ICON_FILES.length} files in build/icons/`);
      }
    } else {
      const written = await makeIcons();
      console.log(`Wrote ${written.length} icons to ${path.relative(process.cwd(), ICON_DIR) || ICON_DIR}`);
    }
  } catch (error) {
    console.error(`Making the icons failed: ${error?.message ?? error}`);
    process.exitCode = 1;
  }
}
