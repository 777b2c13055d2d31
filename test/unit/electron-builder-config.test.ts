import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
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
  asarUnpack?: string[];
  extraMetadata?: { main?: string };
  directories?: { output?: string };
  files?: { filter: string[] }[];
  linux?: { target?: string[] };
  win?: { target?: string[] };
  mac?: { target?: string[] };
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
    expect(config).toMatchObject({ appId: 'cn.convene.app', productName: 'Convene', npmRebuild: false, directories: { output: 'release' } });
    expect(config.asarUnpack).toEqual(expect.arrayContaining(['.native/**', '**/*.node']));
    expect(config.files?.[0]?.filter).toEqual(expect.arrayContaining(['dist/**', 'package.json', '.native/**']));
    expect(config.extraMetadata?.main).toBe('dist/main/app/main.js');
    expect(pkg.main).toBe(config.extraMetadata?.main);
    expect(config.linux?.target).toEqual(['AppImage', 'deb']);
    expect(config.win?.target).toEqual(['nsis']);
    expect(config.mac?.target).toEqual(['dmg']);
  });
});
