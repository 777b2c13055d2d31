import type { FieldIssue } from '../../shared/contract/result.js';
import type { Manifest } from './manifest.js';
import type { BundleData } from './read.js';
import { refuse } from './refusal.js';
import { TABLES, rowKey } from './tables.js';

const MAX_ISSUES = 20;

/**
 * A bundle holds one programme (and, for a session bundle, one stage and one session), and every
 * row it carries belongs to it: its owner (a note's session, a stage's programme) is in the same
 * bundle. So importing can add to the programme it names and nowhere else. Keys are unique, and
 * so are the names of live units (the database would otherwise drop the second silently).
 */
export function checkScope(manifest: Manifest, data: BundleData): void {
  const issues: FieldIssue[] = [];
  const add = (path: string, code: string) => {
    if (issues.length < MAX_ISSUES) issues.push({ path, code });
  };

  const { kind, id } = manifest.scope;
  if (data.programme.length !== 1) add('programme', 'outside_scope');
  if (kind === 'programme' && data.programme[0]?.id !== id) add('scope.id', 'outside_scope');
  if (kind === 'session' && (data.session.length !== 1 || data.session[0]!.id !== id || data.stage.length !== 1)) {
    add('scope.id', 'outside_scope');
  }

  const keys = new Map<string, Set<string>>();
  for (const spec of TABLES) {
    const seen = new Set<string>();
    data[spec.name].forEach((row, index) => {
      const key = rowKey(spec, row);
      if (seen.has(key)) add(`${spec.name}.${index}`, 'duplicate_row');
      seen.add(key);
    });
    keys.set(spec.name, seen);
  }
  const liveUnitNames = new Set<string>();
  data.unit.forEach((unit, index) => {
    if (unit.deleted_at !== null) return;
    if (liveUnitNames.has(unit.name as string)) add(`unit.${index}.name`, 'duplicate_row');
    liveUnitNames.add(unit.name as string);
  });

  for (const spec of TABLES) {
    if (!spec.owner) continue;
    const { column, table } = spec.owner;
    const owners = keys.get(table)!;
    data[spec.name].forEach((row, index) => {
      if (!owners.has(String(row[column]))) add(`${spec.name}.${index}.${column}`, 'outside_scope');
    });
  }
  if (issues.length > 0) throw refuse('bundle_invalid', {}, issues);
}
