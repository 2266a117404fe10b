import {
  type ChangeEvent,
  type InputHTMLAttributes,
  type ReactNode,
  type SelectHTMLAttributes,
  type TextareaHTMLAttributes,
  useContext,
  useId,
  useState,
} from 'react';
import { ApiError } from '../api.js';
import { FieldLabels } from './field-labels.js';

/** The field message the server sent for `path` (problem+json `errors[]`), if any. */
export function fieldError(error: unknown, path: string): string | undefined {
  return error instanceof ApiError ? error.fieldError(path) : undefined;
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
