import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Toaster } from 'sonner';

const inToaster = (node: EventTarget | null) => node instanceof Element && node.closest('[data-sonner-toaster]') !== null;

/** Moves the focus out of the toasts now, if it is in them (sonner then hands it back at once). */
function leaveToasts() {
  const active = document.activeElement;
  if (active instanceof HTMLElement && inToaster(active)) active.blur();
}

/**
 * The app's toasts: bottom left, over the empty foot of the sidebar and as narrow as it (styles.css),
 * so a toast never covers a form or the task panel on the right; sonner's own English labels (the
 * close button, the region) in the UI language.
 *
 * Sonner hands the focus back to where it was before it entered a toast, whenever it leaves the toast
 * list or the list goes away. After a click on Undo that came late: the toast's exit animation ended
 * while the user was already working on another note, and the focus jumped back under their keys.
 * So the focus leaves the toasts at once: after a click on a toast's button (its action has run),
 * and before a pointer press elsewhere (so that press keeps the focus it gives).
 */
export function AppToaster() {
  const { t } = useTranslation('common');
  useEffect(() => {
    const onPointerDown = (event: PointerEvent) => {
      if (!inToaster(event.target)) leaveToasts();
    };
    const onClick = (event: MouseEvent) => {
      if (inToaster(event.target)) leaveToasts();
    };
    document.addEventListener('pointerdown', onPointerDown, true);
    document.addEventListener('click', onClick);
    return () => {
      document.removeEventListener('pointerdown', onPointerDown, true);
      document.removeEventListener('click', onClick);
    };
  }, []);
  return (
    <Toaster
      position="bottom-left"
      offset={12}
      richColors
      closeButton
      containerAriaLabel={t('toast.region')}
      toastOptions={{ closeButtonAriaLabel: t('toast.close') }}
    />
  );
}
