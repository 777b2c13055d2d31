import { useCallback, useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export interface ConfirmOptions {
  title: string;
  body?: ReactNode;
  confirmLabel: string;
  /** Styles the confirm button as destructive. */
  danger?: boolean;
}

/**
 * A modal question on the native <dialog> (focus trapped, Escape cancels). Cancel has the initial
 * focus, so a stray Enter never destroys anything.
 */
function ConfirmDialog({ title, body, confirmLabel, danger, onClose }: ConfirmOptions & { onClose: (confirmed: boolean) => void }) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const bodyId = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);
  const finish = (confirmed: boolean) => {
    ref.current?.close();
    onClose(confirmed);
  };
  return (
    <dialog
      ref={ref}
      className="dialog"
      aria-labelledby={titleId}
      aria-describedby={body ? bodyId : undefined}
      onCancel={(event) => {
        event.preventDefault();
        finish(false);
      }}
    >
      <h2 id={titleId}>{title}</h2>
      {body ? (
        <div id={bodyId} className="dialog-body">
          {body}
        </div>
      ) : null}
      <div className="button-row dialog-actions">
        <button type="button" className="button" autoFocus onClick={() => finish(false)}>
          {t('action.cancel')}
        </button>
        <button type="button" className={danger ? 'button danger' : 'button primary'} onClick={() => finish(true)}>
          {confirmLabel}
        </button>
      </div>
    </dialog>
  );
}

/** `const [dialog, confirm] = useConfirm()`: render `dialog`, then `if (await confirm({...})) ...`. */
export function useConfirm() {
  const [request, setRequest] = useState<{ options: ConfirmOptions; resolve: (ok: boolean) => void } | null>(null);
  const confirm = useCallback((options: ConfirmOptions) => new Promise<boolean>((resolve) => setRequest({ options, resolve })), []);
  const dialog = request ? (
    <ConfirmDialog
      {...request.options}
      onClose={(confirmed) => {
        request.resolve(confirmed);
        setRequest(null);
      }}
    />
  ) : null;
  return [dialog, confirm] as const;
}
