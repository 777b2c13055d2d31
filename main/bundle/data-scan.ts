import type { FieldIssue } from '../../shared/contract/result.js';
import { LIMITS } from './format.js';
import type { Manifest } from './manifest.js';
import { prefixed } from './manifest.js';
import { refuse } from './refusal.js';

/** data.json is an object of tables (depth 1), each an array (depth 2) of flat rows (depth 3). */
const TABLES_DEPTH = 1;
const ROWS_DEPTH = 2;
const ROW_DEPTH = 3;
/** More members than any row has columns (or data.json has tables), with room to spare. */
const MAX_MEMBERS = 64;

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const OPEN_OBJECT = 0x7b;
const CLOSE_OBJECT = 0x7d;
const OPEN_ARRAY = 0x5b;
const CLOSE_ARRAY = 0x5d;
const isSpace = (b: number) => b === 0x20 || b === 0x0a || b === 0x0d || b === 0x09;

const latin1 = new TextDecoder('latin1');

/**
 * One pass over data.json's bytes, before it is decoded or parsed, that allocates nothing per row:
 * it counts each table's rows and refuses as soon as a table holds more than the manifest declares,
 * a row nests (a row's values are plain values), or an object has more members than any row. So a
 * few KB that inflate to millions of rows (issue 2/7, item 1), or to a deeply nested tree, are
 * refused at the cost of reading the bytes once, and what JSON.parse then builds is no bigger than
 * the declared counts, which the caller has capped.
 *
 * JSON's structure is ASCII and UTF-8 never puts an ASCII byte inside a multi-byte character, so
 * scanning bytes is exact. Malformed JSON is left to JSON.parse, which refuses it afterwards.
 */
export function scanData(bytes: Uint8Array, counts: Manifest['counts']): void {
  const declared = counts as Record<string, number>;
  const seen = new Map<string, number>();
  let depth = 0;
  let inString = false;
  let escaped = false;
  let stringStart = 0;
  /** The last string seen at depth 1: the key of the table whose array opens next. */
  let key = '';
  /** At depth 2, after `[` or `,`: the next value is a row. */
  let rowExpected = false;
  let row = -1;
  /** Commas of the open object at depth 1 and depth 3 (members - 1). */
  const commas = [0, 0, 0, 0];

  const refuseRow = (code: string) => refuse('bundle_invalid', {}, [{ path: row < 0 ? key : `${key}.${row}`, code }]);

  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    if (inString) {
      if (escaped) escaped = false;
      else if (b === BACKSLASH) escaped = true;
      else if (b === QUOTE) {
        inString = false;
        // Table names are ASCII; anything else is no table, and latin1 cannot fail.
        if (depth === TABLES_DEPTH) key = latin1.decode(bytes.subarray(stringStart, i));
      }
      continue;
    }
    if (isSpace(b)) continue;
    if (depth === ROWS_DEPTH && b !== COMMA && b !== CLOSE_ARRAY && rowExpected) {
      rowExpected = false;
      row = seen.get(key) ?? 0;
      seen.set(key, row + 1);
      if (row + 1 > (Object.hasOwn(declared, key) ? declared[key]! : 0)) {
        throw refuse('bundle_invalid', {}, prefixed('manifest.counts', [{ path: key, code: 'count_mismatch' }]));
      }
    }
    if (b === QUOTE) {
      inString = true;
      stringStart = i + 1;
    } else if (b === OPEN_OBJECT || b === OPEN_ARRAY) {
      depth += 1;
      // Only these shapes: {…} at depth 1, […] at depth 2, {…} at depth 3, and nothing deeper.
      const expected = depth === ROWS_DEPTH ? OPEN_ARRAY : OPEN_OBJECT;
      if (depth > ROW_DEPTH || b !== expected) throw refuseRow('invalid_type');
      if (depth === ROWS_DEPTH) {
        rowExpected = true;
        row = -1;
      } else commas[depth] = 0;
    } else if (b === CLOSE_OBJECT || b === CLOSE_ARRAY) {
      depth -= 1;
    } else if (b === COMMA) {
      if (depth === ROWS_DEPTH) rowExpected = true;
      else if ((depth === TABLES_DEPTH || depth === ROW_DEPTH) && ++commas[depth]! >= MAX_MEMBERS) throw refuseRow('unrecognized_keys');
    }
  }

  const wrong: FieldIssue[] = [];
  for (const [table, count] of Object.entries(declared)) {
    if ((seen.get(table) ?? 0) !== count && wrong.length < LIMITS.issues) wrong.push({ path: table, code: 'count_mismatch' });
  }
  if (wrong.length > 0) throw refuse('bundle_invalid', {}, prefixed('manifest.counts', wrong));
}
