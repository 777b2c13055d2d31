/**
 * Reads a channel's zod input schema the way a well-behaved caller would fill it: a valid-shaped
 * input (every field present, each with a value its checks accept) and the list of its string
 * fields with the checks each declares. The hostile-input test puts one bad value into one real
 * field, so the refusal comes from the check it names, not from the shape around it.
 */
import type { z } from 'zod';

type Def = {
  type: string;
  shape?: Record<string, z.ZodType>;
  innerType?: z.ZodType;
  in?: z.ZodType;
  element?: z.ZodType;
  entries?: Record<string, string>;
  format?: string;
  checks?: { _zod: { def: CheckDef } }[];
};
type CheckDef = { check: string; format?: string; pattern?: RegExp; maximum?: number; minimum?: number; value?: number; inclusive?: boolean; error?: (issue: object) => unknown };

const defOf = (schema: z.ZodType) => (schema as unknown as { _zod: { def: Def } })._zod.def;
const checksOf = (def: Def) => (def.checks ?? []).map((check) => check._zod.def);

/** A string field: where it is, and what its schema checks. */
export interface StringField {
  path: (string | number)[];
  /** max_length, if any. */
  max: number | null;
  /** A regex or a string format (id, date, time, instant, file name, cursor): hostile text breaks it. */
  formatted: boolean;
  /** The codes of its refinements (control_character, invisible_control, lone_surrogate, invalid_format, …). */
  refinements: string[];
}

/** Examples for the formats the contract uses; a new format fails loudly until it has one here. */
function formattedExample(def: Def, key: string): string | null {
  const regex = checksOf(def).find((c) => c.format === 'regex')?.pattern?.source;
  if (regex === '^[A-Za-z0-9_-]+$') return 'x';
  if (regex === '^\\d{4}-\\d{2}-\\d{2}$') return '2027-01-11';
  if (regex === '^([01]\\d|2[0-3]):[0-5]\\d$') return key === 'endTime' ? '12:00' : '09:00';
  if (regex === '^[0-9T:.+\\-Z]{1,40}~[0-9]{1,18}$') return '2027-01-11T09:00:00.000Z~1';
  if (regex === '^[A-Za-z0-9._-]+\\.db$') return 'x.db';
  if (regex === '^[0-9A-Za-z -]+$') return '0000-0000-00';
  if (regex === '^(\\[[0-9a-fA-F:.]+\\]|[A-Za-z0-9.-]+):\\d{1,5}$') return '127.0.0.1:9';
  if (regex !== undefined) throw new Error(`no example for the format /${regex}/ of '${key}'`);
  if (def.format === 'datetime') return '2027-01-11T09:00:00Z';
  if (def.format !== undefined) throw new Error(`no example for the string format ${def.format} of '${key}'`);
  return null;
}

const codeOf = (check: CheckDef) => String(check.error?.({}) ?? 'custom');

function stringField(def: Def, path: (string | number)[]): StringField {
  const checks = checksOf(def);
  return {
    path,
    max: checks.find((c) => c.check === 'max_length')?.maximum ?? null,
    formatted: checks.some((c) => c.format === 'regex') || def.format !== undefined,
    refinements: checks.filter((c) => c.check === 'custom').map(codeOf),
  };
}

/** Walks a schema: the value a valid caller sends, and every string field met on the way. */
function walk(schema: z.ZodType, path: (string | number)[], fields: StringField[]): unknown {
  const def = defOf(schema);
  const key = String(path.at(-1) ?? '');
  switch (def.type) {
    case 'object':
      return Object.fromEntries(Object.entries(def.shape!).map(([name, inner]) => [name, walk(inner, [...path, name], fields)]));
    case 'optional':
    case 'nullable':
    case 'default':
      return walk(def.innerType!, path, fields);
    case 'pipe':
      return walk(def.in!, path, fields);
    case 'array':
      return [walk(def.element!, [...path, 0], fields)];
    case 'enum':
      return Object.values(def.entries!)[0];
    case 'boolean':
      return false;
    case 'number': {
      const floor = checksOf(def).find((c) => c.check === 'greater_than');
      return floor ? (floor.inclusive ? floor.value! : floor.value! + 1) : 1;
    }
    case 'string': {
      fields.push(stringField(def, path));
      const min = checksOf(def).find((c) => c.check === 'min_length')?.minimum ?? 1;
      // A base64 payload (bundle.import) is refined, not formatted: four characters of its alphabet.
      return formattedExample(def, key) ?? 'A'.repeat(Math.max(4, min));
    }
    case 'literal':
      return (def as unknown as { values: unknown[] }).values[0];
    case 'union': {
      // The last option a caller could send (z.union([z.literal(''), isoDate]): a date). Its string
      // fields are not listed: a refusal there is the union's (invalid_union), not the inner check's.
      const options = (def as unknown as { options: z.ZodType[] }).options;
      return walk(options[options.length - 1]!, path, []);
    }
    default:
      throw new Error(`no example for a ${def.type} at '${path.join('.')}'`);
  }
}

export interface Shape {
  /** Every field present with a valid value (fields that exclude each other: see validInputs). */
  input: Record<string, unknown>;
  fields: StringField[];
}

export function shapeOf(schema: z.ZodType): Shape {
  const fields: StringField[] = [];
  const input = walk(schema, [], fields) as Record<string, unknown>;
  return { input, fields };
}

/**
 * A valid input that contains `path`: the full shape, or, where two optional fields exclude each
 * other (a session or a programme, not both), the full shape less one top-level field not on the path.
 */
export function validInputWith(schema: z.ZodType, shape: Shape, path: (string | number)[]): Record<string, unknown> | null {
  if (schema.safeParse(shape.input).success) return shape.input;
  for (const name of Object.keys(shape.input)) {
    if (name === path[0]) continue;
    const { [name]: _dropped, ...rest } = shape.input;
    if (schema.safeParse(rest).success) return rest;
  }
  return null;
}

/** A copy of `input` with `value` at `path`. */
export function withValue(input: Record<string, unknown>, path: (string | number)[], value: unknown): Record<string, unknown> {
  const copy = structuredClone(input);
  let at: Record<string | number, unknown> = copy;
  for (const step of path.slice(0, -1)) at = at[step] as Record<string | number, unknown>;
  at[path.at(-1)!] = value;
  return copy;
}
