import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useSession } from '../app/auth.js';
import { formatDateTime, formatShort } from '../app/format.js';
import { DataTable, RowButton } from '../app/table.js';
import { ROLE_LABELS } from '../app/types.js';
import { ConfirmDialog } from '../app/ui/dialog.js';
import { fieldError, TextField } from '../app/ui/fields.js';
import { Form, SubmitButton } from '../app/ui/form.js';
import { ErrorNotice, Notice } from '../app/ui/notice.js';
import { PageHeader } from '../app/ui/page.js';
import { QueryStatus, StatusBadge } from '../app/ui/status.js';
import { authApi, type SessionInfo } from './api.js';
import { ChangePasswordForm } from './ChangePasswordForm.js';
import { TwoFactorEnrol } from './TwoFactorEnrol.js';

export function AccountPage() {
  const { me } = useSession();
  return (
    <div className="stack-lg">
      <PageHeader title="Account" description="Your sign-in, password, two-factor and devices." />
      <section className="card" aria-labelledby="profile-title">
        <h2 id="profile-title">Profile</h2>
        <dl className="details">
          <dt>Name</dt>
          <dd>{me.user.name}</dd>
          <dt>Email</dt>
          <dd>{me.user.email}</dd>
          <dt>Organisation</dt>
          <dd>{me.org?.name ?? '—'}</dd>
          <dt>Role</dt>
          <dd>{me.role ? ROLE_LABELS[me.role] : '—'}</dd>
        </dl>
      </section>
      <section className="card narrow-card" aria-labelledby="password-title">
        <h2 id="password-title">Password</h2>
        <ChangePasswordForm />
      </section>
      <TwoFactorSection />
      <SessionsSection />
    </div>
  );
}

function TwoFactorSection() {
  const { me, refresh } = useSession();
  const [justEnabled, setJustEnabled] = useState(false);
  const [password, setPassword] = useState('');
  const disable = useMutation({
    mutationFn: () => authApi.totpDisable(password),
    onSuccess: async () => {
      setPassword('');
      setJustEnabled(false);
      await refresh();
    },
  });
  const mustKeep = me.org?.requireMfa && (me.role === 'owner' || me.role === 'manager');

  return (
    <section className="card" aria-labelledby="two-factor" id="two-factor-section">
      <h2 id="two-factor">
        Two-factor sign-in{' '}
        {me.user.totpEnabled ? (
          <StatusBadge tone="good">On</StatusBadge>
        ) : (
          <StatusBadge tone="neutral">Off</StatusBadge>
        )}
      </h2>
      {me.user.totpEnabled ? (
        <div className="stack narrow-card">
          {justEnabled ? <Notice kind="success">Two-factor sign-in is on.</Notice> : null}
          <p>When you sign in you enter a code from your authenticator app after your password.</p>
          {mustKeep ? (
            <p className="muted">
              {me.org?.name} requires two-factor sign-in for your role, so it cannot be turned off.
            </p>
          ) : (
            <Form onSubmit={() => disable.mutate()}>
              <ErrorNotice error={disable.error} />
              <TextField
                label="Your password, to turn it off"
                type="password"
                value={password}
                onValue={setPassword}
                error={fieldError(disable.error, 'password')}
                autoComplete="current-password"
              />
              <div className="form-actions">
                <SubmitButton
                  className="button-danger"
                  pending={disable.isPending}
                  pendingLabel="Turning off…"
                  disabled={!password}
                  whyDisabled="Enter your password."
                >
                  Turn off two-factor sign-in
                </SubmitButton>
              </div>
            </Form>
          )}
        </div>
      ) : (
        <TwoFactorEnrol
          onDone={async () => {
            setJustEnabled(true);
            await refresh();
          }}
        />
      )}
    </section>
  );
}

function describeAgent(ua: string | null): string {
  if (!ua) return 'Unknown device';
  const browser = /Edg\//.test(ua)
    ? 'Edge'
    : /Firefox\//.test(ua)
      ? 'Firefox'
      : /Chrom(e|ium)\//.test(ua)
        ? 'Chrome'
        : /Safari\//.test(ua)
          ? 'Safari'
          : /curl|node|python|axios/i.test(ua)
            ? 'Script'
            : 'Browser';
  const os = /iPhone|iPad/.test(ua)
    ? 'iOS'
    : /Android/.test(ua)
      ? 'Android'
      : /Windows/.test(ua)
        ? 'Windows'
        : /Mac OS X/.test(ua)
          ? 'macOS'
          : /Linux/.test(ua)
            ? 'Linux'
            : '';
  return os ? `${browser} on ${os}` : browser;
}

function SessionsSection() {
  const queryClient = useQueryClient();
  const sessions = useQuery({ queryKey: ['sessions'], queryFn: authApi.sessions });
  const [revoking, setRevoking] = useState<SessionInfo | null>(null);
  const items = sessions.data?.items ?? [];

  return (
    <section className="card" aria-labelledby="sessions-title">
      <h2 id="sessions-title">Where you are signed in</h2>
      <QueryStatus query={sessions} isEmpty={items.length === 0} empty="No sessions." />
      <DataTable
        caption="Signed-in sessions"
        rows={items}
        columns={[
          {
            header: 'Device',
            title: (s) => s.userAgent ?? undefined,
            cell: (s) => (
              <>
                {describeAgent(s.userAgent)}{' '}
                {s.current ? <StatusBadge tone="good">This device</StatusBadge> : null}
              </>
            ),
          },
          { header: 'IP address', cellClassName: 'mono', cell: (s) => s.ip ?? '—' },
          { header: 'Signed in', cell: (s) => formatShort(s.createdAt) },
          { header: 'Last active', cell: (s) => formatShort(s.lastSeenAt) },
        ]}
        actions={(s) =>
          s.current ? null : (
            <RowButton label="Sign out" subject={describeAgent(s.userAgent)} onClick={() => setRevoking(s)} />
          )
        }
      />
      {revoking ? (
        <ConfirmDialog
          title="Sign out this session?"
          confirmLabel="Sign it out"
          danger
          run={() => authApi.revokeSession(revoking.id)}
          onDone={async () => {
            setRevoking(null);
            await queryClient.invalidateQueries({ queryKey: ['sessions'] });
          }}
          onCancel={() => setRevoking(null)}
        >
          <p>
            {describeAgent(revoking.userAgent)}
            {revoking.ip ? ` at ${revoking.ip}` : ''}, last active {formatDateTime(revoking.lastSeenAt)}, will
            need to sign in again.
          </p>
        </ConfirmDialog>
      ) : null}
    </section>
  );
}
