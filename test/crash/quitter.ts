/**
 * Child process of the quit-backup tests: opens a data folder and closes it as the app does at
 * quit (the at-quit backup, then the database closes), so the parent can kill it half-way through
 * the backup, or run it with a file-size limit (a full disk for everything it writes).
 */
import { openRuntime } from '../../main/service/runtime.js';

const [dataDir] = process.argv.slice(2) as [string];
const runtime = openRuntime({ dataDir });
process.stdout.write('QUITTING\n');
try {
  runtime.close();
  process.stdout.write('DONE\n');
} catch (error) {
  process.stdout.write(`FAILED ${(error as { code?: string }).code ?? ''} ${(error as Error).message}\n`);
  process.exitCode = 3;
}
