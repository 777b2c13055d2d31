/**
 * Which option of a picker list is active. Some options must be chosen explicitly (arrow keys or a
 * click): "add what I typed as a guest" is never active by default, so an Enter on a query that
 * matches nobody adds nothing (it used to add "zgd" as a speaker). Pure, unit-tested; the capture
 * line's `@`/`#` picker and the Combobox share it.
 */

/** The option active when the list opens or its query changes: the first that is not explicit-only, or -1. */
export function firstActive<T>(options: readonly T[], explicitOnly?: (option: T) => boolean): number {
  return explicitOnly ? options.findIndex((option) => !explicitOnly(option)) : options.length > 0 ? 0 : -1;
}

/** The next active index after an arrow key, wrapping; from nothing active, Down goes to the first and Up to the last. */
export function stepActive(index: number, step: 1 | -1, length: number): number {
  if (length === 0) return -1;
  if (index < 0) return step === 1 ? 0 : length - 1;
  return (index + step + length) % length;
}
