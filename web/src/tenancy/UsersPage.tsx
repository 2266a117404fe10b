import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { oneOf } from '../app/api.js';
import { useSession } from '../app/auth.js';
import { formatShort } from '../app/format.js';
import { usePagedQuery } from '../app/paging.js';
import { useStation } from '../app/station.js';
import { CellLines, DataTable, RowButton } from '../app/table.js';
import { ROLE_LABELS, type Role, type StationRef } from '../app/types.js';
import { ConfirmDialog, DoneDialog, FormDialog } from '../app/ui/dialog.js';
import { Checkbox, fieldError, SelectField, TextField } from '../app/ui/fields.js';
import { Notice } from '../app/ui/notice.js';
import { PageHeader } from '../app/ui/page.js';
import { SecretReveal } from '../app/ui/secret.js';
import { LoadMore, QueryStatus, StatusBadge } from '../app/ui/status.js';
import { type Invitation, type Member, type MemberPatch, tenancyApi } from './api.js';

const ROLES: Role[] = ['owner', 'manager', 'dispatcher', 'driver'];

/** Mirrors the server: nobody hands out more than they have. */
function assignableRoles(role: Role | null): Role[] {
  if (role === 'owner') return ROLES;
  if (role === 'manager') return ['dispatcher', 'driver'];
  return [];
}

function stationLabel(ids: string[] | null, stations: StationRef[]): string {
  if (ids === null) return 'All stations';
  if (ids.length === 0) return 'None';
  const codes = ids.map((id) => stations.find((s) => s.id === id)?.code).filter(Boolean);
  const unknown = ids.length - codes.length;
  return [codes.join(', '), unknown ? `${unknown} other` : ''].filter(Boolean).join(' + ');
}

