import type { TFunction } from 'i18next';
import { asLocale, INTL_TAG, punctuationOf } from '../../../../shared/i18n/translate.js';
import { ACTION_STATUSES, PRIORITIES, type ActionHistoryEntry, type ActionItem } from '../../../../shared/actions.js';

const dueFormats = new Map<string, Intl.DateTimeFormat>();
const dueTexts = new Map<string, string>();

/** A due date, short, in the UI language: 2027年2月11日 / 11 Feb 2027. Cached: a board formats thousands. */
export function formatDue(date: string, locale: string): string {
  const key = `${locale}|${date}`;
  const known = dueTexts.get(key);
  if (known !== undefined) return known;
  const value = new Date(`${date}T00:00:00Z`);
  if (Number.isNaN(value.getTime())) return date;
  let format = dueFormats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(INTL_TAG[asLocale(locale)], { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' });
    dueFormats.set(locale, format);
  }
  const text = format.format(value);
  if (dueTexts.size > 5000) dueTexts.clear();
  dueTexts.set(key, text);
  return text;
}

/** The words for a card's due state (never colour alone): "临期", "已逾期". */
export function dueWords(t: TFunction<'board'>, action: Pick<ActionItem, 'due'>): string {
  if (action.due === 'soon') return t('due.soon');
  if (action.due === 'overdue') return t('due.overdue');
  return '';
}

/** Names in a row: 财政局、金融办 / Finance Bureau, Financial Office. */
export const joinNames = (names: readonly string[], locale: string) => names.join(punctuationOf(asLocale(locale)).list);

/** "A, B or C" in the UI language (Intl.ListFormat). */
export function orList(items: readonly string[], locale: string): string {
  try {
    return new Intl.ListFormat(locale, { type: 'disjunction' }).format(items);
  } catch {
    return joinNames(items, locale);
  }
}

/** Unit short name when it has one (cards are narrow), else the full name. */
export const unitShort = (unit: { name: string; shortName: string }) => unit.shortName || unit.name;

const isStatus = (v: string | null): v is (typeof ACTION_STATUSES)[number] => v !== null && (ACTION_STATUSES as readonly string[]).includes(v);
const isPriority = (v: string | null): v is (typeof PRIORITIES)[number] => v !== null && (PRIORITIES as readonly string[]).includes(v);
const DATED_FIELDS = new Set(['progress', 'progressDeleted', 'progressRestored', 'extensionRequested', 'extensionRefused']);
const isDate = (v: string | null) => v !== null && /^\d{4}-\d{2}-\d{2}$/.test(v);

/**
 * One history entry as a sentence in the UI language. Values are stored as display text (names,
 * not ids); statuses, priorities and dates are translated or formatted here.
 */
export function historyLine(t: TFunction<'board'>, entry: ActionHistoryEntry, locale: string): string {
  const value = (v: string | null): string => {
    if (v === null || v === '') return t('history.empty');
    if ((entry.field === 'status' || entry.field === 'statusUndo') && isStatus(v)) return t(`status.${v}`);
    if (entry.field === 'priority' && isPriority(v)) return t(`priority.${v}`);
    if ((entry.field === 'dueDate' || entry.field === 'extensionApproved') && isDate(v)) return formatDue(v, locale);
    // Follow-up lines are stored as "YYYY-MM-DD text" (a report's date, a requested date): the date in words.
    const dated = DATED_FIELDS.has(entry.field) ? /^(\d{4}-\d{2}-\d{2})(?: (.*))?$/s.exec(v) : null;
    if (dated) return dated[2] === undefined ? formatDue(dated[1]!, locale) : `${formatDue(dated[1]!, locale)} ${dated[2]}`;
    return v;
  };
  switch (entry.field) {
    case 'created':
      return t('history.created', { text: entry.newValue ?? '' });
    case 'deleted':
      return t('history.deleted');
    case 'restored':
      return t('history.restored');
    case 'checkDone':
      return t('history.checkDone', { text: entry.newValue ?? '' });
    case 'checkUndone':
      return t('history.checkUndone', { text: entry.newValue ?? '' });
    case 'checklist':
      if (entry.oldValue === null) return t('history.checkAdded', { text: entry.newValue ?? '' });
      if (entry.newValue === null) return t('history.checkRemoved', { text: entry.oldValue });
      return t('history.checkRenamed', { old: entry.oldValue, new: entry.newValue });
    default: {
      const field = t(`history.field.${entry.field}` as 'history.field.title', { defaultValue: entry.field });
      if (entry.oldValue === null || entry.oldValue === '') return t('history.set', { field, new: value(entry.newValue) });
      if (entry.newValue === null || entry.newValue === '') return t('history.cleared', { field, old: value(entry.oldValue) });
      return t('history.entry', { field, old: value(entry.oldValue), new: value(entry.newValue) });
    }
  }
}
