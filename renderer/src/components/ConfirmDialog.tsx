import { useCallback, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ModalDialog } from './ModalDialog.js';

export interface Choice<V extends string> {
  value: V;
  label: string;
  danger?: boolean;
  primary?: boolean;
}

interface ChoiceOptions<V extends string> {
  title: string;
  body?: ReactNode;
  choices: Choice<V>[];
}

export interface ConfirmOptions {
  title: string;
  body?: ReactNode;
  confirmLabel: string;
  /** Styles the confirm button as destructive. */
  danger?: boolean;
}

/**
 * A modal question with one or more answers. Cancel comes first and has the initial focus, so a
 * stray Enter never destroys anything; Escape cancels too.
 */
function ChoiceDialog<V extends string>({ title, body, choices, onClose }: ChoiceOptions<V> & { onClose: (value: V | null) => void }) {
  const { t } = useTranslation();
  return (
    <ModalDialog
      title={title}
      body={body}
      onClose={() => onClose(null)}
      actions={(finish) => (
        <>
          <button type="button" className="button" autoFocus onClick={() => finish(() => onClose(null))}>
            {t('action.cancel')}
          </button>
          {choices.map((choice) => (
            <button
              key={choice.value}
              type="button"
              className={choice.danger ? 'button danger' : choice.primary ? 'button primary' : 'button'}
              onClick={() => finish(() => onClose(choice.value))}
            >
              {choice.label}
            </button>
          ))}
        </>
      )}
    />
  );
}

/** `const [dialog, choose] = useChoice()`: render `dialog`; `await choose({...})` is the value or null. */
export function useChoice<V extends string>() {
  const [request, setRequest] = useState<{ options: ChoiceOptions<V>; resolve: (value: V | null) => void } | null>(null);
  const choose = useCallback((options: ChoiceOptions<V>) => new Promise<V | null>((resolve) => setRequest({ options, resolve })), []);
  const dialog = request ? (
    <ChoiceDialog<V>
      {...request.options}
      onClose={(value) => {
        request.resolve(value);
        setRequest(null);
      }}
    />
  ) : null;
  return [dialog, choose] as const;
}

/** `const [dialog, confirm] = useConfirm()`: render `dialog`, then `if (await confirm({...})) ...`. */
export function useConfirm() {
  const [dialog, choose] = useChoice<'confirm'>();
  const confirm = useCallback(
    async ({ title, body, confirmLabel, danger }: ConfirmOptions) =>
      (await choose({ title, body, choices: [{ value: 'confirm', label: confirmLabel, danger, primary: !danger }] })) === 'confirm',
    [choose],
  );
  return [dialog, confirm] as const;
}
