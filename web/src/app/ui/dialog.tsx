import { useMutation } from '@tanstack/react-query';
import { type ReactNode, useEffect, useId, useRef } from 'react';
import { Form, SubmitButton } from './form.js';
import { ErrorNotice } from './notice.js';

/** A modal dialog (native <dialog>): focus stays inside, Escape closes, focus returns on close. */
export function Modal({
  title,
  onClose,
  children,
  wide,
}: {
  title: string;
  onClose: () => void;
  children: ReactNode;
  wide?: boolean;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const close = useRef(onClose);
  close.current = onClose;
  useEffect(() => {
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const dialog = ref.current;
    if (dialog && !dialog.open) {
      dialog.showModal();
      // Start where the work is: the first field, else the first action (Cancel in a confirmation).
      const first = dialog.querySelector<HTMLElement>(
        '.modal-body input:not([readonly]), .modal-body select, .modal-body textarea, .modal-body .form-actions button',
      );
      first?.focus();
    }
    return () => {
      if (dialog?.open) dialog.close();
      if (opener?.isConnected) opener.focus();
    };
  }, []);
  return (
    <dialog
      ref={ref}
      className={`modal${wide ? ' modal-wide' : ''}`}
      aria-labelledby={titleId}
      onCancel={(e) => {
        e.preventDefault();
        close.current();
      }}
    >
      <div className="modal-head">
        <h2 id={titleId}>{title}</h2>
        <button
          type="button"
          className="button-ghost icon-button"
          aria-label="Close"
          onClick={() => close.current()}
        >
          <span aria-hidden="true">×</span>
        </button>
      </div>
      <div className="modal-body">{children}</div>
    </dialog>
  );
}

/**
 * Asks before an action, then runs it: the dialog shows the action as pending and stays open with the
 * error if it fails. Mount it only while asking, so each question starts without an old error.
 */
export function ConfirmDialog<R>({
  title,
  children,
  confirmLabel,
  danger,
  run,
  onDone,
  onCancel,
}: {
  title: string;
  children: ReactNode;
  confirmLabel: string;
  danger?: boolean;
  run: () => Promise<R>;
  onDone: (result: R) => void | Promise<void>;
  onCancel: () => void;
}) {
  const action = useMutation({ mutationFn: run, onSuccess: onDone });
  return (
    <Modal title={title} onClose={onCancel}>
      <div className="stack">
        {children}
        <ErrorNotice error={action.error} />
        <div className="form-actions">
          <button type="button" className="button-secondary" onClick={onCancel}>
            Cancel
          </button>
          <button
            type="button"
            className={danger ? 'button-danger' : 'button-primary'}
            onClick={() => action.mutate()}
            disabled={action.isPending}
          >
            {action.isPending ? 'Working…' : confirmLabel}
          </button>
        </div>
      </div>
    </Modal>
  );
}

/** The outcome of an action (such as a secret shown only once), closed with Done. */
export function DoneDialog({
  title,
  onClose,
  children,
}: {
  title: string;
  onClose: () => void;
  children: ReactNode;
}) {
  return (
    <Modal title={title} onClose={onClose}>
      <div className="stack">
        {children}
        <div className="form-actions">
          <button type="button" className="button-primary" onClick={onClose}>
            Done
          </button>
        </div>
      </div>
    </Modal>
  );
}

/** What a form dialog needs of its mutation. */
interface Submission {
  mutate: () => void;
  isPending: boolean;
  error: unknown;
}

/** A form in a modal: the server's error on top, Cancel and the submit button at the bottom. */
export function FormDialog({
  title,
  onClose,
  submission,
  ready,
  whyNotReady,
  submitLabel,
  pendingLabel,
  intro,
  wide,
  children,
}: {
  title: string;
  onClose: () => void;
  submission: Submission;
  /** Whether the fields are filled in enough to submit. */
  ready: boolean;
  /** Why not, while not ready: said beside the disabled submit button. */
  whyNotReady?: string | undefined;
  submitLabel: string;
  pendingLabel: string;
  /** Shown above the error, e.g. who or what is being edited. */
  intro?: ReactNode;
  /** A wider dialog, for forms with many fields side by side. */
  wide?: boolean;
  children: ReactNode;
}) {
  return (
    <Modal title={title} onClose={onClose} wide={wide}>
      <Form onSubmit={() => submission.mutate()}>
        {intro}
        <ErrorNotice error={submission.error} />
        {children}
        <div className="form-actions">
          <button type="button" className="button-secondary" onClick={onClose}>
            Cancel
          </button>
          <SubmitButton
            pending={submission.isPending}
            pendingLabel={pendingLabel}
            disabled={!ready}
            whyDisabled={whyNotReady}
          >
            {submitLabel}
          </SubmitButton>
        </div>
      </Form>
    </Modal>
  );
}