export function UsersPage() {
  const queryClient = useQueryClient();
  const { me, can } = useSession();
  const orgName = me.org?.name ?? 'this organisation';
  const { stationId } = useStation();
  const [role, setRole] = useState('');
  // The station switcher sets the default filter; picking here overrides it until the switcher moves.
  const [stationFilter, setStationFilter] = useState(stationId);
  const [followed, setFollowed] = useState(stationId);
  if (followed !== stationId) {
    setFollowed(stationId);
    setStationFilter(stationId);
  }
  const [adding, setAdding] = useState(false);
  const [editing, setEditing] = useState<Member | null>(null);
  const [resetting, setResetting] = useState<Member | null>(null);
  const [removing, setRemoving] = useState<Member | null>(null);
  const [message, setMessage] = useState<string | null>(null);

  const { query: users, items } = usePagedQuery(['users', { role, stationId: stationFilter }], (cursor) =>
    tenancyApi.users({ cursor, role: oneOf(ROLES, role), stationId: stationFilter || undefined }),
  );
  const canWrite = can('users.write');
  const grantable = assignableRoles(me.role);
  const manageable = (u: Member) => grantable.includes(u.role) && u.id !== me.user.id;

  return (
    <div className="stack-lg">
      <PageHeader
        title="People"
        description="Everyone in your organisation, their role and stations, and who is invited but has not accepted yet."
        actions={
          canWrite ? (
            <button type="button" className="button-primary" onClick={() => setAdding(true)}>
              Add person
            </button>
          ) : null
        }
      />
      <fieldset className="filters">
        <legend className="sr-only">Filter people</legend>
        <SelectField
          label="Role"
          value={role}
          onValue={setRole}
          options={[
            { value: '', label: 'All roles' },
            ...ROLES.map((r) => ({ value: r, label: ROLE_LABELS[r] })),
          ]}
        />
        <SelectField
          label="Station"
          value={stationFilter}
          onValue={setStationFilter}
          options={[
            { value: '', label: 'All stations' },
            ...me.stations.map((s) => ({ value: s.id, label: `${s.code} · ${s.name}` })),
          ]}
        />
      </fieldset>
      {message ? <Notice kind="success">{message}</Notice> : null}
      <QueryStatus query={users} isEmpty={items.length === 0} empty="Nobody matches these filters." />
      <DataTable
        caption="People"
        card
        rows={items}
        columns={[
          {
            header: 'Name',
            cell: (u) => <CellLines main={u.name} sub={u.email} />,
          },
          { header: 'Role', cell: (u) => ROLE_LABELS[u.role] },
          { header: 'Stations', cell: (u) => stationLabel(u.stationIds, me.stations) },
          {
            header: 'Status',
            cell: (u) =>
              u.status === 'active' ? (
                <StatusBadge tone="good">Active</StatusBadge>
              ) : (
                <StatusBadge tone="bad">Disabled</StatusBadge>
              ),
          },
          { header: 'Two-factor', className: 'hide-narrow', cell: (u) => (u.totpEnabled ? 'On' : 'Off') },
        ]}
        actions={
          canWrite
            ? (u) =>
                manageable(u) ? (
                  <div className="button-row">
                    <RowButton label="Edit" subject={u.name} onClick={() => setEditing(u)} />
                    <RowButton
                      label="Reset password"
                      subject={`of ${u.name}`}
                      onClick={() => setResetting(u)}
                    />
                    <RowButton label="Remove" subject={u.name} danger onClick={() => setRemoving(u)} />
                  </div>
                ) : null
            : undefined
        }
      />
      <LoadMore query={users} />
      <PendingInvitations
        canWrite={canWrite}
        grantable={grantable}
        onCancelled={(i) => setMessage(`The invitation to ${i.email} is withdrawn.`)}
      />

      {adding ? <AddPersonDialog roles={grantable} onClose={() => setAdding(false)} /> : null}
      {editing ? (
        <EditPersonDialog
          member={editing}
          roles={grantable}
          onClose={() => setEditing(null)}
          onSaved={(m) => {
            setEditing(null);
            setMessage(`${m.name} saved.`);
          }}
        />
      ) : null}
      {resetting ? <ResetPasswordDialog member={resetting} onClose={() => setResetting(null)} /> : null}
      {removing ? (
        <ConfirmDialog
          title={`Remove ${removing.name}?`}
          confirmLabel="Remove"
          danger
          run={() => tenancyApi.removeUser(removing.id)}
          onDone={async () => {
            await queryClient.invalidateQueries({ queryKey: ['users'] });
            setRemoving(null);
            setMessage(`${removing.name} no longer has access to ${orgName}.`);
          }}
          onCancel={() => setRemoving(null)}
        >
          <p>
            {removing.name} ({removing.email}) loses access to {orgName}. Their history stays in the audit
            log.
          </p>
        </ConfirmDialog>
      ) : null}
    </div>
  );
}

/** What a person may do (role) and where (stations `null` = all, also ones added later). */
interface Access {
  role: Role;
  stationIds: string[] | null;
}

/** The role and stations fields, as adding and editing a person both ask them. */
function AccessFields({
  roles,
  value,
  onChange,
  error,
}: {
  roles: Role[];
  value: Access;
  onChange: (access: Access) => void;
  error: unknown;
}) {
  return (
    <>
      <SelectField
        label="Role"
        value={value.role}
        onValue={(r) => onChange({ ...value, role: r as Role })}
        options={roles.map((r) => ({ value: r, label: ROLE_LABELS[r] }))}
        error={fieldError(error, 'role')}
      />
      <StationPicker
        value={value.stationIds}
        onChange={(stationIds) => onChange({ ...value, stationIds })}
        error={fieldError(error, 'stationIds')}
      />
    </>
  );
}

