import type { Row, TableName } from '../core/tables.js';

/** A bundle's rows, table by table (read.ts parses them; the checks and the import take them from here). */
export type BundleData = Record<TableName, Row[]>;
