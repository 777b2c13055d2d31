import type { Sitting } from '../../../shared/domain.js';

/** A calendar date (YYYY-MM-DD) in the UI language, with the weekday: 2025年3月12日周三 / Wed, 12 Mar 2025. */
export function formatDate(date: string, locale: string): string {
  const value = new Date(`${date}T00:00:00Z`);
  if (Number.isNaN(value.getTime())) return date;
  return new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'short', day: 'numeric', weekday: 'short', timeZone: 'UTC' }).format(value);
}

/** An instant (ISO string) as local date and time. */
export function formatDateTime(iso: string, locale: string): string {
  const value = new Date(iso);
  if (Number.isNaN(value.getTime())) return iso;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(value);
}

export function formatSitting(sitting: Pick<Sitting, 'date' | 'startTime' | 'endTime'>, locale: string): string {
  return `${formatDate(sitting.date, locale)} ${sitting.startTime}–${sitting.endTime}`;
}

export function formatBytes(bytes: number, locale: string): string {
  const units = ['byte', 'kilobyte', 'megabyte', 'gigabyte'] as const;
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return new Intl.NumberFormat(locale, { style: 'unit', unit: units[unit], unitDisplay: 'short', maximumFractionDigits: unit === 0 ? 0 : 1 }).format(value);
}

/** The last part of a file path, for lists where the folder is shown once elsewhere. */
export function baseName(file: string): string {
  return file.split(/[\\/]/).pop() ?? file;
}
