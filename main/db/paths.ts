import path from 'node:path';

export const DATA_DIR_ENV = 'CONVENE_DATA_DIR';

export interface DataPaths {
  dataDir: string;
  databaseFile: string;
  backupDir: string;
}

/** `--data DIR` or `--data=DIR` wins, then CONVENE_DATA_DIR, then the platform default (Electron's userData). */
export function resolveDataDir(argv: readonly string[], env: NodeJS.ProcessEnv, fallback: string): string {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--data' && argv[i + 1]) return path.resolve(argv[i + 1]!);
    if (arg.startsWith('--data=')) return path.resolve(arg.slice('--data='.length));
  }
  const fromEnv = env[DATA_DIR_ENV];
  if (fromEnv && fromEnv.trim()) return path.resolve(fromEnv);
  return path.resolve(fallback);
}

export function dataPaths(dataDir: string): DataPaths {
  return {
    dataDir,
    databaseFile: path.join(dataDir, 'convene.db'),
    backupDir: path.join(dataDir, 'backups'),
  };
}
