import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * electron-builder cannot package here (it needs an Electron distribution and downloads its tools),
 * so its configuration is checked the way electron-builder itself checks it before building: loaded
 * from electron-builder.yml and validated against its schema. Plus the few settings that keep the
 * Electron build of better-sqlite3 apart from the Node one.
 */
const require = createRequire(path.resolve('package.json'));

interface BuilderConfig {
  appId?: string;
  productName?: string;
  npmRebuild?: boolean;
  nodeGypRebuild?: boolean;
  asarUnpack?: string[];
  beforePack?: string;
  afterPack?: string;
  extraMetadata?: { main?: string };
  directories?: { output?: string; buildResources?: string };
  files?: { filter: string[] }[];
  electronFuses?: Record<string, boolean>;
  fileAssociations?: { ext: string; name: string; mimeType?: string }[];
  linux?: { target?: string[]; icon?: string };
  win?: { target?: string[]; icon?: string };
  mac?: { target?: string[]; icon?: string };
}

async function loadConfig(): Promise<BuilderConfig> {
  const { getConfig } = require('app-builder-lib/out/util/config/config') as {
    getConfig(projectDir: string, configPath: string | null, fromOptions: null): Promise<BuilderConfig>;
  };
  return getConfig(process.cwd(), 'electron-builder.yml', null);
}

describe('electron-builder.yml', () => {
  it("passes electron-builder's own schema validation", async () => {
    const { validateConfiguration } = require('app-builder-lib/out/util/config/config') as {
      validateConfiguration(config: BuilderConfig, logger: unknown): Promise<void>;
    };
    const { DebugLogger } = require('builder-util') as { DebugLogger: new (enabled: boolean) => unknown };
    await expect(validateConfiguration(await loadConfig(), new DebugLogger(false))).resolves.toBeUndefined();
  });

  it('ships the Electron build of better-sqlite3 unpacked and never rebuilds node_modules', async () => {
    const config = await loadConfig();
    const pkg = JSON.parse(fs.readFileSync('package.json', 'utf8')) as { main: string };
    expect(config).toMatchObject({ appId: 'cn.convene.app', productName: 'Convene', npmRebuild: false, nodeGypRebuild: false, directories: { output: 'release' } });
    expect(config.asarUnpack).toEqual(expect.arrayContaining(['.native/**', '**/*.node']));
    // The hooks put .native/electron-<version>/better_sqlite3.node in app.asar.unpacked (test/unit/packaging.test.ts).
    expect(config.beforePack).toBe('./scripts/electron-builder-hooks.mjs');
    expect(config.afterPack).toBe('./scripts/electron-builder-hooks.mjs');
    const hooks = (await import(pathToFileURL(path.resolve('scripts/electron-builder-hooks.mjs')).href)) as Record<string, unknown>;
    expect(typeof hooks.beforePack).toBe('function');
    expect(typeof hooks.afterPack).toBe('function');
    expect(config.files?.[0]?.filter).toEqual(
      expect.arrayContaining(['dist/**', 'package.json', '!**/*.map', '!node_modules/better-sqlite3/build/**', '!node_modules/better-sqlite3/src/**']),
    );
    expect(config.extraMetadata?.main).toBe('dist/main/app/main.js');
    expect(pkg.main).toBe(config.extraMetadata?.main);
    expect(config.linux?.target).toEqual(['AppImage', 'deb']);
    expect(config.win?.target).toEqual(['nsis']);
    expect(config.mac?.target).toEqual(['dmg']);
  });

  it('ships exactly the font files the PDF embeds, not the whole @fontsource packages', async () => {
    const { minimatch } = require('minimatch') as typeof import('minimatch');
    const { FONT_FILES } = await import('../../main/export/pdf/fonts.js');
    const negatives = (config: BuilderConfig) => (config.files?.[0]?.filter ?? []).filter((p) => p.startsWith('!')).map((p) => p.slice(1));
    const excludes = negatives(await loadConfig());
    const shipped = (file: string) => !excludes.some((pattern) => minimatch(file, pattern, { dot: true }));
    const root = path.resolve('node_modules/@fontsource');
    const fontFiles = fs
      .readdirSync(root)
      .flatMap((pkg) => fs.readdirSync(path.join(root, pkg, 'files')).map((name) => `node_modules/@fontsource/${pkg}/files/${name}`));
    expect(fontFiles.length).toBeGreaterThan(100);
    expect(fontFiles.filter(shipped).sort()).toEqual(FONT_FILES.map((f) => `node_modules/${f}`).sort());
    const bytes = FONT_FILES.reduce((sum, f) => sum + fs.statSync(path.resolve('node_modules', f)).size, 0);
    expect(bytes).toBeLessThan(8 * 1024 * 1024);
    // What the font loader resolves through: each package's package.json (its exports) and licence stay.
    for (const pkg of ['noto-serif-sc', 'noto-sans-sc']) {
      expect(shipped(`node_modules/@fontsource/${pkg}/package.json`)).toBe(true);
      expect(shipped(`node_modules/@fontsource/${pkg}/LICENSE`)).toBe(true);
      expect(shipped(`node_modules/@fontsource/${pkg}/index.css`)).toBe(false);
    }
  });

  it('turns the risky Electron fuses off and asar-only loading on', async () => {
    const config = await loadConfig();
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      onlyLoadAppFromAsar: true,
      enableEmbeddedAsarIntegrityValidation: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('associates .convene files with the app and takes every icon from build/icons', async () => {
    const config = await loadConfig();
    expect(config.fileAssociations).toEqual([expect.objectContaining({ ext: 'convene', name: 'Convene bundle' })]);
    expect(config.directories?.buildResources).toBe('build');
    expect(config.linux?.icon).toBe('build/icons');
    expect(config.win?.icon).toBe('build/icons/icon.ico');
    expect(config.mac?.icon).toBe('build/icons/icon.icns');
    for (const file of [config.win!.icon!, config.mac!.icon!]) expect(fs.existsSync(file), file).toBe(true);
  });
});
