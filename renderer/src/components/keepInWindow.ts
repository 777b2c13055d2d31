import { useLayoutEffect, type RefObject } from 'react';

const MARGIN = 8;

/**
 * Keeps a popup (absolutely positioned under its button) inside the window: when it would run off
 * the right edge it is anchored to the button's right edge instead, and it is never taller than the
 * room below it (it scrolls). Measured when it opens and when the window is resized.
 */
export function useKeepInWindow(popup: RefObject<HTMLElement | null>, open: boolean, deps: readonly unknown[] = []) {
  useLayoutEffect(() => {
    const element = popup.current;
    if (!open || !element) return;
    const place = () => {
      const style = element.style;
      for (const property of ['left', 'right', 'max-height']) style.removeProperty(property);
      const box = element.getBoundingClientRect();
      if (box.right > window.innerWidth - MARGIN) {
        style.setProperty('left', 'auto');
        style.setProperty('right', '0');
      }
      style.setProperty('max-height', `${Math.max(120, window.innerHeight - box.top - MARGIN)}px`);
      style.setProperty('overflow-y', 'auto');
    };
    place();
    window.addEventListener('resize', place);
    return () => window.removeEventListener('resize', place);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- deps: what changes the popup's size
  }, [popup, open, ...deps]);
}
