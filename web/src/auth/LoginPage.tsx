import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Navigate, useLocation } from 'react-router';
import { setCsrfToken } from '../app/api.js';
import { ME_KEY, setSignedInHint, useMeQuery } from '../app/auth.js';
import { fieldError, TextField } from '../app/ui/fields.js';
import { Form, SubmitButton } from '../app/ui/form.js';
import { ErrorNotice } from '../app/ui/notice.js';
import { useTitle } from '../app/ui/page.js';
import { Loading } from '../app/ui/status.js';
import { AuthScreen } from './AuthScreen.js';
import { authApi, type SignInResult } from './api.js';
import { CodeField, codeDigits } from './CodeField.js';

export function LoginPage() {
  useTitle('Sign in');
  const me = useMeQuery();
  const location = useLocation();
  const queryClient = useQueryClient();
  const [step, setStep] = useState<'password' | 'totp'>('password');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [code, setCode] = useState('');

  const from = (location.state as { from?: string } | null)?.from;

  async function afterSignIn(result: SignInResult) {
    setCsrfToken(result.csrfToken);
    if (result.status === 'totp-required') {
      setStep('totp');
      return;
    }
    setPassword('');
    setSignedInHint(true);
    await queryClient.refetchQueries({ queryKey: ME_KEY });
  }

  const login = useMutation({
    mutationFn: () => authApi.login(email.trim(), password),
    onSuccess: afterSignIn,
  });
  const totp = useMutation({
    mutationFn: () => authApi.totp(codeDigits(code)),
    onSuccess: afterSignIn,
  });

  if (me.data) {
    const landing = me.data.role === 'driver' ? '/me' : (from ?? '/');
    return <Navigate to={landing} replace />;
  }
  if (me.isPending) {
    return (
      <div className="splash">
        <Loading />
      </div>
    );
  }

  if (step === 'totp') {
    return (
      <AuthScreen title="Two-factor sign-in">
        <Form onSubmit={() => totp.mutate()}>
          <p>Enter the 6-digit code from your authenticator app.</p>
          <ErrorNotice error={totp.error} />
          <CodeField
            label="Authentication code"
            value={code}
            onValue={setCode}
            error={fieldError(totp.error, 'code')}
            autoFocus
          />
          <SubmitButton
            className="button-primary button-block"
            pending={totp.isPending}
            pendingLabel="Checking…"
            disabled={!code.trim()}
            whyDisabled="Enter the 6-digit code from your app."
          >
            Verify
          </SubmitButton>
          <button
            type="button"
            className="button-ghost button-block"
            onClick={() => {
              setStep('password');
              setCode('');
              totp.reset();
            }}
          >
            Use a different account
          </button>
        </Form>
      </AuthScreen>
    );
  }

  return (
    <AuthScreen title="Sign in">
      <Form onSubmit={() => login.mutate()} aria-describedby={login.error ? 'login-error' : undefined}>
        <div id="login-error">
          <ErrorNotice error={login.error} />
        </div>
        {me.isError ? <ErrorNotice error={me.error} /> : null}
        <TextField
          label="Email"
          type="email"
          value={email}
          onValue={setEmail}
          error={fieldError(login.error, 'email')}
          autoComplete="username"
          required
          autoFocus
        />
        <TextField
          label="Password"
          type="password"
          value={password}
          onValue={setPassword}
          error={fieldError(login.error, 'password')}
          autoComplete="current-password"
          required
        />
        <SubmitButton
          className="button-primary button-block"
          pending={login.isPending}
          pendingLabel="Signing in…"
          disabled={!email || !password}
          whyDisabled="Enter your email and password."
        >
          Sign in
        </SubmitButton>
        <p className="hint">Forgot your password? Ask a manager of your organisation to reset it.</p>
      </Form>
    </AuthScreen>
  );
}
