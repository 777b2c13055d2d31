import { useEffect, useId, useRef, useState, type ReactNode, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';

/** Closes the dialog (focus returns to where it was before it opened), then runs `after`. */
export type Finish = (after: () => void) => void;

export interface ModalDialogProps {
  /** The heading, which names the dialog. */
  title: ReactNode;
  className?: string;
  /** The question's text, which describes the dialog (aria-describedby). */
  body?: ReactNode;
  /** Escape ends here, through `finish`. */
  onClose: () => void;
  /** Where the focus starts; without it, the browser's choice (an `autoFocus` button or the first focusable). */
  initialFocus?: RefObject<HTMLElement | null>;
  children?: ReactNode | ((finish: Finish) => ReactNode);
  /** The row of buttons at the bottom. */
  actions: (finish: Finish) => ReactNode;
}

/**
 * Every modal of the app, on the native <dialog> opened with showModal(): the browser traps the
 * focus, makes the page behind it inert, and gives the focus back on close(). Named by its heading.
 * Closing goes through `finish`, so the focus is handed back before the owner unmounts the dialog.
 */
export function ModalDialog({ title, className, body, onClose, initialFocus, children, actions }: ModalDialogProps) {
  // In state, not a ref: `finish` is handed to render functions, and a ref must not be read in render.
  const [dialog, setDialog] = useState<HTMLDialogElement | null>(null);
  const titleId = useId();
  const bodyId = useId();

  useEffect(() => {
    if (!dialog) return;
    if (!dialog.open) dialog.showModal();
    initialFocus?.current?.focus();
  }, [dialog, initialFocus]);

  const finish: Finish = (after) => {
    dialog?.close();
    after();
  };

  return (
    <dialog
      ref={setDialog}
      className={className ? `dialog ${className}` : 'dialog'}
      aria-labelledby={titleId}
      aria-describedby={body ? bodyId : undefined}
      onCancel={(event) => {
        event.preventDefault();
        finish(onClose);
      }}
    >
      <h2 id={titleId}>{title}</h2>
      {body ? (
        <div id={bodyId} className="dialog-body">
          {body}
        </div>
      ) : null}
      {typeof children === 'function' ? children(finish) : children}
      <div className="button-row dialog-actions">{actions(finish)}</div>
    </dialog>
  );
}

/**
 * A modal to read, not to answer: one Close button, which takes the initial focus (showModal() would
 * otherwise focus the first focusable element, often a long scrollable list).
 */
export function ReadingDialog({ title, className, onClose, children }: Pick<ModalDialogProps, 'title' | 'className' | 'onClose' | 'children'>) {
  const { t } = useTranslation('common');
  const closeRef = useRef<HTMLButtonElement>(null);
  return (
    <ModalDialog
      title={title}
      className={className}
      onClose={onClose}
      initialFocus={closeRef}
      actions={(finish) => (
        <button ref={closeRef} type="button" className="button primary" onClick={() => finish(onClose)}>
          {t('action.close')}
        </button>
      )}
    >
      {children}
    </ModalDialog>
  );
}
