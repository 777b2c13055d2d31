import type { useSortable } from '@dnd-kit/sortable';

type Sortable = ReturnType<typeof useSortable>;

/**
 * The ⋮⋮ button a sortable row is dragged by (agenda items, speakers, the directory's protocol
 * order): the pointer and dnd-kit's keyboard sensor (Space lifts) start from it. `label` names what
 * it moves; `data-*` attributes let the caller find it again to put the focus back after a move.
 */
export function DragHandle({
  activatorRef,
  attributes,
  listeners,
  label,
  disabled,
  ...data
}: {
  activatorRef: Sortable['setActivatorNodeRef'];
  attributes: Sortable['attributes'];
  listeners: Sortable['listeners'];
  label: string;
  disabled?: boolean;
} & Record<`data-${string}`, string>) {
  return (
    <button type="button" className="drag-handle" ref={activatorRef} {...attributes} {...listeners} disabled={disabled} aria-label={label} {...data}>
      <span aria-hidden="true">⋮⋮</span>
    </button>
  );
}
