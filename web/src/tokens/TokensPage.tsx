import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { type Answer, answer, type Body, client } from '../app/api.js';
import { useSession } from '../app/auth.js';
import { formatShort } from '../app/format.js';
import { CellLines, DataTable, RowButton } from '../app/table.js';
import { ROLE_LABELS } from '../app/types.js';
import { ConfirmDialog, DoneDialog, FormDialog } from '../app/ui/dialog.js';
import { fieldError, SelectField, TextField } from '../app/ui/fields.js';
import { Notice } from '../app/ui/notice.js';
import { PageHeader } from '../app/ui/page.js';
import { SecretReveal } from '../app/ui/secret.js';
import { QueryStatus, StatusBadge } from '../app/ui/status.js';
import { useDirectory } from '../tenancy/directory.js';

type ApiToken = Answer<'/tokens', 'get'>['items'][number];
type TokenRole = Body<'/tokens', 'post'>['role'];

const tokensApi = {
  list: () => answer(client.GET('/tokens')),
  create: (name: string, role: TokenRole) => answer(client.POST('/tokens', { body: { name, role } })),
  revoke: (id: string) => answer(client.DELETE('/tokens/{id}', { params: { path: { id } } })),
};

function useCreatorName(): (t: ApiToken) => string {
  const { me } = useSession();
  const { nameOf } = useDirectory();
  return (t) => {
    if (!t.createdBy) return 'someone no longer here';
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
      <QueryStatus query={tokens} isEmpty={items.length === 0} empty="No API tokens yet." />
      <DataTable
        caption="API tokens"
        card
        rows={items}
        rowClassName={(t) => (t.revokedAt ? 'row-muted' : undefined)}
        columns={[
          {
            header: 'Name',
            cell: (t) => <CellLines main={t.name} sub={`by ${creator(t)}`} />,
          },
          { header: 'Role', cell: (t) => ROLE_LABELS[t.role] },
          { header: 'Created', className: 'hide-narrow', cell: (t) => formatShort(t.createdAt) },
          { header: 'Last used', cell: (t) => (t.lastUsedAt ? formatShort(t.lastUsedAt) : 'Never') },
          {
            header: 'Status',
            cell: (t) =>
              t.revokedAt ? (
                <StatusBadge tone="bad">Revoked {formatShort(t.revokedAt)}</StatusBadge>
              ) : (
                <StatusBadge tone="good">Active</StatusBadge>
              ),
          },
        ]}
        actions={(t) =>
          t.revokedAt ? null : (
            <RowButton label="Revoke" subject={t.name} danger onClick={() => setRevoking(t)} />
          )
        }
      />
      {creating ? <CreateTokenDialog onClose={() => setCreating(false)} /> : null}
      {revoking ? (
        <ConfirmDialog
          title={`Revoke “${revoking.name}”?`}
          confirmLabel="Revoke token"
          danger
          run={() => tokensApi.revoke(revoking.id)}
          onDone={async () => {
            setMessage(`Token “${revoking.name}” revoked.`);
            setRevoking(null);
            await queryClient.invalidateQueries({ queryKey: ['tokens'] });
          }}
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

  if (create.data) {
    return (
      <DoneDialog title="Token created" onClose={onClose}>
        <SecretReveal
          label={`Secret of “${create.data.token.name}”`}
          value={create.data.secret}
          note="Shown only once: store it in your password manager or the integration’s settings now."
        />
      </DoneDialog>
    );
  }

  return (
    <FormDialog
      title="New API token"
      onClose={onClose}
      submission={create}
      ready={Boolean(name.trim())}
      whyNotReady="Name the token."
      submitLabel="Create token"
      pendingLabel="Creating…"
    >
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
    </FormDialog>
  );
}
