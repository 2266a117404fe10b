import { useMutation } from '@tanstack/react-query';
import {
  type ChangeEvent,
  createContext,
  type FormHTMLAttributes,
  type InputHTMLAttributes,
  type ReactNode,
  type SelectHTMLAttributes,
  type TextareaHTMLAttributes,
  useContext,
  useEffect,
  useId,
  useRef,
  useState,
} from 'react';
import { defineMessages, useIntl } from 'react-intl';
import { Link } from 'react-router';
import { ApiError, errorMessage } from './api.js';

/** Sets the browser tab's title for the page being shown. */
export function useTitle(title: string): void {
  useEffect(() => {
    document.title = `${title} · Stationhand`;
  }, [title]);
}

/** The field message the server sent for `path` (problem+json `errors[]`), if any. */
export function fieldError(error: unknown, path: string): string | undefined {
  return error instanceof ApiError ? error.fieldError(path) : undefined;
}

export function PageHeader({
  title,
  description,
  actions,
}: {
  title: string;
  description?: ReactNode;
  actions?: ReactNode;
}) {
  useTitle(title);
  return (
    <div className="page-header">
      <div>
        <h1>{title}</h1>
        {description ? <p className="muted">{description}</p> : null}
      </div>
      {actions ? <div className="page-actions">{actions}</div> : null}
    </div>
  );
}

/**
 * The labels of the fields of the form around: a field given a `name` (the server's name for it, e.g.
 * `hireDate`) registers its label, so an error summary names "Hire date", never `hireDate`.
 */
const FieldLabels = createContext<Map<string, string> | null>(null);

