import { asLocale } from '../../../../shared/i18n/translate.js';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useDeferredValue, useEffect, useId, useMemo, useRef, useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { toast } from 'sonner';
import type { Locale } from '../../../../shared/contract/fields.js';
import {
  cellProblemText,
  decodeText,
  findBadCell,
  MAX_IMPORT_XLSX_BYTES,
  parseDirectoryRows,
  readDelimited,
  rowReasonText,
  sheetProblemText,
  sheetRefusalText,
  type ImportPreview,
  type ImportPreviewRow,
} from '../../../../shared/directory-import.js';
import { useClient } from '../../app/client.js';
import { ModalDialog } from '../../components/ModalDialog.js';
import { errorMessage } from '../../i18n/errorMessage.js';
import { readAsBase64 } from '../export/deliver.js';

/** Rows shown as they are; a longer preview is virtualised (only the rows in view are in the page). */
const VIRTUAL_OVER = 200;
const ROW_HEIGHT = 45;

/** What the sheet holds: rows to preview, or why there are none, in words. */
type Sheet = { rows: string[][] } | { problem: string } | null;

/** Rows ready for the core, or the reason they are not: the same checks the command line runs. */
function sheetOf(rows: string[][], locale: Locale): Sheet {
  const parsed = parseDirectoryRows(rows);
  if (!parsed.ok) return { problem: sheetProblemText(parsed.problem, locale, parsed.limit) };
  const bad = findBadCell(rows);
  return bad ? { problem: cellProblemText(bad, locale) } : { rows };
}

/**
 * Import people and units: paste a table copied from Excel or WPS, or choose a CSV or XLSX file;
 * the preview shows every row as it will be saved (asked of the core, so it is exactly what the
 * import does), and one button imports the good rows. Undo is offered in the toast afterwards.
 */
