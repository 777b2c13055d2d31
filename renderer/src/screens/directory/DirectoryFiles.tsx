import { asLocale } from '../../../../shared/i18n/translate.js';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { toast } from 'sonner';
import { useClient } from '../../app/client.js';
import { errorMessage } from '../../i18n/errorMessage.js';
import { useDeliver } from '../export/useExport.js';
import { ImportDialog } from './ImportDialog.js';

/** The directory's files: import people and units from a spreadsheet, export them in the same shape. */
export function DirectoryFiles() {
  const { t, i18n } = useTranslation('directoryImport');
  const { t: te } = useTranslation(['common', 'errors']);
  const client = useClient();
  const deliver = useDeliver();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);

  const exportAs = async (format: 'csv' | 'xlsx') => {
    setBusy(true);
    try {
      const result = await client.call('directory.export', { format, locale: asLocale(i18n.language) });
      if (result.ok) await deliver(result.value, (name) => t('exported', { name }));
      else toast.error(errorMessage(te, result.error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="button-row directory-files">
      <button type="button" className="button primary" onClick={() => setOpen(true)}>
        {t('open')}
      </button>
      <button type="button" className="button" disabled={busy} onClick={() => void exportAs('csv')}>
        {t('exportCsv')}
      </button>
      <button type="button" className="button" disabled={busy} onClick={() => void exportAs('xlsx')}>
        {t('exportXlsx')}
      </button>
      {open ? <ImportDialog onClose={() => setOpen(false)} /> : null}
    </div>
  );
}
