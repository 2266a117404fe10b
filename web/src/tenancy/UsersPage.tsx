import { useInfiniteQuery, useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useId, useState } from 'react';
import { useSession } from '../app/auth.js';
import { useStation } from '../app/station.js';
import { ROLE_LABELS, type Role, type StationRef } from '../app/types.js';
import {
  Checkbox,
  ConfirmDialog,
  EmptyState,
  ErrorNotice,
  fieldError,
  Loading,
  LoadMore,
  Modal,
  Notice,
  PageHeader,
  SecretReveal,
  SelectField,
  StatusBadge,
  TextField,
} from '../app/ui.js';
import { type Member, type MemberPatch, tenancyApi } from './api.js';

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
  const { me, can } = useSession();
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

  const users = useInfiniteQuery({
    queryKey: ['users', { role, stationId: stationFilter }],
    queryFn: ({ pageParam }) =>
      tenancyApi.users({ cursor: pageParam, role: role || undefined, stationId: stationFilter || undefined }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
  const items = users.data?.pages.flatMap((p) => p.items) ?? [];
  const canWrite = can('users.write');
  const grantable = assignableRoles(me.role);

  return (
    <div className="stack-lg">
      <PageHeader
        title="People"
        description="Everyone with an account in your organisation, their role and stations."
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
      {users.isPending ? <Loading /> : null}
      <ErrorNotice error={users.error} />
      {users.isSuccess && items.length === 0 ? <EmptyState>Nobody matches these filters.</EmptyState> : null}
      {items.length > 0 ? (
        <div className="table-wrap card flush">
          <table className="stack-table">
            <caption className="sr-only">People</caption>
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Role</th>
                <th scope="col">Stations</th>
                <th scope="col">Status</th>
                <th scope="col" className="hide-narrow">
                  Two-factor
                </th>
                {canWrite ? (
                  <th scope="col">
                    <span className="sr-only">Actions</span>
                  </th>
                ) : null}
              </tr>
            </thead>
            <tbody>
              {items.map((u) => {
                const manageable = canWrite && grantable.includes(u.role) && u.id !== me.user.id;
                return (
                  <tr key={u.id}>
                    <td>
                      <div className="cell-main">{u.name}</div>
                      <div className="cell-sub">{u.email}</div>
                    </td>
                    <td data-label="Role">{ROLE_LABELS[u.role]}</td>
                    <td data-label="Stations">{stationLabel(u.stationIds, me.stations)}</td>
                    <td data-label="Status">
                      {u.status === 'active' ? (
                        <StatusBadge tone="good">Active</StatusBadge>
                      ) : (
                        <StatusBadge tone="bad">Disabled</StatusBadge>
                      )}
                    </td>
                    <td data-label="Two-factor" className="hide-narrow">
                      {u.totpEnabled ? 'On' : 'Off'}
                    </td>
                    {canWrite ? (
                      <td className="actions">
                        {manageable ? (
                          <div className="button-row">
                            <button
                              type="button"
                              className="button-secondary button-small"
                              onClick={() => setEditing(u)}
                            >
                              Edit<span className="sr-only"> {u.name}</span>
                            </button>
                            <button
                              type="button"
                              className="button-secondary button-small"
                              onClick={() => setResetting(u)}
                            >
                              Reset password<span className="sr-only"> of {u.name}</span>
                            </button>
                            <button
                              type="button"
                              className="button-danger-ghost button-small"
                              onClick={() => setRemoving(u)}
                            >
                              Remove<span className="sr-only"> {u.name}</span>
                            </button>
                          </div>
                        ) : null}
                      </td>
                    ) : null}
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      ) : null}
      <LoadMore
        hasMore={users.hasNextPage}
        loading={users.isFetchingNextPage}
        onMore={() => void users.fetchNextPage()}
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
        <RemoveDialog
          member={removing}
          onClose={() => setRemoving(null)}
          onRemoved={(m) => {
            setRemoving(null);
            setMessage(`${m.name} no longer has access to ${me.org?.name ?? 'this organisation'}.`);
          }}
        />
      ) : null}
    </div>
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
  const [role, setRole] = useState<Role>(
    roles.includes('dispatcher') ? 'dispatcher' : (roles[0] ?? 'driver'),
  );
  const [stationIds, setStationIds] = useState<string[] | null>(stationId ? [stationId] : null);
  const create = useMutation({
    mutationFn: () => tenancyApi.createUser({ email: email.trim(), name: name.trim(), role, stationIds }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['users'] }),
  });

  function submit(e: FormEvent) {
    e.preventDefault();
    create.mutate();
  }

  if (create.data) {
    const { user, oneTimePassword } = create.data;
    return (
      <Modal title="Person added" onClose={onClose}>
        <div className="stack">
          {oneTimePassword ? (
            <>
              <Notice kind="success">
                {user.name} ({user.email}) can now sign in as {ROLE_LABELS[user.role].toLowerCase()}.
              </Notice>
              <SecretReveal
                label="One-time password"
                value={oneTimePassword}
                note="Shown only once. Give it to them in person or by phone; they choose their own password at first sign-in."
              />
            </>
          ) : (
            <Notice kind="success">
              {user.email} already had a Stationhand account, so they keep their password and can now open
              this organisation as {ROLE_LABELS[user.role].toLowerCase()}.
            </Notice>
          )}
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
    <Modal title="Add a person" onClose={onClose}>
      <form className="stack" onSubmit={submit} noValidate>
        <ErrorNotice error={create.error} />
        <TextField
          label="Name"
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
        <SelectField
          label="Role"
          value={role}
          onValue={(r) => setRole(r as Role)}
          options={roles.map((r) => ({ value: r, label: ROLE_LABELS[r] }))}
          error={fieldError(create.error, 'role')}
        />
        <StationPicker
          value={stationIds}
          onChange={setStationIds}
          error={fieldError(create.error, 'stationIds')}
        />
        <div className="form-actions">
          <button type="button" className="button-secondary" onClick={onClose}>
            Cancel
          </button>
          <button
            type="submit"
            className="button-primary"
            disabled={create.isPending || !email.trim() || !name.trim()}
          >
            {create.isPending ? 'Adding…' : 'Add person'}
          </button>
        </div>
      </form>
    </Modal>
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
  const [role, setRole] = useState<Role>(member.role);
  const [stationIds, setStationIds] = useState<string[] | null>(member.stationIds);
  const [status, setStatus] = useState(member.status);
  const patch: MemberPatch = {};
  if (name.trim() !== member.name) patch.name = name.trim();
  if (role !== member.role) patch.role = role;
  if (!sameIds(stationIds, member.stationIds)) patch.stationIds = stationIds;
  if (status !== member.status) patch.status = status;
  const dirty = Object.keys(patch).length > 0;
  const save = useMutation({
    mutationFn: () => tenancyApi.updateUser(member.id, patch),
    onSuccess: async (saved) => {
      await queryClient.invalidateQueries({ queryKey: ['users'] });
      onSaved(saved);
    },
  });

  function submit(e: FormEvent) {
    e.preventDefault();
    save.mutate();
  }

  return (
    <Modal title={`Edit ${member.name}`} onClose={onClose}>
      <form className="stack" onSubmit={submit} noValidate>
        <p className="muted">{member.email}</p>
        <ErrorNotice error={save.error} />
        <TextField
          label="Name"
          value={name}
          onValue={setName}
          error={fieldError(save.error, 'name')}
          required
        />
        <SelectField
          label="Role"
          value={role}
          onValue={(r) => setRole(r as Role)}
          options={roles.map((r) => ({ value: r, label: ROLE_LABELS[r] }))}
          error={fieldError(save.error, 'role')}
        />
        <StationPicker
          value={stationIds}
          onChange={setStationIds}
          error={fieldError(save.error, 'stationIds')}
        />
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
        <div className="form-actions">
          <button type="button" className="button-secondary" onClick={onClose}>
            Cancel
          </button>
          <button
            type="submit"
            className="button-primary"
            disabled={!dirty || save.isPending || !name.trim()}
          >
            {save.isPending ? 'Saving…' : 'Save'}
          </button>
        </div>
      </form>
    </Modal>
  );
}

function ResetPasswordDialog({ member, onClose }: { member: Member; onClose: () => void }) {
  const reset = useMutation({ mutationFn: () => tenancyApi.resetPassword(member.id) });
  if (reset.data) {
    return (
      <Modal title={`New password for ${member.name}`} onClose={onClose}>
        <div className="stack">
          <SecretReveal
            label="One-time password"
            value={reset.data.oneTimePassword}
            note="Shown only once. They choose their own password when they next sign in."
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
    <ConfirmDialog
      title={`Reset ${member.name}’s password?`}
      confirmLabel="Reset password"
      pending={reset.isPending}
      error={reset.error}
      onConfirm={() => reset.mutate()}
      onCancel={onClose}
    >
      <p>
        Their current password stops working and they are signed out everywhere. You get a one-time password
        to give them.
      </p>
    </ConfirmDialog>
  );
}

function RemoveDialog({
  member,
  onClose,
  onRemoved,
}: {
  member: Member;
  onClose: () => void;
  onRemoved: (m: Member) => void;
}) {
  const queryClient = useQueryClient();
  const { me } = useSession();
  const remove = useMutation({
    mutationFn: () => tenancyApi.removeUser(member.id),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['users'] });
      onRemoved(member);
    },
  });
  return (
    <ConfirmDialog
      title={`Remove ${member.name}?`}
      confirmLabel="Remove"
      danger
      pending={remove.isPending}
      error={remove.error}
      onConfirm={() => remove.mutate()}
      onCancel={onClose}
    >
      <p>
        {member.name} ({member.email}) loses access to {me.org?.name ?? 'this organisation'}. Their history
        stays in the audit log.
      </p>
    </ConfirmDialog>
  );
}
