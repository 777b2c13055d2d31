import type { Manifest } from './manifest.js';
import { prefixed } from './manifest.js';
import { refuse, RowIssues } from './refusal.js';

/** Where each row of a table lies in data.json: [start, end) byte offsets, two numbers a row. */
export type RowSpans = ReadonlyMap<string, Uint32Array>;

/** More members than any row has columns, with room to spare. */
const MAX_MEMBERS = 64;

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const COLON = 0x3a;
const OPEN_OBJECT = 0x7b;
const CLOSE_OBJECT = 0x7d;
const OPEN_ARRAY = 0x5b;
const CLOSE_ARRAY = 0x5d;
const isSpace = (b: number | undefined) => b === 0x20 || b === 0x0a || b === 0x0d || b === 0x09;

const latin1 = new TextDecoder('latin1');

/**
 * One pass over data.json's bytes, before any of it is decoded or parsed (issue 2/7, item 1). The
 * file must be what Convene writes: an object of tables, each an array of flat objects (rows), each
 * table holding exactly the rows the manifest declares (whose total the caller has capped). The
 * pass refuses as soon as a table holds one row more than declared, a row is not an object, nests,
 * or has more members than any row, so a few KB that inflate to millions of rows or a deep tree cost
 * one read of the bytes. It returns where each row lies, so rows can be parsed and checked one by
 * one, stopping at the first few wrong ones: nothing is built for the rows after them.
 *
 * JSON's structure is ASCII and UTF-8 never puts an ASCII byte inside a multi-byte character, so
 * reading bytes is exact. The skeleton (braces, keys, commas) is checked here; each row's own
 * syntax by JSON.parse when it is read.
 */
export function scanData(bytes: Uint8Array, counts: Manifest['counts']): RowSpans {
  const declared = counts as Record<string, number>;
  const spans = new Map<string, Uint32Array>();
  const wrongCounts = new RowIssues();
  let i = 0;
  let path = '';
  const malformed = () => refuse('bundle_invalid', {}, [{ path, code: 'invalid_format' }]);
  const next = () => {
    while (isSpace(bytes[i])) i++;
    return bytes[i];
  };
  const take = (byte: number) => {
    if (next() !== byte) throw malformed();
    i++;
  };

  take(OPEN_OBJECT);
  if (next() === CLOSE_OBJECT) i++;
  else {
    for (;;) {
      const key = readKey();
      path = key;
      // JSON.parse would keep the last of two; a bundle has each table once.
      if (spans.has(key)) throw refuse('bundle_invalid', {}, [{ path: key, code: 'duplicate_row' }]);
      take(COLON);
      take(OPEN_ARRAY);
      const capacity = Object.hasOwn(declared, key) ? declared[key]! : 0;
      const span = new Uint32Array(2 * capacity);
      let rows = 0;
      if (next() === CLOSE_ARRAY) i++;
      else {
        for (;;) {
          path = `${key}.${rows}`;
          if (next() !== OPEN_OBJECT) throw refuse('bundle_invalid', {}, [{ path, code: 'invalid_type' }]);
          if (rows === capacity) throw refuse('bundle_invalid', {}, prefixed('manifest.counts', [{ path: key, code: 'count_mismatch' }]));
          span[2 * rows] = i;
          i = rowEnd(i, path);
          span[2 * rows + 1] = i;
          rows += 1;
          const after = next();
          i++;
          if (after === CLOSE_ARRAY) break;
          if (after !== COMMA) throw malformed();
        }
      }
      if (rows !== capacity) wrongCounts.add(key, 'count_mismatch');
      spans.set(key, span);
      path = '';
      const after = next();
      i++;
      if (after === CLOSE_OBJECT) break;
      if (after !== COMMA) throw malformed();
    }
  }
  if (next() !== undefined) throw malformed();
  for (const [table, count] of Object.entries(declared)) if (count > 0 && !spans.has(table)) wrongCounts.add(table, 'count_mismatch');
  if (wrongCounts.list.length > 0) throw refuse('bundle_invalid', {}, prefixed('manifest.counts', wrongCounts.list));
  return spans;

  /** A table's name: a string without escapes (Convene's names have none; anything else is no table). */
  function readKey(): string {
    take(QUOTE);
    const start = i;
    while (i < bytes.length && bytes[i] !== QUOTE) {
      if (bytes[i] === BACKSLASH) i++;
      i++;
    }
    if (i >= bytes.length) throw malformed();
    return latin1.decode(bytes.subarray(start, i++));
  }

  /** The offset just past the row that opens at `start`: its values are plain, so the first `}` outside a string ends it. */
  function rowEnd(start: number, rowPath: string): number {
    let commas = 0;
    for (let at = start + 1; at < bytes.length; at++) {
      const b = bytes[at];
      if (b === QUOTE) {
        for (at++; at < bytes.length && bytes[at] !== QUOTE; at++) if (bytes[at] === BACKSLASH) at++;
      } else if (b === CLOSE_OBJECT) return at + 1;
      else if (b === OPEN_OBJECT || b === OPEN_ARRAY) throw refuse('bundle_invalid', {}, [{ path: rowPath, code: 'invalid_type' }]);
      else if (b === COMMA && ++commas >= MAX_MEMBERS) throw refuse('bundle_invalid', {}, [{ path: rowPath, code: 'unrecognized_keys' }]);
    }
    throw malformed();
  }
}
