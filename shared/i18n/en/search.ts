import type { Messages } from '../shape.js';
import type { search as zh } from '../zh-CN/search.js';

export const search: Messages<typeof zh> = {
  title: 'Search',
  intro: "Find anything in every session's notes and minutes, the sessions, people and units.",
  label: 'Search for',
  placeholder: 'Type a word, e.g. “business environment”, “talent”',
  hint: 'One or two characters work too (e.g. 人才); Chinese names by pinyin or initials (e.g. wf). Separate words with spaces; all must appear.',
  shortcut: 'Press / or Ctrl+K on any page to search.',
  kind: { note: 'Notes', session: 'Sessions', person: 'People', unit: 'Units', action: 'Action items', minutes: 'Minutes' },
  count_one: '{{count}} result',
  count_other: '{{count}} results',
  none: { title: 'Nothing found for “{{query}}”', hint: 'Try other words, or fewer of them. One or two characters work too.' },
  searching: 'Searching…',
  noteIn: '{{speaker}} said',
  minutesOf: 'Minutes of {{session}}',
  openDirectory: 'Open in the directory',
};
