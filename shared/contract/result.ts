/**
 * Every call across a transport returns a Result: never a thrown error, never a raw stack.
 * `code` is stable (tests and the UI switch on it); the UI turns it into words with the
 * `errors.<code>` key of the i18n resources, filling `params`.
 */
export const ERROR_CODES = [
  'validation',
  'not_found',
  'conflict',
  'invalid_state',
  'unknown_channel',
  'unauthorized',
  'storage_full',
  'database_future',
  'database_corrupt',
  /** A SQLite file that is not Convene's (another application_id): refused, never migrated. */
  'database_foreign',
  /** The database file is missing or empty while backups exist: recovery offers them. */
  'database_empty',
  'io',
  'internal',
  /** Client side: the transport could not reach main (the host stopped, the network failed). */
  'network',
  /** The room (issue 18): the host refused the room code. */
  'room_code_wrong',
  /** The room (issue 18): nothing answers at the address typed. */
  'room_unreachable',
  /** The room (issue 18): no room is open (leave or close with none, or the host closed it). */
  'room_not_open',
  /** The room (issue 18): this session is run from another laptop's room. */
  'room_run_elsewhere',
  /** The room (issue 18): a room is already open or joined on this laptop. */
  'room_already_open',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

export interface FieldIssue {
  /** Dotted path of the offending field, '' for the input itself. */
  path: string;
  /** zod's issue code (too_big_text, invalid_type, ...): stable, translated by the UI. */
  code: string;
  /** For a length, count or size limit (too_big_*, too_small_*): the limit, which the message states. */
  limit?: number;
}

export interface AppErrorPayload {
  code: ErrorCode;
  /** Values that fill the translated message, e.g. { entity: 'person' }. */
  params?: Record<string, string | number>;
  /** For validation errors: which fields were wrong. */
  issues?: FieldIssue[];
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: AppErrorPayload };

/** Thrown inside main/ by handlers; the dispatcher turns it into a failed Result. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly params: Record<string, string | number> | undefined;
  readonly issues: FieldIssue[] | undefined;

  constructor(code: ErrorCode, params?: Record<string, string | number>, issues?: FieldIssue[]) {
    super(params ? `${code} ${JSON.stringify(params)}` : code);
    this.name = 'AppError';
    this.code = code;
    this.params = params;
    this.issues = issues;
  }

  toPayload(): AppErrorPayload {
    const payload: AppErrorPayload = { code: this.code };
    if (this.params) payload.params = this.params;
    if (this.issues) payload.issues = this.issues;
    return payload;
  }
}
