import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { defineMessage, defineMessages, useIntl } from 'react-intl';
import { fieldError, TextField } from '../app/ui/fields.js';
import { Form, SubmitButton } from '../app/ui/form.js';
import { ErrorNotice, Notice } from '../app/ui/notice.js';
import { authApi, MIN_PASSWORD } from './api.js';

const MESSAGES = defineMessages({
  current: { id: 'password.current', defaultMessage: 'Current password' },
  submit: { id: 'password.submit', defaultMessage: 'Change password' },
  whyDisabled: { id: 'password.whyDisabled', defaultMessage: 'Enter your current and new password.' },
  tooShort: defineMessage<{ min: number }>({
    id: 'password.tooShort',
    defaultMessage: 'Use at least {min} characters.',
  }),
  same: { id: 'password.same', defaultMessage: 'Choose a password different from the current one.' },
  differ: { id: 'password.differ', defaultMessage: 'The two new passwords are not the same.' },
  changed: {
    id: 'password.changed',
    defaultMessage: 'Password changed. Your other sessions were signed out.',
  },
  next: { id: 'password.next', defaultMessage: 'New password' },
  hint: defineMessage<{ min: number }>({
    id: 'password.hint',
    defaultMessage: 'At least {min} characters. A few unrelated words make a strong one.',
  }),
  repeat: { id: 'password.repeat', defaultMessage: 'Repeat the new password' },
  saving: { id: 'password.saving', defaultMessage: 'Saving…' },
});

export function ChangePasswordForm({
  currentLabel,
  submitLabel,
  onDone,
  showSuccess = true,
}: {
  currentLabel?: string;
  submitLabel?: string;
  onDone?: () => void | Promise<void>;
  showSuccess?: boolean;
}) {
  const t = useIntl().formatMessage;
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
    if (next.length < MIN_PASSWORD) errors.next = t(MESSAGES.tooShort, { min: MIN_PASSWORD });
    else if (next === current) errors.next = t(MESSAGES.same);
    if (confirm !== next) errors.confirm = t(MESSAGES.differ);
    setLocalErrors(errors);
    if (errors.next || errors.confirm) return;
    change.mutate();
  }

  return (
    <Form onSubmit={submit}>
      {change.isSuccess && showSuccess ? <Notice kind="success">{t(MESSAGES.changed)}</Notice> : null}
      <ErrorNotice error={change.error} />
      <TextField
        label={currentLabel ?? t(MESSAGES.current)}
        type="password"
        value={current}
        onValue={setCurrent}
        error={fieldError(change.error, 'currentPassword')}
        autoComplete="current-password"
        required
      />
      <TextField
        label={t(MESSAGES.next)}
        type="password"
        value={next}
        onValue={setNext}
        error={localErrors.next ?? fieldError(change.error, 'newPassword')}
        hint={t(MESSAGES.hint, { min: MIN_PASSWORD })}
        autoComplete="new-password"
        required
        minLength={MIN_PASSWORD}
      />
      <TextField
        label={t(MESSAGES.repeat)}
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
          pendingLabel={t(MESSAGES.saving)}
          disabled={!current || !next}
          whyDisabled={t(MESSAGES.whyDisabled)}
        >
          {submitLabel ?? t(MESSAGES.submit)}
        </SubmitButton>
      </div>
    </Form>
  );
}
