import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { oneOf } from '../app/api.js';
import { useSession } from '../app/auth.js';
import { usePagedQuery } from '../app/paging.js';
import { useStationFilter } from '../app/station.js';
import { StationFilter } from '../app/station-filter.js';
import { CellLines, DataTable, RowButton } from '../app/table.js';
import { ROLE_LABELS, type Role } from '../app/types.js';
import { ConfirmDialog } from '../app/ui/dialog.js';
import { SelectField } from '../app/ui/fields.js';
import { Notice } from '../app/ui/notice.js';
import { PageHeader } from '../app/ui/page.js';
import { LoadMore, QueryStatus, StatusBadge } from '../app/ui/status.js';
import { stationLabel } from './AccessFields.js';
import { AddPersonDialog } from './AddPersonDialog.js';
import { type Member, tenancyApi } from './api.js';
import { EditPersonDialog } from './EditPersonDialog.js';
import { PendingInvitations } from './PendingInvitations.js';
import { ResetPasswordDialog } from './ResetPasswordDialog.js';

const ROLES: Role[] = ['owner', 'manager', 'dispatcher', 'driver'];

/** Mirrors the server: nobody hands out more than they have. */
function assignableRoles(role: Role | null): Role[] {
  if (role === 'owner') return ROLES;
  if (role === 'manager') return ['dispatcher', 'driver'];
  return [];
}

export function UsersPage() {
  const queryClient = useQueryClient();
  const { me, can } = useSession();
  const orgName = me.org?.name ?? 'this organisation';
  const [role, setRole] = useState('');
  const [stationFilter, setStationFilter] = useStationFilter();
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
        <StationFilter value={stationFilter} onValue={setStationFilter} />
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
