import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useSession } from '../app/auth.js';
import { formatDate, formatDateTime, formatShort } from '../app/format.js';
import { codeAndName } from '../app/station.js';
import { FormDialog } from '../app/ui/dialog.js';
import { StatusBadge } from '../app/ui/status.js';
import { reasonCell, StatusHistory } from '../app/ui/status-history.js';
import { formatMoney, VAN_TYPE_HINTS } from '../people/labels.js';
import { FLEET_KEY, fleetApi, type VanDetail } from './api.js';
import {
  formatMiles,
  OWNERSHIP_LABELS,
  SOURCE_LABELS,
  VAN_STATUS_LABELS,
  VAN_STATUS_TONES,
  VAN_TYPE_LABELS,
} from './labels.js';
import { VanFields } from './VanFields.js';
import { draftOf, draftReady, patchOf } from './van-draft.js';

/** The van's record, an Edit button for fleet.write, and its status history. */
export function VanDetailsTab({ van, onSaved }: { van: VanDetail; onSaved: (message: string) => void }) {
  const { me, can } = useSession();
  const [editing, setEditing] = useState(false);
  const station = me.stations.find((s) => s.id === van.stationId);
  const term = [van.ownershipStart, van.ownershipEnd].some(Boolean)
    ? `${formatDate(van.ownershipStart)} – ${van.ownershipEnd ? formatDate(van.ownershipEnd) : 'open'}`
    : '—';

  return (
    <div className="stack-lg">
      {can('fleet.write') ? (
        <div className="tab-actions">
          <button type="button" className="button-secondary" onClick={() => setEditing(true)}>
            Edit van
          </button>
        </div>
      ) : null}
      <div className="profile-grid">
        <section className="card" aria-labelledby="van-title">
          <h2 id="van-title">Van</h2>
          <dl className="details">
            <dt>Fleet number</dt>
            <dd>{van.fleetNumber}</dd>
            <dt>VIN</dt>
            <dd className="mono">{van.vin}</dd>
            <dt>Type</dt>
            <dd>
              {VAN_TYPE_LABELS[van.vanType]} <span className="muted">— {VAN_TYPE_HINTS[van.vanType]}</span>
            </dd>
            <dt>Make and model</dt>
            <dd>{[van.year, van.make, van.model].filter(Boolean).join(' ') || '—'}</dd>
            <dt>Plate</dt>
            <dd>{van.plate ? `${van.plate}${van.plateState ? ` (${van.plateState})` : ''}` : '—'}</dd>
            <dt>Station</dt>
            <dd>{station ? codeAndName(station) : '—'}</dd>
            <dt>Odometer</dt>
            <dd>
              {formatMiles(van.odometerMiles)}
              {van.odometerAt ? <span className="muted"> · read {formatShort(van.odometerAt)}</span> : null}
            </dd>
          </dl>
        </section>
        <section className="card" aria-labelledby="papers-title">
          <h2 id="papers-title">Ownership and devices</h2>
          <dl className="details">
            <dt>Ownership</dt>
            <dd>{OWNERSHIP_LABELS[van.ownership]}</dd>
            <dt>{van.ownership === 'rental' ? 'Rental company' : 'Lessor'}</dt>
            <dd>{van.lessor ?? '—'}</dd>
            <dt>Term</dt>
            <dd>{term}</dd>
            <dt>Monthly rate</dt>
            <dd>{van.monthlyRateCents === null ? '—' : `${formatMoney(van.monthlyRateCents)} a month`}</dd>
            <dt>Telematics ID</dt>
            <dd>{van.telematicsId ?? '—'}</dd>
            <dt>Camera ID</dt>
            <dd>{van.cameraId ?? '—'}</dd>
            <dt>Status</dt>
            <dd>
              {VAN_STATUS_LABELS[van.status]} since {formatDateTime(van.statusSince)}
              {van.statusReason ? <span className="muted"> — {van.statusReason}</span> : null}
            </dd>
          </dl>
        </section>
      </div>
      <VanStatusHistory van={van} />
      {editing ? (
        <EditVanDialog
          van={van}
          onClose={() => setEditing(false)}
          onSaved={(fleetNumber) => {
            setEditing(false);
            onSaved(`Van ${fleetNumber} saved.`);
          }}
        />
      ) : null}
    </div>
  );
}

function VanStatusHistory({ van }: { van: VanDetail }) {
  return (
    <StatusHistory
      titleId="van-history-title"
      history={van.statusHistory}
      columns={[
        {
          header: 'Status',
          cell: (h) => (
            <StatusBadge tone={VAN_STATUS_TONES[h.status]}>{VAN_STATUS_LABELS[h.status]}</StatusBadge>
          ),
        },
        { header: 'When', cell: (h) => formatShort(h.at) },
        { header: 'Reason', cell: reasonCell },
        { header: 'From', cell: (h) => SOURCE_LABELS[h.source] ?? h.source },
        { header: 'By', className: 'hide-narrow', cell: (h) => h.changedBy },
      ]}
    />
  );
}

function EditVanDialog({
  van,
  onClose,
  onSaved,
}: {
  van: VanDetail;
  onClose: () => void;
  onSaved: (fleetNumber: string) => void;
}) {
  const queryClient = useQueryClient();
  const [initial] = useState(() => draftOf(van));
  const [draft, setDraft] = useState(initial);
  const patch = patchOf(initial, draft);
  const save = useMutation({
    mutationFn: () => fleetApi.updateVan(van.id, patch),
    onSuccess: async (saved) => {
      await queryClient.invalidateQueries({ queryKey: FLEET_KEY });
      onSaved(saved.fleetNumber);
    },
  });
  return (
    <FormDialog
      title={`Edit van ${van.fleetNumber}`}
      onClose={onClose}
      submission={save}
      ready={Object.keys(patch).length > 0 && draftReady(draft)}
      whyNotReady={
        Object.keys(patch).length > 0 ? 'Fill in the required fields (marked *).' : 'Nothing changed yet.'
      }
      submitLabel="Save"
      pendingLabel="Saving…"
      wide
    >
      <VanFields value={draft} onChange={setDraft} error={save.error} />
    </FormDialog>
  );
}
