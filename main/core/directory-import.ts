import { AppError } from '../../shared/contract/result.js';
import {
  parseDirectoryRows,
  type DirectoryCandidate,
  type DirectoryFileRow,
  type ImportCounts,
  type ImportPreview,
  type ImportPreviewRow,
} from '../../shared/directory-import.js';
import type { PersonCategory, UnitKind } from '../../shared/domain.js';
import type { CoreContext, HandlerMap, ReadContext } from './context.js';
import { placeMany, PERSON_ORDER, UNIT_ORDER } from './precedence.js';
import { stampedAt, writeRow } from './row-writer.js';
import { nowIso } from './sql.js';

/** A unit the import will create: from a unit-only row, or (with createUnits) from the first row naming it. */
interface NewUnit {
  key: string;
  name: string;
  shortName: string;
  kind: UnitKind;
  /** Its place in the protocol order (排序) when a unit-only row gives it. */
  order: number | null;
}

/** Where a row's person goes: an existing unit, a unit the import creates, or none. */
type UnitTarget = { existing: string; name: string } | { created: NewUnit } | null;

interface PersonToAdd {
  name: string;
  position: string;
  category: PersonCategory;
  unit: UnitTarget;
  /** Their place in the protocol order (排序), when the row gives it. */
  order: number | null;
}

export interface ImportPlan {
  preview: ImportPreview;
  units: NewUnit[];
  people: PersonToAdd[];
}

interface LiveUnit {
  id: string;
  name: string;
  short_name: string;
}

/**
 * Each row as it would be saved, against the live directory. Units are matched by name, then by
 * short name (a short name two units share is refused as ambiguous). A duplicate is the same name
 * in the same unit as a live person, or as an earlier row. Reads only: the preview and the import
 * both run it, so the import writes exactly what the preview showed.
 */
