import { useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { toast } from 'sonner';
import type { AppErrorPayload } from '../../../../shared/contract/result.js';
import type { Locale } from '../../../../shared/contract/fields.js';
import { MAX_IMPORT_XLSX_BYTES, sheetProblemText, sheetRefusalText } from '../../../../shared/directory-import.js';
import { asLocale } from '../../../../shared/i18n/translate.js';
import { unitSheetProblemText, unitSheetReasonText, type UnitSheetPreview, type UnitSheetProblem } from '../../../../shared/unit-sheet.js';
import { useClient } from '../../app/client.js';
import { ModalDialog } from '../../components/ModalDialog.js';
import { errorMessage } from '../../i18n/errorMessage.js';
import { readAsBase64 } from '../export/deliver.js';
import { useDeliver } from '../export/useExport.js';
// The import dialog's look is the directory import's.
import '../directory/directory.css';

const SHEET_PROBLEMS: readonly string[] = ['not_unit_sheet', 'unknown_programme'] satisfies UnitSheetProblem[];

/** A refused sheet in words: the unit sheet's own reasons, the spreadsheet reader's, or the general ones. */
function useRefusalText(locale: Locale) {
  const { t: te } = useTranslation(['common', 'errors']);
  return (error: AppErrorPayload) => {
    const problem = error.issues?.find((i) => SHEET_PROBLEMS.includes(i.code))?.code as UnitSheetProblem | undefined;
    return problem ? unitSheetProblemText(problem, locale) : (sheetRefusalText(error, locale) ?? errorMessage(te, error));
  };
}

/** A unit's task sheet out (Excel, to fill in without Convene) and back (only progress is imported). */
export function UnitSheetFiles({ programmeId, unitId }: { programmeId: string; unitId: string }) {
  const { t, i18n } = useTranslation('unitSheet');
  const { t: te } = useTranslation(['common', 'errors']);
  const client = useClient();
  const deliver = useDeliver();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);

  const exportSheet = async () => {
    setBusy(true);
    try {
      const result = await client.call('followup.exportSheet', { programmeId, unitId, locale: asLocale(i18n.language) });
      if (result.ok) await deliver(result.value, (name) => t('exported', { name }));
      else toast.error(errorMessage(te, result.error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <button type="button" className="button" disabled={busy} onClick={() => void exportSheet()}>
        {t('export')}
      </button>
      <button type="button" className="button" onClick={() => setOpen(true)}>
        {t('import')}
      </button>
      {open ? <UnitSheetImportDialog onClose={() => setOpen(false)} /> : null}
    </>
  );
}

/**
 * The returned sheet: the preview lists each progress report it adds (the task's title as stored
 * here, not as the sheet spells it) and each row not imported with its reason; one button imports.
 */
function UnitSheetImportDialog({ onClose }: { onClose: () => void }) {
  const { t, i18n } = useTranslation(['unitSheet', 'common']);
  const { t: te } = useTranslation(['common', 'errors']);
  const locale = asLocale(i18n.language);
  const refusal = useRefusalText(locale);
  const client = useClient();
  const [reading, setReading] = useState(false);
  const [state, setState] = useState<{ name: string; rows: string[][]; preview: UnitSheetPreview } | { name: string; problem: string } | null>(null);
  const [importing, setImporting] = useState(false);

  const onPick = async (event: ChangeEvent<HTMLInputElement>) => {
    const picked = event.target.files?.[0];
    event.target.value = '';
    if (!picked) return;
    setReading(true);
    try {
      if (picked.size > MAX_IMPORT_XLSX_BYTES) {
        setState({ name: picked.name, problem: sheetProblemText('too_large', locale, MAX_IMPORT_XLSX_BYTES) });
        return;
      }
      const read = await client.call('directory.readSheet', { base64: await readAsBase64(picked) });
      if (!read.ok) {
        setState({ name: picked.name, problem: refusal(read.error) });
        return;
      }
      const preview = await client.call('followup.importPreview', { rows: read.value.rows, locale });
      setState(preview.ok ? { name: picked.name, rows: read.value.rows, preview: preview.value } : { name: picked.name, problem: refusal(preview.error) });
    } catch {
      setState({ name: picked.name, problem: sheetProblemText('not_xlsx', locale) });
    } finally {
      setReading(false);
    }
  };

  const preview = state && 'preview' in state ? state.preview : null;
  const added = preview?.counts.added ?? 0;

  const runImport = async (finish: (after: () => void) => void) => {
    if (!state || !('rows' in state) || added === 0) return;
    setImporting(true);
    const result = await client.call('followup.import', { rows: state.rows, locale });
    setImporting(false);
    if (!result.ok) {
      setState({ name: state.name, problem: refusal(result.error) });
      return;
    }
    const { counts, undo } = result.value;
    finish(onClose);
    toast.success(t('done', { count: counts.added }), {
      id: 'unit-sheet-import',
      duration: 12_000,
      action: {
        label: t('undo'),
        onClick: () =>
          void client.call('followup.undoImport', undo).then((undone) => {
            if (undone.ok) toast.success(t('undone', { count: undone.value.count }), { id: 'unit-sheet-import-undone' });
            else toast.error(errorMessage(te, undone.error));
          }),
      },
    });
  };

  return (
    <ModalDialog
      title={t('dialogTitle')}
      className="directory-import-dialog unit-sheet-import"
      onClose={onClose}
      actions={(finish) => (
        <>
          <button type="button" className="button" onClick={() => finish(onClose)}>
            {t('common:action.cancel')}
          </button>
          <button type="button" className="button primary" disabled={added === 0 || importing} aria-disabled={added === 0 || importing} onClick={() => void runImport(finish)}>
            {added === 0 ? t('nothingToImport') : t('importCount', { count: added })}
          </button>
        </>
      )}
    >
      <p className="field-hint">{t('intro')}</p>
      <div className="import-file">
        <span className="button" aria-hidden="true">
          {reading ? t('reading') : t('chooseFile')}
        </span>
        <input type="file" accept=".xlsx" aria-label={t('chooseFile')} disabled={reading} onChange={(event) => void onPick(event)} />
        {state ? <span className="muted">{state.name}</span> : null}
      </div>
      {state && 'problem' in state ? (
        <p className="import-problem" role="alert">
          {state.problem}
        </p>
      ) : preview ? (
        <>
          <p className="import-summary" role="status">
            {t('summary', preview.counts)}
          </p>
          <div className="import-preview" tabIndex={0} role="region" aria-label={t('previewLabel')}>
            <table className="table">
              <thead>
                <tr>
                  <th scope="col">{t('head.line')}</th>
                  <th scope="col">{t('head.task')}</th>
                  <th scope="col">{t('head.date')}</th>
                  <th scope="col">{t('head.text')}</th>
                  <th scope="col">{t('head.reason')}</th>
                </tr>
              </thead>
              <tbody>
                {preview.rows.map((row) => (
                  <tr key={row.line} data-status={row.status} data-line={row.line}>
                    <td className="import-line">{row.line}</td>
                    <th scope="row">{row.taskTitle}</th>
                    <td>{row.date}</td>
                    <td>{row.text}</td>
                    <td className="import-reason">{unitSheetReasonText(row, locale)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      ) : null}
    </ModalDialog>
  );
}
