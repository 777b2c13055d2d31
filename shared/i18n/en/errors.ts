import type { Messages } from '../shape.js';
import type { errors as zh } from '../zh-CN/errors.js';

export const errors: Messages<typeof zh> = {
  code: {
    validation: 'Some input is not valid; check the marked fields.',
    not_found: 'This {{entity}} could not be found; it may have been deleted.',
    conflict: 'This conflicts with existing data: {{reason}}',
    invalid_state: 'This cannot be done in the current state.',
    unknown_channel: 'Internal error: unknown call {{channel}}.',
    unauthorized: 'Access refused: the link has no token or a wrong one. Use the full address printed at start.',
    storage_full: 'The disk or the database is full; nothing was saved. Existing data is unchanged.',
    database_future:
      'This database was written by a newer Convene (version {{found}}; this one supports up to {{supported}}) and was not opened, to protect it. Please update Convene.',
    database_corrupt: 'The database file is damaged: {{detail}}',
    io: 'Reading or writing the disk failed; nothing was saved.',
    internal: 'Something unexpected went wrong. The action was not completed and no data changed.',
    network: 'Cannot reach the Convene service; check that it is still running.',
  },
  entity: {
    programme: 'programme',
    stage: 'stage',
    session: 'session',
    sitting: 'sitting',
    unit: 'unit',
    person: 'person',
    attendance: 'attendance record',
    reference: 'linked record',
  },
  reason: {
    unit_name_taken: 'a unit named “{{name}}” already exists',
    duplicate: 'a duplicate entry',
  },
  issue: {
    required: 'required',
    too_big: 'too long',
    too_small: 'too short',
    invalid_type: 'wrong format',
    invalid_format: 'wrong format',
    invalid_value: 'not an allowed value',
    unrecognized_keys: 'unknown fields',
    control_character: 'contains invisible control characters',
    lone_surrogate: 'contains invalid characters',
    single_line: 'one line only',
    invalid_date: 'not a valid date',
    end_before_start: 'the end must be after the start',
    nobody_selected: 'choose at least one person',
    check: 'not an allowed value',
  },
  field: {
    title: 'Title',
    name: 'Name',
    date: 'Date',
    startTime: 'Start time',
    endTime: 'End time',
    personIds: 'People',
  },
};
