import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type ReactNode, useId, useState } from 'react';
import { Link, useLocation, useParams, useSearchParams } from 'react-router';
import { useSession } from '../app/auth.js';
import { codeAndName } from '../app/station.js';
import { FormDialog } from '../app/ui/dialog.js';
import { fieldError, SelectField, TextAreaField } from '../app/ui/fields.js';
import { Notice } from '../app/ui/notice.js';
import { PageHeader } from '../app/ui/page.js';
import { QueryStatus, StatusBadge } from '../app/ui/status.js';
import { FLEET_KEY, fleetApi, VAN_STATUSES, type Van, type VanDetail, type VanStatus } from './api.js';
import { VAN_STATUS_LABELS, VAN_STATUS_TONES } from './labels.js';
import { VanDamageTab } from './VanDamageTab.js';
import { VanDetailsTab } from './VanDetailsTab.js';
import { VanInspectionsTab } from './VanInspectionsTab.js';
import { VanMaintenanceTab } from './VanMaintenanceTab.js';
import './fleet.css';

/** One tab of the van profile; other slices add theirs to the list in `VanPage`. */
export interface VanTab {
  id: string;
  label: string;
  element: ReactNode;
}

export function VanPage() {
  const { id = '' } = useParams();
  const location = useLocation();
  // Opened from the list: "All vans" goes back to it with its search and filters.
  const state: unknown = location.state;
  const listSearch =
    state && typeof state === 'object' && 'list' in state && typeof state.list === 'string' ? state.list : '';
  const { me, can } = useSession();
  const [params, setParams] = useSearchParams();
  const van = useQuery({ queryKey: [...FLEET_KEY, 'van', id], queryFn: () => fleetApi.van(id) });
  const [changingStatus, setChangingStatus] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const tabsId = useId();
  const v = van.data;

  const back = (
    <p>
      <Link to={`/fleet${listSearch}`} className="back-to">
        <span aria-hidden="true">←</span>All vans
      </Link>
    </p>
  );
  if (!v) {
    return (
      <div className="stack-lg">
        {back}
        <PageHeader title="Van" />
        <QueryStatus query={van} />
      </div>
    );
  }

  const station = me.stations.find((s) => s.id === v.stationId);
  const tabs: VanTab[] = [
    { id: 'details', label: 'Details', element: <VanDetailsTab van={v} onSaved={setMessage} /> },
    { id: 'maintenance', label: 'Maintenance', element: <VanMaintenanceTab van={v} onSaved={setMessage} /> },
    { id: 'inspections', label: 'Inspections', element: <VanInspectionsTab van={v} /> },
    { id: 'damage', label: 'Damage', element: <VanDamageTab van={v} /> },
  ];
  const current = tabs.find((t) => t.id === params.get('tab')) ?? tabs[0];
  const select = (tab: string) =>
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        if (tab === tabs[0]?.id) next.delete('tab');
        else next.set('tab', tab);
        return next;
      },
      { replace: true, state: location.state },
    );

  return (
    <div className="stack-lg">
      {back}
      <PageHeader
        title={`Van ${v.fleetNumber}`}
        description={
          <span className="header-meta">
            <StatusBadge tone={VAN_STATUS_TONES[v.status]}>{VAN_STATUS_LABELS[v.status]}</StatusBadge>
            <span>{station ? codeAndName(station) : 'Unknown station'}</span>
            <span className="mono">{v.vin}</span>
          </span>
        }
        actions={
          can('fleet.write') ? (
            <button type="button" className="button-secondary" onClick={() => setChangingStatus(true)}>
              Change status
            </button>
          ) : null
        }
      />
      {message ? <Notice kind="success">{message}</Notice> : null}
      {v.status !== 'active' && v.statusReason ? (
        <Notice kind="warning">
          {VAN_STATUS_LABELS[v.status]}: {v.statusReason}
        </Notice>
      ) : null}

      <div className="van-tabs" role="tablist" aria-label={`Van ${v.fleetNumber}`}>
        {tabs.map((t) => (
          <button
            key={t.id}
            type="button"
            role="tab"
            id={`${tabsId}-${t.id}`}
            aria-selected={t.id === current?.id}
            aria-controls={`${tabsId}-panel`}
            className="van-tab"
            onClick={() => select(t.id)}
          >
            {t.label}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`${tabsId}-panel`} aria-labelledby={`${tabsId}-${current?.id}`}>
        {current?.element}
      </div>

      {changingStatus ? (
        <ChangeStatusDialog
          van={v}
          onClose={() => setChangingStatus(false)}
          onSaved={(saved) => {
            setChangingStatus(false);
            setMessage(`Van ${saved.fleetNumber} is now ${VAN_STATUS_LABELS[saved.status].toLowerCase()}.`);
          }}
        />
      ) : null}
    </div>
  );
}

/** The usual next step from each status, offered first. */
const NEXT_STATUS: Record<VanStatus, VanStatus> = {
  active: 'grounded',
  grounded: 'active',
  in_shop: 'active',
  returned: 'active',
};

function ChangeStatusDialog({
  van,
  onClose,
  onSaved,
}: {
  van: VanDetail;
  onClose: () => void;
  onSaved: (van: Van) => void;
}) {
  const queryClient = useQueryClient();
  const [status, setStatus] = useState<VanStatus>(NEXT_STATUS[van.status]);
  const [reason, setReason] = useState('');
  const reasonNeeded = status !== 'active';
  const change = useMutation({
    mutationFn: () =>
      fleetApi.changeStatus(van.id, { status, ...(reason.trim() ? { reason: reason.trim() } : {}) }),
    onSuccess: async (saved) => {
      await queryClient.invalidateQueries({ queryKey: FLEET_KEY });
      onSaved(saved);
    },
  });
  return (
    <FormDialog
      title={`Change status of van ${van.fleetNumber}`}
      onClose={onClose}
      submission={change}
      ready={!reasonNeeded || Boolean(reason.trim())}
      whyNotReady="Write the reason."
      submitLabel="Change status"
      pendingLabel="Saving…"
      intro={
        <p className="muted">
          {VAN_STATUS_LABELS[van.status]}
          {van.statusReason ? ` (${van.statusReason})` : ''}.
        </p>
      }
    >
      <SelectField
        label="New status"
        value={status}
        onValue={(s) => setStatus(s as VanStatus)}
        options={VAN_STATUSES.filter((s) => s !== van.status).map((s) => ({
          value: s,
          label: VAN_STATUS_LABELS[s],
        }))}
        error={fieldError(change.error, 'status')}
        hint={status === 'active' ? 'Active vans can be given routes.' : 'The van cannot be given routes.'}
      />
      <TextAreaField
        label="Reason"
        value={reason}
        onValue={setReason}
        error={fieldError(change.error, 'reason')}
        hint={reasonNeeded ? 'Required: dispatchers read it. Kept in the status history.' : 'Optional.'}
        rows={3}
        maxLength={500}
        required={reasonNeeded}
      />
    </FormDialog>
  );
}