export function planImport(ctx: ReadContext, rows: string[][], createUnits: boolean): ImportPlan {
  const sheet = parseDirectoryRows(rows);
  if (!sheet.ok) {
    throw new AppError('validation', undefined, [{ path: 'rows', code: sheet.problem, ...(sheet.limit ? { limit: sheet.limit } : {}) }]);
  }
  const units = ctx.db.prepare('SELECT id, name, short_name FROM unit WHERE deleted_at IS NULL').all() as LiveUnit[];
  const byName = new Map(units.map((u) => [u.name, u]));
  const byShortName = new Map<string, LiveUnit[]>();
  for (const unit of units) {
    if (unit.short_name) byShortName.set(unit.short_name, [...(byShortName.get(unit.short_name) ?? []), unit]);
  }
  const created = new Map<string, NewUnit>();
  const createdByShortName = new Map<string, NewUnit>();
  const matched = new Set<string>();
  const taken = new Set(
    (ctx.db.prepare('SELECT name, unit_id FROM person WHERE deleted_at IS NULL').all() as { name: string; unit_id: string | null }[]).map(
      (p) => `${p.unit_id ?? ''}\u0000${p.name}`,
    ),
  );
  const seen = new Set<string>();
  const people: PersonToAdd[] = [];
  const previews: ImportPreviewRow[] = [];

  const byText = (text: string): LiveUnit | 'ambiguous' | undefined => {
    const named = byName.get(text);
    if (named) return named;
    const short = byShortName.get(text) ?? [];
    return short.length > 1 ? 'ambiguous' : short[0];
  };
  // The unit column first; where it names no unit here, the short-name column ("发改委" written out differently).
  const existingUnit = (c: DirectoryCandidate) => byText(c.unit) ?? (c.shortName && c.shortName !== c.unit ? byText(c.shortName) : undefined);
  const createdUnit = (text: string) => created.get(text) ?? createdByShortName.get(text);
  const addUnit = (c: DirectoryCandidate): NewUnit => {
    const unit: NewUnit = {
      key: `new:${c.unit}`,
      name: c.unit,
      shortName: c.shortName && c.shortName !== c.unit ? c.shortName : '',
      kind: c.unitKind ?? 'other',
      // A person's row gives the person's place, not their unit's.
      order: c.kind === 'unit' ? c.order : null,
    };
    created.set(unit.name, unit);
    if (unit.shortName && !createdByShortName.has(unit.shortName)) createdByShortName.set(unit.shortName, unit);
    return unit;
  };
  const row = (c: DirectoryCandidate, fields: Partial<ImportPreviewRow>): ImportPreviewRow => ({
    line: c.line,
    kind: c.kind,
    name: c.name,
    position: c.position,
    category: c.category ?? 'other',
    unitName: c.unit,
    unitStatus: c.unit ? 'new' : 'none',
    order: c.order,
    status: 'new',
    reason: null,
    ...fields,
  });
  const bad = (c: DirectoryCandidate, problem: NonNullable<DirectoryCandidate['problem']>) =>
    row(c, { status: 'bad', reason: problem.reason, ...(problem.field ? { field: problem.field } : {}), ...(problem.value ? { value: problem.value } : {}) });

  // Rows that only name a unit first: people further up the sheet may belong to them.
  for (const c of sheet.candidates.filter((x) => x.kind === 'unit')) {
    if (c.problem) {
      previews.push(bad(c, c.problem));
      continue;
    }
    const found = existingUnit(c);
    if (found === 'ambiguous') previews.push(bad(c, { reason: 'unit_ambiguous', field: 'unit', value: c.unit }));
    else if (found) {
      matched.add(found.id);
      previews.push(row(c, { status: 'matched', unitName: found.name, unitStatus: 'matched' }));
    } else if (createdUnit(c.unit)) previews.push(row(c, { status: 'duplicate', reason: 'duplicate_in_file', unitStatus: 'new' }));
    else {
      addUnit(c);
      previews.push(row(c, { status: 'new', unitStatus: 'new' }));
    }
  }

  for (const c of sheet.candidates.filter((x) => x.kind === 'person')) {
    if (c.problem) {
      previews.push(bad(c, c.problem));
      continue;
    }
    let target: UnitTarget = null;
    if (c.unit) {
      const found = existingUnit(c);
      const pending = found ? undefined : createdUnit(c.unit);
      if (found === 'ambiguous') {
        previews.push(bad(c, { reason: 'unit_ambiguous', field: 'unit', value: c.unit }));
        continue;
      }
      if (found) target = { existing: found.id, name: found.name };
      else if (pending) target = { created: pending };
      else if (!createUnits) {
        previews.push(bad(c, { reason: 'unit_unknown', field: 'unit', value: c.unit }));
        continue;
      }
    }
    // A unit this row would create is keyed as the created one will be, so a later row naming it is a duplicate.
    const unitKey = target === null ? (c.unit ? `new:${c.unit}` : '') : 'existing' in target ? target.existing : target.created.key;
    const key = `${unitKey}\u0000${c.name}`;
    // The unit as it will be saved: an existing one's full name, or the name of the one this import creates.
    const unitFields: Partial<ImportPreviewRow> =
      target === null ? {} : 'existing' in target ? { unitName: target.name, unitStatus: 'matched' } : { unitName: target.created.name };
    if (taken.has(key)) previews.push(row(c, { ...unitFields, status: 'duplicate', reason: 'duplicate_existing' }));
    else if (seen.has(key)) previews.push(row(c, { ...unitFields, status: 'duplicate', reason: 'duplicate_in_file' }));
    else {
      // Only now, for a row that will be saved, is a missing unit created.
      if (c.unit && target === null) target = { created: addUnit(c) };
      if (target && 'existing' in target) matched.add(target.existing);
      seen.add(key);
      people.push({ name: c.name, position: c.position, category: c.category ?? 'other', unit: target, order: c.order });
      previews.push(row(c, { ...unitFields, status: 'new' }));
    }
  }

  previews.sort((a, b) => a.line - b.line);
  const counts: ImportCounts = {
    peopleAdded: people.length,
    unitsAdded: created.size,
    unitsMatched: matched.size,
    duplicates: previews.filter((p) => p.status === 'duplicate').length,
    refused: previews.filter((p) => p.status === 'bad').length,
  };
  return { preview: { rows: previews, counts }, units: [...created.values()], people };
}

/**
 * Writes a plan: the caller's transaction makes it all or nothing. Rows go through the same checked
 * writer as the sample's; then every new unit and person takes its place in the protocol order at
 * once (the file's 排序 where it gives one). Returns the new rows' ids.
 */
