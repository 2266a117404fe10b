import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { ErrorNotice, Form, fieldError, Notice, SubmitButton, TextField } from '../app/ui.js';
import { authApi, MIN_PASSWORD } from './api.js';

export function ChangePasswordForm({
  currentLabel = 'Current password',
  submitLabel = 'Change password',
  onDone,
  showSuccess = true,
}: {
  currentLabel?: string;
  submitLabel?: string;
  onDone?: () => void | Promise<void>;
  showSuccess?: boolean;
}) {
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [confirm, setConfirm] = useState('');
  const [localErrors, setLocalErrors] = useState<{ next?: string; confirm?: string }>({});
  const change = useMutation({
    mutationFn: () => authApi.changePassword(current, next),
    onSuccess: async () => {
      setCurrent('');
      setNext('');
      setConfirm('');
      await onDone?.();
    },
  });

  function submit() {
    const errors: { next?: string; confirm?: string } = {};
    if (next.length < MIN_PASSWORD) errors.next = `Use at least ${MIN_PASSWORD} characters.`;
    else if (next === current) errors.next = 'Choose a password different from the current one.';
    if (confirm !== next) errors.confirm = 'The two new passwords are not the same.';
    setLocalErrors(errors);
    if (errors.next || errors.confirm) return;
    change.mutate();
  }

  return (
    <Form onSubmit={submit}>
      {change.isSuccess && showSuccess ? (
        <Notice kind="success">Password changed. Your other sessions were signed out.</Notice>
      ) : null}
      <ErrorNotice error={change.error} />
      <TextField
        label={currentLabel}
        type="password"
        value={current}
        onValue={setCurrent}
        error={fieldError(change.error, 'currentPassword')}
        autoComplete="current-password"
        required
      />
      <TextField
        label="New password"
        type="password"
        value={next}
        onValue={setNext}
        error={localErrors.next ?? fieldError(change.error, 'newPassword')}
        hint={`At least ${MIN_PASSWORD} characters. A few unrelated words make a strong one.`}
        autoComplete="new-password"
        required
        minLength={MIN_PASSWORD}
      />
      <TextField
        label="Repeat the new password"
        type="password"
        value={confirm}
        onValue={setConfirm}
        error={localErrors.confirm}
        autoComplete="new-password"
        required
      />
      <div className="form-actions">
        <SubmitButton
          pending={change.isPending}
          pendingLabel="Saving…"
          disabled={!current || !next}
          whyDisabled="Enter your current and new password."
        >
          {submitLabel}
        </SubmitButton>
      </div>
    </Form>
  );
}
