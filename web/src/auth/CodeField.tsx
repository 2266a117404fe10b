import { TextField } from '../app/ui/fields.js';

/** The 6-digit code of an authenticator app; spaces are allowed, as apps show it "123 456". */
export function CodeField({
  label,
  value,
  onValue,
  error,
  autoFocus,
}: {
  label: string;
  value: string;
  onValue: (value: string) => void;
  error: string | undefined;
  autoFocus?: boolean;
}) {
  return (
    <TextField
      label={label}
      value={value}
      onValue={onValue}
      error={error}
      inputMode="numeric"
      autoComplete="one-time-code"
      pattern="[0-9 ]*"
      maxLength={10}
      required
      autoFocus={autoFocus}
    />
  );
}

/** The code as the server takes it: without the spaces. */
export function codeDigits(code: string): string {
  return code.replace(/\s+/g, '');
}
