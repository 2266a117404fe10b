import { type FormHTMLAttributes, type ReactNode, useId, useState } from 'react';
import { FieldLabels } from './field-labels.js';

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