function writePlan(ctx: CoreContext, plan: ImportPlan, at: string): { personIds: string[]; unitIds: string[] } {
  const unitIds = new Map<NewUnit, string>();
  for (const unit of plan.units) {
    const id = ctx.newId();
    writeRow(ctx.db, 'unit', { id, name: unit.name, short_name: unit.shortName, kind: unit.kind, ...stampedAt(at) });
    unitIds.set(unit, id);
  }
  const personIds: string[] = [];
  for (const person of plan.people) {
    const id = ctx.newId();
    const unitId = person.unit === null ? null : 'existing' in person.unit ? person.unit.existing : unitIds.get(person.unit.created)!;
    writeRow(ctx.db, 'person', {
      id,
      name: person.name,
      position: person.position,
      unit_id: unitId,
      category: person.category,
      ...stampedAt(at),
    });
    personIds.push(id);
  }
  placeMany(ctx, 'unit', plan.units.map((unit) => ({ id: unitIds.get(unit)!, place: unit.order })));
  placeMany(ctx, 'person', plan.people.map((person, i) => ({ id: personIds[i]!, place: person.order })));
  return { personIds, unitIds: [...unitIds.values()] };
}

/**
 * The live directory in the shape the import reads: first one row per unit, then one per person,
 * each in protocol order with its place (排序), so a file exported here and imported into an empty
 * data folder gives the same directory in the same order.
 */
export function directoryRows(ctx: ReadContext): DirectoryFileRow[] {
  const units = ctx.db
    .prepare(`SELECT u.name, u.short_name, u.kind FROM unit u WHERE u.deleted_at IS NULL ORDER BY ${UNIT_ORDER}`)
    .all() as { name: string; short_name: string; kind: UnitKind }[];
  const people = ctx.db
    .prepare(
      `SELECT pe.name, pe.position, pe.category, pu.name AS unit, pu.short_name, pu.kind
         FROM person pe LEFT JOIN unit pu ON pu.id = pe.unit_id AND pu.deleted_at IS NULL
        WHERE pe.deleted_at IS NULL ORDER BY ${PERSON_ORDER}`,
    )
    .all() as { name: string; position: string; category: DirectoryFileRow['category']; unit: string | null; short_name: string | null; kind: UnitKind | null }[];
  return [
    ...units.map((u, i) => ({ order: i + 1, name: '', unit: u.name, shortName: u.short_name, unitKind: u.kind, position: '', category: null })),
    ...people.map((p, i) => ({
      order: i + 1,
      name: p.name,
      unit: p.unit ?? '',
      shortName: p.short_name ?? '',
      unitKind: p.kind,
      position: p.position,
      category: p.category,
    })),
  ];
}

export const directoryHandlers: HandlerMap<'directory'> = {
  'directory.importPreview': (input, ctx) => planImport(ctx, input.rows, input.createUnits ?? false).preview,

  'directory.import': (input, ctx) => {
    const plan = planImport(ctx, input.rows, input.createUnits ?? false);
    const at = nowIso(ctx);
    const ids = writePlan(ctx, plan, at);
    if (ids.unitIds.length > 0) ctx.changed('unit');
    if (ids.personIds.length > 0) ctx.changed('person');
    return {
      undo: { at, ...ids },
      counts: plan.preview.counts,
      skipped: plan.preview.rows.filter((r) => r.status === 'duplicate' || r.status === 'bad'),
    };
  },

  'directory.undoImport': (input, ctx) => {
    const deletedAt = nowIso(ctx);
    // Only rows that import made (same id, same creation stamp) and that are still live.
    const trashPerson = ctx.db.prepare('UPDATE person SET deleted_at = ? WHERE id = ? AND created_at = ? AND deleted_at IS NULL');
    const people = input.personIds.reduce((n, id) => n + trashPerson.run(deletedAt, id, input.at).changes, 0);
    // A unit someone has since been added to stays: trashing it would leave that person unitless in effect.
    const trashUnit = ctx.db.prepare(
      `UPDATE unit SET deleted_at = ? WHERE id = ? AND created_at = ? AND deleted_at IS NULL
         AND NOT EXISTS (SELECT 1 FROM person pe WHERE pe.unit_id = unit.id AND pe.deleted_at IS NULL)`,
    );
    const units = input.unitIds.reduce((n, id) => n + trashUnit.run(deletedAt, id, input.at).changes, 0);
    if (people > 0) {
      ctx.changed('person');
      ctx.changed('attendance');
    }
    if (units > 0) ctx.changed('unit');
    if (people + units > 0) ctx.changed('trash');
    return { people, units };
  },
};
