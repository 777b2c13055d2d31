import type { ReactNode } from 'react';
import { chineseNumber } from '../../../../shared/chinese-number.js';
import type { MinutesForm } from './model.js';

/* The small pieces every section of the minutes editor is built from. */

export type Update = (recipe: (form: MinutesForm) => MinutesForm) => void;
/** The translated validation message for a field (its dotted path in the document), if any. */
export type ErrorAt = (path: string) => string | undefined;

export interface SectionProps {
  form: MinutesForm;
  update: Update;
  errorAt: ErrorAt;
  locked: boolean;
}

export const setAt = <T,>(list: readonly T[], index: number, patch: Partial<T>): T[] =>
  list.map((row, i) => (i === index ? { ...row, ...patch } : row));
export const removeAt = <T,>(list: readonly T[], index: number): T[] => list.filter((_, i) => i !== index);

/** After a row is added, its first field gets the focus (once React has drawn it). */
export function focusRow(key: string) {
  window.requestAnimationFrame(() => {
    document.querySelector<HTMLElement>(`[data-row="${key}"] :is(input, textarea)`)?.focus();
  });
}
/** After a row is removed, the list's Add button gets the focus, so it is not lost to <body>. */
export function focusAdd(list: string) {
  window.requestAnimationFrame(() => document.querySelector<HTMLElement>(`[data-add="${list}"]`)?.focus());
}

/** （一）（二）… in Chinese, 1. 2. … otherwise: how the printed minutes number agenda groups. */
export function ordinal(n: number, language: string) {
  return language.startsWith('zh') ? `（${chineseNumber(n)}）` : `${n}.`;
}

export function RemoveButton({ label, onClick }: { label: string; onClick: () => void }) {
  return (
    <button type="button" className="button ghost small paper-remove" aria-label={label} title={label} onClick={onClick}>
      <span aria-hidden="true">×</span>
    </button>
  );
}

export function AddButton({ list, label, onClick }: { list: string; label: string; onClick: () => void }) {
  return (
    <button type="button" className="button small paper-add" data-add={list} onClick={onClick}>
      <span aria-hidden="true">＋</span> {label}
    </button>
  );
}

export function Section({ id, heading, children }: { id: string; heading: string; children: ReactNode }) {
  return (
    <section className="paper-section" aria-labelledby={`minutes-${id}`}>
      <h2 id={`minutes-${id}`} className="paper-heading">
        {heading}
      </h2>
      {children}
    </section>
  );
}

export function None({ text }: { text: string }) {
  return <p className="paper-none">{text}</p>;
}

