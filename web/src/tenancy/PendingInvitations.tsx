import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useSession } from '../app/auth.js';
import { formatShort } from '../app/format.js';
import { CellLines, DataTable, RowButton } from '../app/table.js';
import { ROLE_LABELS, type Role } from '../app/types.js';
import { ConfirmDialog } from '../app/ui/dialog.js';
import { StatusBadge } from '../app/ui/status.js';
import { stationLabel } from './AccessFields.js';
import { type Invitation, tenancyApi } from './api.js';

/** Invitations not yet accepted, each withdrawable by whoever could manage the person. */
export function PendingInvitations({
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
