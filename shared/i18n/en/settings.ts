import type { Messages } from '../shape.js';
import type { settings as zh } from '../zh-CN/settings.js';

export const settings: Messages<typeof zh> = {
  title: 'Settings',
  language: {
    heading: 'Language',
    hint: '“Follow the system” shows Chinese on a Chinese system and English anywhere else.',
    saved: 'Language changed.',
  },
  theme: {
    heading: 'Appearance',
    system: 'Follow the system',
    light: 'Light',
    dark: 'Dark',
  },
  data: {
    heading: 'Data',
    hint: 'Everything is kept in one database file on this computer; no network is needed.',
    folder: 'Data folder',
    database: 'Database file',
    version: 'Convene version',
    schema: 'Database schema version',
  },
  backup: {
    heading: 'Backups',
    hint: 'A backup is taken automatically every time Convene quits. Take one by hand before or after an important meeting.',
    create: 'Back up now',
    creating: 'Backing up…',
    created: 'Backed up to {{file}}',
    listLabel: 'Existing backups',
    empty: 'No backups yet.',
    file: 'File',
    createdAt: 'Taken',
    size: 'Size',
  },
};
