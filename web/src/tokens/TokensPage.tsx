import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { api } from '../app/api.js';
import { useSession } from '../app/auth.js';
import { formatShort } from '../app/format.js';
import { ROLE_LABELS, type Role } from '../app/types.js';
import {
  ConfirmDialog,
  EmptyState,
  ErrorNotice,
  fieldError,
  Loading,
  Modal,
  Notice,
  PageHeader,
  SecretReveal,
  SelectField,
  StatusBadge,
  TextField,
} from '../app/ui.js';
import { useDirectory } from '../tenancy/directory.js';

export interface ApiToken {
  id: string;
  name: string;
  role: Role;
  createdAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
  createdBy: string | { id: string; name: string } | null;
}

type TokenRole = 'owner' | 'manager' | 'dispatcher';

const tokensApi = {
  list: () => api.get<{ items: ApiToken[] }>('/tokens'),
  create: (name: string, role: TokenRole) =>
    api.post<{ token: ApiToken; secret: string }>('/tokens', { name, role }),
  revoke: (id: string) => api.del(`/tokens/${encodeURIComponent(id)}`),
};

function useCreatorName(): (t: ApiToken) => string {
  const { me } = useSession();
  const { nameOf } = useDirectory();
  return (t) => {
    if (!t.createdBy) return 'someone no longer here';
    if (typeof t.createdBy !== 'string') return t.createdBy.name;
    if (t.createdBy === me.user.id) return 'you';
    return nameOf(t.createdBy) ?? 'a former member';
  };
}

export function TokensPage() {
  const queryClient = useQueryClient();
  const tokens = useQuery({ queryKey: ['tokens'], queryFn: tokensApi.list });
  const [creating, setCreating] = useState(false);
  const [revoking, setRevoking] = useState<ApiToken | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const revoke = useMutation({
    mutationFn: (id: string) => tokensApi.revoke(id),
    onSuccess: async () => {
      setMessage(`Token “${revoking?.name ?? ''}” revoked.`);
      setRevoking(null);
      await queryClient.invalidateQueries({ queryKey: ['tokens'] });
    },
  });
  const items = tokens.data?.items ?? [];
  const creator = useCreatorName();

  return (
    <div className="stack-lg">
      <PageHeader
        title="API tokens"
        description={
          <>
            Keys for scripts and integrations. Send one as <code>Authorization: Bearer sh_…</code>; it acts
            with the role you give it.
          </>
        }
        actions={
          <button type="button" className="button-primary" onClick={() => setCreating(true)}>
            New token
          </button>
        }
      />
      {message ? <Notice kind="success">{message}</Notice> : null}
      {tokens.isPending ? <Loading /> : null}
      <ErrorNotice error={tokens.error} />
      {tokens.isSuccess && items.length === 0 ? <EmptyState>No API tokens yet.</EmptyState> : null}
      {items.length > 0 ? (
        <div className="table-wrap card flush">
          <table className="stack-table">
            <caption className="sr-only">API tokens</caption>
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Role</th>
                <th scope="col" className="hide-narrow">
                  Created
                </th>
                <th scope="col">Last used</th>
                <th scope="col">Status</th>
                <th scope="col">
                  <span className="sr-only">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {items.map((t) => (
                <tr key={t.id} className={t.revokedAt ? 'row-muted' : undefined}>
                  <td>
                    <div className="cell-main">{t.name}</div>
                    <div className="cell-sub">by {creator(t)}</div>
                  </td>
                  <td data-label="Role">{ROLE_LABELS[t.role]}</td>
                  <td data-label="Created" className="hide-narrow">
                    {formatShort(t.createdAt)}
                  </td>
                  <td data-label="Last used">{t.lastUsedAt ? formatShort(t.lastUsedAt) : 'Never'}</td>
                  <td data-label="Status">
                    {t.revokedAt ? (
                      <StatusBadge tone="bad">Revoked {formatShort(t.revokedAt)}</StatusBadge>
                    ) : (
                      <StatusBadge tone="good">Active</StatusBadge>
                    )}
                  </td>
                  <td className="actions">
                    {t.revokedAt ? null : (
                      <button
                        type="button"
                        className="button-danger-ghost button-small"
                        onClick={() => {
                          revoke.reset();
                          setRevoking(t);
                        }}
                      >
                        Revoke<span className="sr-only"> {t.name}</span>
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {creating ? <CreateTokenDialog onClose={() => setCreating(false)} /> : null}
      {revoking ? (
        <ConfirmDialog
          title={`Revoke “${revoking.name}”?`}
          confirmLabel="Revoke token"
          danger
          pending={revoke.isPending}
          error={revoke.error}
          onConfirm={() => revoke.mutate(revoking.id)}
          onCancel={() => setRevoking(null)}
        >
          <p>Anything using this token stops working at once. This cannot be undone.</p>
        </ConfirmDialog>
      ) : null}
    </div>
  );
}

function CreateTokenDialog({ onClose }: { onClose: () => void }) {
  const queryClient = useQueryClient();
  const [name, setName] = useState('');
  const [role, setRole] = useState<TokenRole>('dispatcher');
  const create = useMutation({
    mutationFn: () => tokensApi.create(name.trim(), role),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['tokens'] }),
  });

  function submit(e: FormEvent) {
    e.preventDefault();
    create.mutate();
  }

  if (create.data) {
    return (
      <Modal title="Token created" onClose={onClose}>
        <div className="stack">
          <SecretReveal
            label={`Secret of “${create.data.token.name}”`}
            value={create.data.secret}
            note="Shown only once: store it in your password manager or the integration’s settings now."
          />
          <div className="form-actions">
            <button type="button" className="button-primary" onClick={onClose}>
              Done
            </button>
          </div>
        </div>
      </Modal>
    );
  }

  return (
    <Modal title="New API token" onClose={onClose}>
      <form className="stack" onSubmit={submit} noValidate>
        <ErrorNotice error={create.error} />
        <TextField
          label="Name"
          value={name}
          onValue={setName}
          error={fieldError(create.error, 'name')}
          hint="What uses it, e.g. “Payroll export script”."
          maxLength={120}
          required
        />
        <SelectField
          label="Acts as"
          value={role}
          onValue={(r) => setRole(r as TokenRole)}
          options={[
            { value: 'dispatcher', label: 'Dispatcher (read stations and people)' },
            { value: 'manager', label: 'Manager (also change people, run imports)' },
            { value: 'owner', label: 'Owner (everything)' },
          ]}
          error={fieldError(create.error, 'role')}
          hint="Give it the least it needs."
        />
        <div className="form-actions">
          <button type="button" className="button-secondary" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="button-primary" disabled={create.isPending || !name.trim()}>
            {create.isPending ? 'Creating…' : 'Create token'}
          </button>
        </div>
      </form>
    </Modal>
  );
}
