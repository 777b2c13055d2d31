import { useCallback, useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

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

/** A modal question with several answers on the native <dialog>; Cancel has the initial focus. */
function ChoiceDialog<V extends string>({ title, body, choices, onClose }: ChoiceOptions<V> & { onClose: (value: V | null) => void }) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const bodyId = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);
  const finish = (value: V | null) => {
    ref.current?.close();
    onClose(value);
  };
  return (
    <dialog
      ref={ref}
      className="dialog"
      aria-labelledby={titleId}
      aria-describedby={body ? bodyId : undefined}
      onCancel={(event) => {
        event.preventDefault();
        finish(null);
      }}
    >
      <h2 id={titleId}>{title}</h2>
      {body ? (
        <div id={bodyId} className="dialog-body">
          {body}
        </div>
      ) : null}
      <div className="button-row dialog-actions">
        <button type="button" className="button" autoFocus onClick={() => finish(null)}>
          {t('action.cancel')}
        </button>
        {choices.map((choice) => (
          <button
            key={choice.value}
            type="button"
            className={choice.danger ? 'button danger' : choice.primary ? 'button primary' : 'button'}
            onClick={() => finish(choice.value)}
          >
            {choice.label}
          </button>
        ))}
      </div>
    </dialog>
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
