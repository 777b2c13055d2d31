/**
 * Child process of the migration crash test: opens a database that is one version behind with a
 * deliberately slow next migration, so the parent can kill it half-way through.
 */
import { MIGRATIONS, type Migration } from '../../main/db/migrations/index.js';
import { openDatabase } from '../../main/db/open.js';

const [file, backupDir] = process.argv.slice(2) as [string, string];
const slow: Migration = {
  version: MIGRATIONS.length + 1,
  name: 'slow-test-step',
  up: (db) =>
    db.exec(`CREATE TABLE slow_step (n INTEGER) STRICT;
        WITH RECURSIVE c(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM c WHERE n < 30000000) INSERT INTO slow_step SELECT n FROM c;`),
};
process.stdout.write('MIGRATING\n');
openDatabase({ file, backupDir, migrations: [...MIGRATIONS, slow] });
process.stdout.write('DONE\n');