export function ImportDialog({ onClose }: { onClose: () => void }) {
  const { t, i18n } = useTranslation(['directoryImport', 'common']);
  const { t: te } = useTranslation(['common', 'errors']);
  const locale: Locale = asLocale(i18n.language);
  const client = useClient();
  const pasteRef = useRef<HTMLTextAreaElement>(null);
  const fileRef = useRef<HTMLInputElement>(null);
  const [text, setText] = useState('');
  const [file, setFile] = useState<{ name: string; sheet: Sheet } | null>(null);
  const [reading, setReading] = useState(false);
  const [createUnits, setCreateUnits] = useState(false);
  const [answer, setAnswer] = useState<{ for: string[][]; createUnits: boolean; preview: ImportPreview } | { for: string[][]; createUnits: boolean; error: string } | null>(null);
  const [importing, setImporting] = useState(false);
  const hintId = useId();
  const createId = useId();

  // A long paste is read once typing settles: the textarea stays responsive.
  const deferredText = useDeferredValue(text);
  const pasted = useMemo<Sheet>(() => {
    if (!deferredText.trim()) return null;
    const read = readDelimited(deferredText);
    return read.ok ? sheetOf(read.rows, locale) : { problem: sheetProblemText(read.problem, locale, read.limit) };
  }, [deferredText, locale]);
  const sheet = file ? file.sheet : pasted;
  const rows = sheet && 'rows' in sheet ? sheet.rows : null;

  useEffect(() => {
    if (!rows) return;
    let current = true;
    void client.call('directory.importPreview', { rows, createUnits }).then((result) => {
      if (!current) return;
      setAnswer(
        result.ok
          ? { for: rows, createUnits, preview: result.value }
          : { for: rows, createUnits, error: sheetRefusalText(result.error, locale) ?? errorMessage(te, result.error) },
      );
    });
    return () => {
      current = false;
    };
  }, [client, rows, createUnits, locale, te]);

  // An answer about other rows (the paste changed since) is not shown.
  const shown = answer && answer.for === rows && answer.createUnits === createUnits ? answer : null;
  const preview = shown && 'preview' in shown ? shown.preview : null;
  const problem = sheet && 'problem' in sheet ? sheet.problem : shown && 'error' in shown ? shown.error : null;
  const counts = preview?.counts;
  const importable = counts ? counts.peopleAdded + counts.unitsAdded : 0;

  const onPick = async (event: ChangeEvent<HTMLInputElement>) => {
    const picked = event.target.files?.[0];
    event.target.value = '';
    if (!picked) return;
    setReading(true);
    try {
      if (/\.xlsx$/i.test(picked.name)) {
        if (picked.size > MAX_IMPORT_XLSX_BYTES) {
          setFile({ name: picked.name, sheet: { problem: sheetProblemText('too_large', locale, MAX_IMPORT_XLSX_BYTES) } });
          return;
        }
        const result = await client.call('directory.readSheet', { base64: await readAsBase64(picked) });
        setFile({
          name: picked.name,
          sheet: result.ok ? sheetOf(result.value.rows, locale) : { problem: sheetRefusalText(result.error, locale) ?? errorMessage(te, result.error) },
        });
      } else {
        const read = readDelimited(decodeText(new Uint8Array(await picked.arrayBuffer())));
        setFile({ name: picked.name, sheet: read.ok ? sheetOf(read.rows, locale) : { problem: sheetProblemText(read.problem, locale, read.limit) } });
      }
    } catch {
      setFile({ name: picked.name, sheet: { problem: sheetProblemText('not_xlsx', locale) } });
    } finally {
      setReading(false);
    }
  };

  const runImport = async (finish: (after: () => void) => void) => {
    if (!rows || importable === 0) return;
    setImporting(true);
    const result = await client.call('directory.import', { rows, createUnits });
    setImporting(false);
    if (!result.ok) {
      setAnswer({ for: rows, createUnits, error: sheetRefusalText(result.error, locale) ?? errorMessage(te, result.error) });
      return;
    }
    const { counts: done, undo } = result.value;
    finish(onClose);
    toast.success(t('done', { people: done.peopleAdded, units: done.unitsAdded }), {
      id: 'directory-import',
      duration: 12_000,
      action: {
        label: t('undo'),
        onClick: () =>
          void client.call('directory.undoImport', undo).then((undone) => {
            if (undone.ok) toast.success(t('undone', { people: undone.value.people, units: undone.value.units }), { id: 'directory-import-undone' });
            else toast.error(errorMessage(te, undone.error));
          }),
      },
    });
  };

  const importLabel =
    importable === 0
      ? t('nothingToImport')
      : counts!.peopleAdded > 0
        ? t('import', { count: counts!.peopleAdded })
        : t('importUnitsOnly', { count: counts!.unitsAdded });

  return (
    <ModalDialog
      title={t('title')}
      className="directory-import-dialog"
      onClose={onClose}
      initialFocus={pasteRef}
      actions={(finish) => (
        <>
          <button type="button" className="button" onClick={() => finish(onClose)}>
            {t('common:action.cancel')}
          </button>
          <button
            type="button"
            className="button primary"
            disabled={importable === 0 || importing}
            aria-disabled={importable === 0 || importing}
            onClick={() => void runImport(finish)}
          >
            {importing ? t('importing') : importLabel}
          </button>
        </>
      )}
    >
      <p id={hintId} className="field-hint">
        {t('intro')}
      </p>
      <div className="import-source">
        <div className="field import-paste">
          <label className="field-label" htmlFor={`${hintId}-paste`}>
            {t('pasteLabel')}
          </label>
          <textarea
            id={`${hintId}-paste`}
            ref={pasteRef}
            rows={5}
            value={text}
            placeholder={t('pastePlaceholder')}
            aria-describedby={hintId}
            spellCheck={false}
            onChange={(event) => {
              setText(event.target.value);
              setFile(null);
            }}
          />
        </div>
        <div className="import-file">
          <span className="button" aria-hidden="true">
            {reading ? t('reading') : t('chooseFile')}
          </span>
          <input ref={fileRef} type="file" accept=".csv,.tsv,.txt,.xlsx" aria-label={t('chooseFile')} disabled={reading} onChange={(event) => void onPick(event)} />
          {file ? <span className="muted">{t('fileChosen', { name: file.name })}</span> : null}
        </div>
      </div>
      <div className="import-options">
        <input id={createId} type="checkbox" checked={createUnits} onChange={(event) => setCreateUnits(event.target.checked)} />
        <label htmlFor={createId}>{t('createUnits')}</label>
        <span className="muted">{t('createUnitsHint')}</span>
      </div>
      {problem ? (
        <p className="import-problem" role="alert">
          {problem}
        </p>
      ) : preview ? (
        <>
          <p className="import-summary" role="status">
            {t('summary', { people: preview.counts.peopleAdded, units: preview.counts.unitsAdded, matched: preview.counts.unitsMatched, duplicates: preview.counts.duplicates, refused: preview.counts.refused })}
          </p>
          <PreviewTable rows={preview.rows} locale={locale} />
        </>
      ) : (
        <p className="import-empty muted">{t('emptyPreview')}</p>
      )}
    </ModalDialog>
  );
}

