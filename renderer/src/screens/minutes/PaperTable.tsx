import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { TextArea, TextInput } from '../../components/Field.js';
import type { MinutesForm } from './model.js';
import { AddButton, focusAdd, focusRow, None, RemoveButton, removeAt, Section, setAt, type ErrorAt, type SectionProps, type Update } from './parts.js';

/** The two tables of the minutes: the agenda and the task breakdown. */
type TableList = 'agenda' | 'actions';
type RowOf<L extends TableList> = MinutesForm[L][number];
type ColumnOf<L extends TableList> = Exclude<keyof RowOf<L>, 'key'> & string;

export interface TableSpec<L extends TableList> {
  /** The form's list, also the i18n group of the headings (`agenda.title`, `actions.task`, …). */
  list: L;
  columns: readonly ColumnOf<L>[];
  /** Columns that wrap onto more lines as they grow; the others are one-line inputs. */
  multiline: readonly ColumnOf<L>[];
  newRow: () => RowOf<L>;
}

/**
 * The headings are looked up by keys built from the list and column names (`agenda.title`,
 * `actions.row`, …), which the typed `t` cannot check; every one exists in both languages (the
 * minutes e2e tests read them in each).
 */
type Say = (key: string, options?: Record<string, unknown>) => string;
function useSay(): Say {
  const { t } = useTranslation('minutes');
  return t as unknown as Say;
}

interface LineProps<L extends TableList> {
  spec: TableSpec<L>;
  row: RowOf<L>;
  index: number;
  update: Update;
  errorAt: ErrorAt;
  locked: boolean;
}

/** One row of cells, as a table row for screen readers; memoised, so typing in one row redraws only it. */
function LineOf<L extends TableList>({ spec, row, index, update, errorAt, locked }: LineProps<L>) {
  const t = useSay();
  const { list } = spec;
  const rowName = t(`${list}.row`, { n: index + 1 });
  const change = (name: ColumnOf<L>, value: string) =>
    update((f) => ({ ...f, [list]: setAt(f[list] as RowOf<L>[], index, { [name]: value } as Partial<RowOf<L>>) }));
  return (
    <div role="row" className="paper-tr" data-row={row.key}>
      <div role="cell" className="paper-td col-no">
        {index + 1}
      </div>
      {spec.columns.map((name) => {
        const field = {
          label: `${rowName} · ${t(`${list}.${name}`)}`,
          hideLabel: true,
          value: row[name] as string,
          error: errorAt(`${list}.${index}.${name}`),
        };
        return (
          <div key={name} role="cell" className={`paper-td col-${name}`}>
            {spec.multiline.includes(name) ? (
              <TextArea {...field} rows={1} onChange={(e) => change(name, e.target.value)} />
            ) : (
              <TextInput {...field} onChange={(e) => change(name, e.target.value)} />
            )}
          </div>
        );
      })}
      {locked ? null : (
        <div role="cell" className="paper-td col-remove">
          <RemoveButton
            label={t('action.removeItem', { what: rowName })}
            onClick={() => {
              update((f) => ({ ...f, [list]: removeAt(f[list] as RowOf<L>[], index) }));
              focusAdd(list);
            }}
          />
        </div>
      )}
    </div>
  );
}
const Line = memo(LineOf) as typeof LineOf;

/** A section holding one table: headings, rows, the None line when empty, and Add. */
export function PaperTableSection<L extends TableList>({ spec, form, update, errorAt, locked }: SectionProps & { spec: TableSpec<L> }) {
  const t = useSay();
  const { list } = spec;
  const rows = form[list] as RowOf<L>[];
  return (
    <Section id={list} heading={t(`${list}.heading`)}>
      {rows.length ? (
        <div className="paper-table-wrap">
          <div role="table" aria-label={t(`${list}.heading`)} className={`paper-table ${list}-table`}>
            <div role="rowgroup">
              <div role="row" className="paper-tr paper-head-row">
                <div role="columnheader" className="paper-th col-no">
                  {t(`${list}.no`)}
                </div>
                {spec.columns.map((name) => (
                  <div key={name} role="columnheader" className={`paper-th col-${name}`}>
                    {t(`${list}.${name}`)}
                  </div>
                ))}
                {locked ? null : (
                  <div role="columnheader" className="paper-th col-remove">
                    <span className="visually-hidden">{t('action.remove')}</span>
                  </div>
                )}
              </div>
            </div>
            <div role="rowgroup">
              {rows.map((row, index) => (
                <Line key={row.key} spec={spec} row={row} index={index} update={update} errorAt={errorAt} locked={locked} />
              ))}
            </div>
          </div>
        </div>
      ) : (
        <None text={t(`${list}.none`)} />
      )}
      {locked ? null : (
        <AddButton
          list={list}
          label={t(`${list}.add`)}
          onClick={() => {
            const row = spec.newRow();
            update((f) => ({ ...f, [list]: [...(f[list] as RowOf<L>[]), row] }));
            focusRow(row.key);
          }}
        />
      )}
    </Section>
  );
}
