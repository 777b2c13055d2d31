import { useTranslation } from 'react-i18next';
import { Toaster } from 'sonner';

/**
 * The app's toasts: bottom left, over the empty foot of the sidebar and as narrow as it (styles.css),
 * so a toast never covers a form or the task panel on the right; sonner's own English labels (the
 * close button, the region) in the UI language.
 */
export function AppToaster() {
  const { t } = useTranslation('common');
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