/** "All stations" (null) or a chosen list. */
function StationPicker({
  value,
  onChange,
  error,
}: {
  value: string[] | null;
  onChange: (ids: string[] | null) => void;
  error?: string | undefined;
}) {
  const { me } = useSession();
  const legendId = useId();
  return (
    <fieldset
      className={`field station-picker${error ? ' has-error' : ''}`}
      aria-describedby={error ? `${legendId}-e` : undefined}
    >
      <legend id={legendId}>Stations</legend>
      <Checkbox
        label="All stations (including ones added later)"
        checked={value === null}
        onChecked={(all) => onChange(all ? null : [])}
      />
      {value !== null ? (
        <div className="checkbox-grid">
          {me.stations.map((s) => (
            <Checkbox
              key={s.id}
              label={`${s.code} · ${s.name}`}
              checked={value.includes(s.id)}
              onChecked={(on) => onChange(on ? [...value, s.id] : value.filter((id) => id !== s.id))}
            />
          ))}
        </div>
      ) : null}
      {error ? (
        <p className="field-error" id={`${legendId}-e`}>
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}

function AddPersonDialog({ roles, onClose }: { roles: Role[]; onClose: () => void }) {
  const queryClient = useQueryClient();
  const { stationId } = useStation();
  const [email, setEmail] = useState('');
  const [name, setName] = useState('');
  const [access, setAccess] = useState<Access>({
    role: roles.includes('dispatcher') ? 'dispatcher' : (roles[0] ?? 'driver'),
    stationIds: stationId ? [stationId] : null,
  });
  const create = useMutation({
    mutationFn: () => tenancyApi.invite({ email: email.trim(), name: name.trim(), ...access }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['invitations'] }),
  });

  if (create.data) {
    const { invitation, oneTimePassword } = create.data;
    return (
      <DoneDialog title="Invitation ready" onClose={onClose}>
        <Notice kind="success">
          {invitation.name} ({invitation.email}) is invited as {ROLE_LABELS[invitation.role].toLowerCase()}.
          They join once they sign in and accept; until then they are listed as invited.
        </Notice>
        <SecretReveal
          label="One-time password"
          value={oneTimePassword}
          note="Shown only once. Give it to them with their email, in person or by phone; they choose their own password at first sign-in. Someone who already uses Stationhand with another DSP signs in with their own password instead and finds the invitation there."
        />
      </DoneDialog>
    );
  }

  return (
    <FormDialog
      title="Add a person"
      onClose={onClose}
      submission={create}
      ready={Boolean(email.trim() && name.trim())}
      whyNotReady="Enter their name and email."
      submitLabel="Invite"
      pendingLabel="Inviting…"
    >
      <TextField
        label="Name"
        hint="As your organisation knows them."
        value={name}
        onValue={setName}
        error={fieldError(create.error, 'name')}
        autoComplete="off"
        maxLength={120}
        required
      />
      <TextField
        label="Email"
        type="email"
        value={email}
        onValue={setEmail}
        error={fieldError(create.error, 'email')}
        autoComplete="off"
        required
      />
      <AccessFields roles={roles} value={access} onChange={setAccess} error={create.error} />
    </FormDialog>
  );
}

/** Invitations not yet accepted, each withdrawable by whoever could manage the person. */
function PendingInvitations({
  canWrite,
  grantable,
  onCancelled,
}: {
  canWrite: boolean;
  grantable: Role[];
  onCancelled: (i: Invitation) => void;
}) {
  const queryClient = useQueryClient();
  const { me } = useSession();
  const [cancelling, setCancelling] = useState<Invitation | null>(null);
  const invitations = useQuery({ queryKey: ['invitations'], queryFn: tenancyApi.invitations });
  const items = invitations.data?.items ?? [];
  if (items.length === 0) return null;
  return (
    <section className="stack" aria-labelledby="invited-title">
      <h2 id="invited-title" className="section-title">
        Invited <StatusBadge tone="warn">{items.length}</StatusBadge>
      </h2>
      <DataTable
        caption="Invited, not yet accepted"
        card
        rows={items}
        columns={[
          { header: 'Name', cell: (i) => <CellLines main={i.name} sub={i.email} /> },
          { header: 'Role', cell: (i) => ROLE_LABELS[i.role] },
          { header: 'Stations', cell: (i) => stationLabel(i.stationIds, me.stations) },
          { header: 'Status', cell: () => <StatusBadge tone="warn">Invited</StatusBadge> },
          { header: 'Open until', className: 'hide-narrow', cell: (i) => formatShort(i.expiresAt) },
        ]}
        actions={
          canWrite
            ? (i) =>
                grantable.includes(i.role) ? (
                  <RowButton
                    label="Withdraw"
                    subject={`invitation to ${i.name}`}
                    onClick={() => setCancelling(i)}
                  />
                ) : null
            : undefined
        }
      />
      {cancelling ? (
        <ConfirmDialog
          title={`Withdraw the invitation to ${cancelling.name}?`}
          confirmLabel="Withdraw"
          danger
          run={() => tenancyApi.cancelInvitation(cancelling.id)}
          onDone={async () => {
            await queryClient.invalidateQueries({ queryKey: ['invitations'] });
            setCancelling(null);
            onCancelled(cancelling);
          }}
          onCancel={() => setCancelling(null)}
        >
          <p>{cancelling.email} can no longer accept it.</p>
        </ConfirmDialog>
      ) : null}
    </section>
  );
}

function sameIds(a: string[] | null, b: string[] | null): boolean {
  if (a === null || b === null) return a === b;
  return a.length === b.length && a.every((id) => b.includes(id));
}

function EditPersonDialog({
  member,
  roles,
  onClose,
  onSaved,
}: {
  member: Member;
  roles: Role[];
  onClose: () => void;
  onSaved: (m: Member) => void;
}) {
  const queryClient = useQueryClient();
  const [name, setName] = useState(member.name);
  const [access, setAccess] = useState<Access>({ role: member.role, stationIds: member.stationIds });
  const [status, setStatus] = useState(member.status);
  const patch: MemberPatch = {};
  if (name.trim() !== member.name) patch.name = name.trim();
  if (access.role !== member.role) patch.role = access.role;
  if (!sameIds(access.stationIds, member.stationIds)) patch.stationIds = access.stationIds;
  if (status !== member.status) patch.status = status;
  const dirty = Object.keys(patch).length > 0;
  const save = useMutation({
    mutationFn: () => tenancyApi.updateUser(member.id, patch),
    onSuccess: async (saved) => {
      await queryClient.invalidateQueries({ queryKey: ['users'] });
      onSaved(saved);
    },
  });

  return (
    <FormDialog
      title={`Edit ${member.name}`}
      onClose={onClose}
      submission={save}
      ready={dirty && Boolean(name.trim())}
      whyNotReady={name.trim() ? 'Nothing changed yet.' : 'Enter the name.'}
      submitLabel="Save"
      pendingLabel="Saving…"
      intro={<p className="muted">{member.email}</p>}
    >
      <TextField
        label="Name"
        hint="The name shown in this organisation. Their account (its name, email and password) stays theirs."
        value={name}
        onValue={setName}
        error={fieldError(save.error, 'name')}
        required
      />
      <AccessFields roles={roles} value={access} onChange={setAccess} error={save.error} />
      <SelectField
        label="Status"
        value={status}
        onValue={(s) => setStatus(s as Member['status'])}
        options={[
          { value: 'active', label: 'Active: can sign in' },
          { value: 'disabled', label: 'Disabled: cannot sign in' },
        ]}
        error={fieldError(save.error, 'status')}
      />
    </FormDialog>
  );
}

function ResetPasswordDialog({ member, onClose }: { member: Member; onClose: () => void }) {
  const [oneTimePassword, setOneTimePassword] = useState<string | null>(null);
  if (oneTimePassword) {
    return (
      <DoneDialog title={`New password for ${member.name}`} onClose={onClose}>
        <SecretReveal
          label="One-time password"
          value={oneTimePassword}
          note="Shown only once. They choose their own password when they next sign in."
        />
      </DoneDialog>
    );
  }
  return (
    <ConfirmDialog
      title={`Reset ${member.name}’s password?`}
      confirmLabel="Reset password"
      run={() => tenancyApi.resetPassword(member.id)}
      onDone={(reset) => setOneTimePassword(reset.oneTimePassword)}
      onCancel={onClose}
    >
      <p>
        Their current password stops working and they are signed out everywhere. You get a one-time password
        to give them.
      </p>
    </ConfirmDialog>
  );
}
