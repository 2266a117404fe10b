import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { fieldError } from '../app/ui/fields.js';
import { Form, SubmitButton } from '../app/ui/form.js';
import { ErrorNotice } from '../app/ui/notice.js';
import { authApi } from './api.js';
import { CodeField, codeDigits } from './CodeField.js';

function groups(secret: string): string {
  return secret.replace(/(.{4})/g, '$1 ').trim();
}

/** Start setup → scan the QR code (or type the key) → confirm with a code. */
export function TwoFactorEnrol({ onDone }: { onDone: () => void | Promise<void> }) {
  const [code, setCode] = useState('');
  const setup = useMutation({ mutationFn: authApi.totpSetup });
  const enable = useMutation({
    mutationFn: () => authApi.totpEnable(codeDigits(code)),
    onSuccess: async () => {
      setCode('');
      await onDone();
    },
  });

  if (!setup.data) {
    return (
      <div className="stack">
        <p>
          You will need an authenticator app on your phone (Google Authenticator, Microsoft Authenticator,
          1Password, Authy…).
        </p>
        <ErrorNotice error={setup.error} />
        <div>
          <button
            type="button"
            className="button-primary"
            onClick={() => setup.mutate()}
            disabled={setup.isPending}
          >
            {setup.isPending ? 'Starting…' : 'Set up two-factor sign-in'}
          </button>
        </div>
      </div>
    );
  }

  const qr = `data:image/svg+xml;utf8,${encodeURIComponent(setup.data.qrSvg)}`;
  return (
    <div className="enrol">
      <ol className="steps">
        <li>
          <p>Scan this QR code with your authenticator app.</p>
          <img className="qr" src={qr} alt="QR code for your authenticator app" width="200" height="200" />
        </li>
        <li>
          <p>Can’t scan it? Enter this key in the app instead:</p>
          <p>
            <code className="secret-key" data-testid="totp-secret">
              {groups(setup.data.secret)}
            </code>
          </p>
        </li>
        <li>
          <Form onSubmit={() => enable.mutate()}>
            <ErrorNotice error={enable.error} />
            <CodeField
              label="Code shown in the app"
              value={code}
              onValue={setCode}
              error={fieldError(enable.error, 'code')}
            />
            <div className="form-actions">
              <SubmitButton
                pending={enable.isPending}
                pendingLabel="Checking…"
                disabled={!code.trim()}
                whyDisabled="Enter the 6-digit code from the app."
              >
                Turn on two-factor sign-in
              </SubmitButton>
            </div>
          </Form>
        </li>
      </ol>
    </div>
  );
}