/** "stationIds.0" → "Station ids (1)": the words of a key no field on the page names. */
export function humanizeKey(path: string): string {
  const words = path
    .split('.')
    .map((part) =>
      /^\d+$/.test(part) ? `(${Number(part) + 1})` : part.replace(/([a-z0-9])([A-Z])/g, '$1 $2'),
    )
    .join(' ')
    .toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

function useLabelOf(): (path: string) => string {
  const labels = useContext(FieldLabels);
  return (path) => {
    const [head = path, ...rest] = path.split('.');
    const label = labels?.get(path) ?? labels?.get(head);
    if (!label) return humanizeKey(path);
    return rest.length > 0 && !labels?.has(path)
      ? `${label} ${humanizeKey(rest.join('.')).toLowerCase()}`
      : label;
  };
}

/** An error from the server, shown where the action happened. */
export function ErrorNotice({ error, title }: { error: unknown; title?: string }) {
  const labelOf = useLabelOf();
  const notice = useRef<HTMLDivElement>(null);
  // A long form is sent from its bottom: bring the error at its top into view.
  useEffect(() => {
    if (error) notice.current?.scrollIntoView({ block: 'nearest' });
  }, [error]);
  if (!error) return null;
  const fieldErrors = error instanceof ApiError ? (error.problem.errors ?? []) : [];
  return (
    <div className="notice notice-error" role="alert" ref={notice}>
      {title ? <strong>{title} </strong> : null}
      {errorMessage(error)}
      {fieldErrors.length > 1 ? (
        <ul>
          {fieldErrors.map((e) => (
            <li key={`${e.path}:${e.message}`}>
              {e.path && !e.message.startsWith(`${labelOf(e.path)}:`) ? (
                <strong>{labelOf(e.path)}:</strong>
              ) : null}{' '}
              {e.message}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

export function Notice({
  kind = 'info',
  children,
}: {
  kind?: 'info' | 'success' | 'warning';
  children: ReactNode;
}) {
  return (
    <div className={`notice notice-${kind}`} role={kind === 'success' ? 'status' : undefined}>
      {children}
    </div>
  );
}

interface ControlProps {
  id: string;
  'aria-describedby'?: string;
  'aria-invalid'?: true;
}

export function Field({
  label,
  error,
  hint,
  className,
  required,
  name,
  children,
}: {
  label: string;
  error?: string | undefined;
  hint?: ReactNode;
  className?: string;
  /** Marks the label (the control itself carries `required`). */
  required?: boolean | undefined;
  /** The server's name for the field, so error summaries use `label` for it. */
  name?: string | undefined;
  children: (props: ControlProps) => ReactNode;
}) {
  const id = useId();
  const labels = useContext(FieldLabels);
  if (name) labels?.set(name, label);
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(' ') || undefined;
  const props: ControlProps = { id };
  if (describedBy) props['aria-describedby'] = describedBy;
  if (error) props['aria-invalid'] = true;
  return (
    <div className={`field${error ? ' has-error' : ''}${className ? ` ${className}` : ''}`}>
      {/* A required field's label gets a star (styles.css); the control itself says "required". */}
      <label htmlFor={id} className={required ? 'required' : undefined}>
        {label}
      </label>
      {children(props)}
      {hint ? (
        <p className="hint" id={hintId}>
          {hint}
        </p>
      ) : null}
      {error ? (
        <p className="field-error" id={errorId}>
          {error}
        </p>
      ) : null}
    </div>
  );
}

/**
 * A field's error shows until the person changes the field: the value it was given for is remembered,
 * and a new error (after the next submit, when the old one went away) starts again.
 */
function useErrorUntilChanged(error: string | undefined, value: string): string | undefined {
  const [givenFor, setGivenFor] = useState<{ error: string | undefined; value: string }>({ error, value });
  if (givenFor.error !== error) {
    setGivenFor({ error, value });
    return error;
  }
  return givenFor.value === value ? error : undefined;
}

/** The Field props a control passes on: its label, current error, hint, class, and required/name. */
function fieldProps(
  o: { label: string; error?: string | undefined; hint?: ReactNode; className?: string | undefined },
  rest: { required?: boolean | undefined; name?: string | undefined },
  shownError: string | undefined,
) {
  return {
    label: o.label,
    error: shownError,
    hint: o.hint,
    required: rest.required,
    name: rest.name,
    ...(o.className ? { className: o.className } : {}),
  };
}

type InputProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'onChange' | 'value' | 'id'> & {
  label: string;
  value: string;
  onValue: (value: string) => void;
  error?: string | undefined;
  hint?: ReactNode;
};

export function TextField({ label, value, onValue, error, hint, className, ...rest }: InputProps) {
  const shown = useErrorUntilChanged(error, value);
  return (
    <Field {...fieldProps({ label, error, hint, className }, rest, shown)}>
      {(props) => (
        <input
          {...rest}
          {...props}
          value={value}
          onChange={(e: ChangeEvent<HTMLInputElement>) => onValue(e.target.value)}
        />
      )}
    </Field>
  );
}

type TextAreaProps = Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'onChange' | 'value' | 'id'> & {
  label: string;
  value: string;
  onValue: (value: string) => void;
  error?: string | undefined;
  hint?: ReactNode;
};

export function TextAreaField({ label, value, onValue, error, hint, className, ...rest }: TextAreaProps) {
  const shown = useErrorUntilChanged(error, value);
  return (
    <Field {...fieldProps({ label, error, hint, className }, rest, shown)}>
      {(props) => (
        <textarea
          {...rest}
          {...props}
          value={value}
          onChange={(e: ChangeEvent<HTMLTextAreaElement>) => onValue(e.target.value)}
        />
      )}
    </Field>
  );
}

type SelectProps = Omit<SelectHTMLAttributes<HTMLSelectElement>, 'onChange' | 'value' | 'id'> & {
  label: string;
  value: string;
  onValue: (value: string) => void;
  options: { value: string; label: string }[];
  error?: string | undefined;
  hint?: ReactNode;
};

export function SelectField({
  label,
  value,
  onValue,
  options,
  error,
  hint,
  className,
  ...rest
}: SelectProps) {
  const shown = useErrorUntilChanged(error, value);
  return (
    <Field {...fieldProps({ label, error, hint, className }, rest, shown)}>
      {(props) => (
        <select {...rest} {...props} value={value} onChange={(e) => onValue(e.target.value)}>
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

export function Checkbox({
  label,
  checked,
  onChecked,
  hint,
  disabled,
}: {
  label: ReactNode;
  checked: boolean;
  onChecked: (checked: boolean) => void;
  hint?: ReactNode;
  disabled?: boolean;
}) {
  const id = useId();
  return (
    <div className="checkbox">
      <input
        id={id}
        type="checkbox"
        checked={checked}
        disabled={disabled}
        onChange={(e) => onChecked(e.target.checked)}
        aria-describedby={hint ? `${id}-hint` : undefined}
      />
      <label htmlFor={id}>{label}</label>
      {hint ? (
        <p className="hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
    </div>
  );
}

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

/** A form the app checks itself (`noValidate`) and handles without a page load. */
export function Form({
  onSubmit,
  className = 'stack',
  children,
  ...rest
}: Omit<FormHTMLAttributes<HTMLFormElement>, 'onSubmit'> & { onSubmit: () => void }) {
  const [labels] = useState(() => new Map<string, string>());
  return (
    <FieldLabels.Provider value={labels}>
      <form
        {...rest}
        className={className}
        onSubmit={(e) => {
          e.preventDefault();
          onSubmit();
        }}
        noValidate
      >
        {children}
      </form>
    </FieldLabels.Provider>
  );
}

/** A form's submit button: disabled while the form is not ready, showing `pendingLabel` while it is sent. */
export function SubmitButton({
  pending,
  pendingLabel,
  disabled,
  whyDisabled,
  className = 'button-primary',
  children,
}: {
  pending: boolean;
  pendingLabel: string;
  disabled?: boolean;
  /** Said beside the button while it is disabled, e.g. "Choose a station first." */
  whyDisabled?: string | undefined;
  className?: string;
  children: ReactNode;
}) {
  const reasonId = useId();
  const reason = disabled && !pending ? whyDisabled : undefined;
  return (
    <>
      {reason ? (
        <span className="submit-reason" id={reasonId}>
          {reason}
        </span>
      ) : null}
      <button
        type="submit"
        className={className}
        disabled={pending || disabled}
        aria-describedby={reason ? reasonId : undefined}
      >
        {pending ? pendingLabel : children}
      </button>
    </>
  );
}

/**
 * The first thing a form still lacks, in words for the disabled submit button, or undefined when it is
 * ready: `whyNotReady([[email.trim(), 'Enter the email.'], [name.trim(), 'Enter the name.']])`.
 */
export function whyNotReady(checks: readonly (readonly [unknown, string])[]): string | undefined {
  return checks.find(([ok]) => !ok)?.[1];
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

/** A secret the server shows only once (one-time password, API token), with a copy button. */
export function SecretReveal({ label, value, note }: { label: string; value: string; note?: ReactNode }) {
  const [copied, setCopied] = useState<'idle' | 'copied' | 'failed'>('idle');
  const inputId = useId();
  async function copy() {
    try {
      await navigator.clipboard.writeText(value);
      setCopied('copied');
    } catch {
      const input = document.getElementById(inputId);
      if (input instanceof HTMLInputElement) input.select();
      setCopied('failed');
    }
  }
  return (
    <div className="secret">
      <label htmlFor={inputId}>{label}</label>
      <div className="secret-row">
        <input
          id={inputId}
          readOnly
          value={value}
          className="mono"
          onFocus={(e) => e.target.select()}
          data-testid="secret-value"
        />
        <button type="button" className="button-secondary" onClick={copy}>
          Copy
        </button>
      </div>
      <p className="hint" aria-live="polite">
        {copied === 'copied'
          ? 'Copied to the clipboard.'
          : copied === 'failed'
            ? 'Could not copy automatically: the text is selected, press Ctrl+C (⌘C).'
            : (note ?? 'This is shown only once. Copy it now.')}
      </p>
    </div>
  );
}

const UI_MESSAGES = defineMessages({
  loading: { id: 'ui.loading', defaultMessage: 'Loading…' },
});

export function Loading({ label }: { label?: string }) {
  const t = useIntl().formatMessage;
  return (
    <p className="loading" role="status">
      <span className="spinner" aria-hidden="true" />
      {label ?? t(UI_MESSAGES.loading)}
    </p>
  );
}

function EmptyState({ children }: { children: ReactNode }) {
  return <p className="empty">{children}</p>;
}

export function NoAccess({ what }: { what?: string }) {
  useTitle('No access');
  return (
    <section className="no-access" aria-labelledby="no-access-title">
      <h1 id="no-access-title">You don’t have access</h1>
      <p>
        {what ? `${what} is` : 'This page is'} only available to roles with the right permission. Ask an owner
        of your organisation if you need it.
      </p>
      <p>
        <Link to="/">Back to the home page</Link>
      </p>
    </section>
  );
}

/** Where a list query stands: loading, failed, or answered with nothing to show. */
export function QueryStatus({
  query,
  isEmpty,
  empty,
}: {
  query: { isPending: boolean; isSuccess: boolean; error: unknown };
  isEmpty?: boolean;
  empty?: ReactNode;
}) {
  return (
    <>
      {query.isPending ? <Loading /> : null}
      <ErrorNotice error={query.error} />
      {query.isSuccess && isEmpty ? <EmptyState>{empty}</EmptyState> : null}
    </>
  );
}

/** The next page of a cursor-paged list (`usePagedQuery`), while there is one. */
export function LoadMore({
  query,
}: {
  query: { hasNextPage: boolean; isFetchingNextPage: boolean; fetchNextPage: () => Promise<unknown> };
}) {
  if (!query.hasNextPage) return null;
  return (
    <div className="load-more">
      <button
        type="button"
        className="button-secondary"
        onClick={() => void query.fetchNextPage()}
        disabled={query.isFetchingNextPage}
      >
        {query.isFetchingNextPage ? 'Loading…' : 'Load more'}
      </button>
    </div>
  );
}

export function StatusBadge({
  tone,
  children,
}: {
  tone: 'good' | 'bad' | 'neutral' | 'warn';
  children: ReactNode;
}) {
  return <span className={`badge badge-${tone}`}>{children}</span>;
}