/** Rows that will not be imported come first, in sheet order: they are what needs the user's eye. */
const ATTENTION: Record<ImportPreviewRow['status'], number> = { bad: 0, duplicate: 1, new: 2, matched: 2 };

function PreviewTable({ rows: sheetRows, locale }: { rows: ImportPreviewRow[]; locale: Locale }) {
  const { t } = useTranslation(['directoryImport', 'common']);
  const rows = useMemo(() => [...sheetRows].sort((a, b) => ATTENTION[a.status] - ATTENTION[b.status] || a.line - b.line), [sheetRows]);
  const scroller = useRef<HTMLDivElement>(null);
  const virtual = rows.length > VIRTUAL_OVER;
  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualiser's object is read in render by design
  const virtualizer = useVirtualizer({
    count: virtual ? rows.length : 0,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 10,
  });
  const items = virtual ? virtualizer.getVirtualItems() : null;
  const visible = items ? items.map((item) => ({ row: rows[item.index]!, index: item.index })) : rows.map((row, index) => ({ row, index }));
  const before = items && items.length > 0 ? items[0]!.start : 0;
  const after = items && items.length > 0 ? virtualizer.getTotalSize() - items[items.length - 1]!.end : 0;

  return (
    <div ref={scroller} className="import-preview" tabIndex={0} role="region" aria-label={t('previewLabel')}>
      <table className="table">
        <thead>
          <tr>
            <th scope="col">{t('head.line')}</th>
            <th scope="col">{t('head.status')}</th>
            <th scope="col">{t('head.name')}</th>
            <th scope="col">{t('head.unit')}</th>
            <th scope="col">{t('head.position')}</th>
            <th scope="col">{t('head.category')}</th>
            <th scope="col">{t('head.reason')}</th>
          </tr>
        </thead>
        <tbody>
          {before > 0 ? <tr aria-hidden="true" style={{ height: before }} /> : null}
          {visible.map(({ row, index }) => (
            <tr key={row.line} ref={virtual ? virtualizer.measureElement : undefined} data-index={index} data-status={row.status} data-line={row.line}>
              <td className="import-line">{row.line}</td>
              <td>
                <span className={`import-status import-status-${row.status}`}>{t(`status.${row.status}`)}</span>
              </td>
              <th scope="row">{row.kind === 'unit' ? <span className="muted">{t('unitOnly')}</span> : row.name}</th>
              <td>
                {row.unitName}
                {row.unitStatus !== 'none' && row.status !== 'bad' ? <span className="muted import-unit-status">{t(`unitStatus.${row.unitStatus}`)}</span> : null}
              </td>
              <td>{row.position}</td>
              <td>{row.kind === 'person' ? t(`common:personCategory.${row.category}`) : ''}</td>
              <td className="import-reason">{rowReasonText(row, locale)}</td>
            </tr>
          ))}
          {after > 0 ? <tr aria-hidden="true" style={{ height: after }} /> : null}
        </tbody>
      </table>
    </div>
  );
}
