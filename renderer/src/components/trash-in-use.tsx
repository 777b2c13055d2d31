import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReferableKind, References } from '../../../shared/domain.js';
import { useClient } from '../app/client.js';
import { useConfirm } from './ConfirmDialog.js';
import { useTrashWithUndo } from './run.js';

/** "清源县工业和信息化局”是 3 项任务的牵头单位和 5 人的所在单位" / "… is the lead unit of 3 tasks and the unit of 5 people". */
function ReferencesBody({ refs }: { refs: References }) {
  const { t, i18n } = useTranslation('common');
  const parts = refs.refs.map((r) => t(`inUse.ref.${r.kind}`, { count: r.count }));
  const list = new Intl.ListFormat(i18n.language, { type: 'conjunction' }).format(parts);
  const directory = refs.kind === 'unit' || refs.kind === 'person';
  return (
    <>
      <p>{t(directory ? 'inUse.bodyIs' : 'inUse.bodyHas', { name: refs.name, list })}</p>
      <p>{directory ? `${t('inUse.restorable')}${i18n.language.startsWith('zh') ? '' : ' '}${t('inUse.keepsName')}` : t('inUse.restorable')}</p>
    </>
  );
}

/**
 * Deletes to the trash with Undo, like useTrashWithUndo, but asks first when others still refer to
 * the row (refs.of): a unit that leads tasks, a person who spoke, a stage with sessions. Nothing in
 * use goes with one click. `const [dialog, trash] = useTrashAskingFirst()`: render `dialog`.
 */
export function useTrashAskingFirst() {
  const client = useClient();
  const trash = useTrashWithUndo();
  const [dialog, confirm] = useConfirm();
  const { t } = useTranslation('common');
  const trashAskingFirst = useCallback(
    async (kind: ReferableKind, id: string, label: string) => {
      const refs = await client.call('refs.of', { kind, id });
      // A failed look-up (the row is already gone) falls through: the delete reports it in words.
      if (refs.ok && refs.value.refs.length > 0) {
        const confirmed = await confirm({
          title: t('inUse.title', { name: label }),
          body: <ReferencesBody refs={refs.value} />,
          confirmLabel: t('inUse.confirm'),
          danger: true,
        });
        if (!confirmed) return false;
      }
      return trash(kind, id, label);
    },
    [client, confirm, trash, t],
  );
  return [dialog, trashAskingFirst] as const;
}
