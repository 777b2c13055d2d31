/** Returns `ids` with `id` moved to `position` (clamped to the list), the others keeping their order. */
export function moveInOrder(ids: readonly string[], id: string, position: number): string[] {
  const rest = ids.filter((other) => other !== id);
  const at = Math.max(0, Math.min(position, rest.length));
  return [...rest.slice(0, at), id, ...rest.slice(at)];
}
