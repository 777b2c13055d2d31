export interface Placement {
  side: 'below' | 'above';
  /** The most the popover may take (px): it scrolls within beyond that. */
  maxHeight: number;
}

/** Gap (px) between the button and the popover, and kept free at the window's edge. */
const GAP = 6;
const EDGE = 8;

/**
 * Where the popover goes so that all of it stays in the window: below the button when it fits,
 * else above when that fits, else on the roomier side with a height that fits (it scrolls within).
 * Pure, unit-tested.
 */
export function placePopover(button: { top: number; bottom: number }, panelHeight: number, viewportHeight: number): Placement {
  const below = viewportHeight - button.bottom - GAP - EDGE;
  const above = button.top - GAP - EDGE;
  if (panelHeight <= below) return { side: 'below', maxHeight: Math.floor(below) };
  if (panelHeight <= above) return { side: 'above', maxHeight: Math.floor(above) };
  return below >= above ? { side: 'below', maxHeight: Math.max(0, Math.floor(below)) } : { side: 'above', maxHeight: Math.floor(above) };
}
