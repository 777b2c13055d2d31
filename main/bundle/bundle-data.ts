import type { TableRows } from '../core/scope-rows.js';

/** A bundle's rows, table by table (read.ts parses them; the checks and the import take them from here). */
export type BundleData = TableRows;
