import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { toast } from 'sonner';
import type { TrashItem, TrashKind } from '../../../../shared/domain.js';
import type { trash as trashMessages } from '../../../../shared/i18n/zh-CN/trash.js';
import { useCall } from '../../app/client.js';
import { useRunResult } from '../../components/run.js';
import { useConfirm } from '../../components/ConfirmDialog.js';
import { EmptyState } from '../../components/EmptyState.js';
import { ErrorNotice, Loading } from '../../components/ErrorNotice.js';
import { formatDateTime } from '../../components/format.js';

/** Every kind the trash can hold has a name in both languages: a new kind without one fails the type-check. */
type KindWord = keyof typeof trashMessages.kind;
const kindWord = (kind: TrashKind): `kind.${KindWord}` => `kind.${kind satisfies KindWord}`;

export function TrashScreen() {
  const { t, i18n } = useTranslation(['trash', 'common']);
  const items = useCall('trash.list', {});
  const run = useRunResult();
  const [dialog, confirm] = useConfirm();
  const heading = useRef<HTMLHeadingElement>(null);

  const restore = async (item: TrashItem) => {
    if (!(await run('trash.restore', { kind: item.kind, id: item.id })).ok) return;
    toast.success(t('common:toast.restored', { label: item.label }));
    await items.refetch();
    heading.current?.focus();
  };

  const purge = async (item: TrashItem) => {
    const sure = await confirm({
      title: t('confirm.title', { label: item.label }),
      body: <p>{t('confirm.body')}</p>,
      confirmLabel: t('confirm.confirm'),
      danger: true,
    });
    if (!sure) return;
    if (!(await run('trash.purge', { kind: item.kind, id: item.id })).ok) return;
    toast.success(t('purged', { label: item.label }));
    await items.refetch();
    heading.current?.focus();
  };

  return (
    <div className="screen">
      <div className="page-header">
        <div>
          <h1 ref={heading} tabIndex={-1}>
            {t('title')}
          </h1>
          <p className="lead">{t('intro')}</p>
        </div>
      </div>
      {dialog}
      {items.isPending ? <Loading /> : null}
      {items.isError ? <ErrorNotice error={items.error} onRetry={() => void items.refetch()} /> : null}
      {items.data && items.data.length === 0 ? <EmptyState title={t('empty.title')} hint={t('empty.hint')} /> : null}
      {items.data && items.data.length > 0 ? (
        <div className="card table-wrap">
          <table className="table">
            <caption className="visually-hidden">{t('title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('column.kind')}</th>
                <th scope="col">{t('column.label')}</th>
                <th scope="col">{t('column.deletedAt')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('column.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {items.data.map((item) => (
                <tr key={`${item.kind}:${item.id}`}>
                  <td>
                    <span className="badge badge-neutral">{t(kindWord(item.kind))}</span>
                  </td>
                  <th scope="row" className="row-label">
                    {item.label}
                  </th>
                  <td>{formatDateTime(item.deletedAt, i18n.language)}</td>
                  <td className="actions">
                    <div className="button-row end">
                      <button type="button" className="button small" aria-label={t('restoreItem', { label: item.label })} onClick={() => void restore(item)}>
                        {t('common:action.restore')}
                      </button>
                      <button
                        type="button"
                        className="button small ghost danger-text"
                        aria-label={t('purgeItem', { label: item.label })}
                        onClick={() => void purge(item)}
                      >
                        {t('common:action.purge')}
                      </button>
                    </div>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </div>
  );
}
