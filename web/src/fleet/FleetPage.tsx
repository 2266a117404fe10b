import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useLocation } from 'react-router';
import { useAddressParams } from '../app/address.js';
import { BASE, oneOf, queryString } from '../app/api.js';
import { useSession } from '../app/auth.js';
import { usePagedQuery } from '../app/paging.js';
import { useSearchBox } from '../app/search.js';
import { useStation, useStationCode, useStationFilter } from '../app/station.js';
import { StationFilter } from '../app/station-filter.js';
import { CellLines, DataTable } from '../app/table.js';
import { FormDialog } from '../app/ui/dialog.js';
import { SelectField, TextField } from '../app/ui/fields.js';
import { Notice } from '../app/ui/notice.js';
import { PageHeader } from '../app/ui/page.js';
import { LoadMore, QueryStatus, StatusBadge } from '../app/ui/status.js';
import { PreTripCell } from '../inspections/PreTripCell.js';
import { FLEET_KEY, fleetApi, VAN_STATUSES, VAN_TYPES, type Van } from './api.js';
import {
  formatMiles,
  OWNERSHIP_LABELS,
  VAN_STATUS_LABELS,
  VAN_STATUS_TONES,
  VAN_TYPE_LABELS,
} from './labels.js';
import { VanFields } from './VanFields.js';
import { draftReady, emptyDraft, inputOf } from './van-draft.js';
import './fleet.css';

/** The list of vans: filters in the address (Back from a van returns to the same list), add for fleet.write. */
export function FleetPage() {
  const queryClient = useQueryClient();
  const { can } = useSession();
  const [params, setParam] = useAddressParams();
  const location = useLocation();
  const fromList = { list: location.search };
  const q = params.get('q') ?? '';
  const status = params.get('status') ?? '';
  const vanType = params.get('type') ?? '';
  const [search, setSearch] = useSearchBox(q, (text) => setParam('q', text, true));
  const [stationFilter, setStationFilter] = useStationFilter();
  const [adding, setAdding] = useState(false);
  const [added, setAdded] = useState<Van | null>(null);

  const filter = {
    q: q || undefined,
    status: oneOf(VAN_STATUSES, status),
    vanType: oneOf(VAN_TYPES, vanType),
    stationId: stationFilter || undefined,
  };
  const { query: vans, items } = usePagedQuery([...FLEET_KEY, 'list', filter], (cursor) =>
    fleetApi.vans({ cursor, ...filter }),
  );
  const canWrite = can('fleet.write');
  const codeOf = useStationCode();
  const filtered = Boolean(q || status || vanType || stationFilter);
  const exportUrl = (format: 'csv' | 'xlsx') => `${BASE}/vans/export${queryString({ format, ...filter })}`;

  return (
    <div className="stack-lg">
      <PageHeader
        title="Fleet"
        description="Your vans: whether each is on the road, and what maintenance is coming up."
        actions={
          <>
            <Link to="/fleet/maintenance" className="button-secondary">
              Maintenance
            </Link>
            <Link to="/fleet/checklists" className="button-secondary">
              Inspection checklists
            </Link>
            {canWrite ? (
              <button type="button" className="button-primary" onClick={() => setAdding(true)}>
                Add van
              </button>
            ) : null}
          </>
        }
      />
      <fieldset className="filters">
        <legend className="sr-only">Filter vans</legend>
        <TextField
          label="Search"
          type="search"
          value={search}
          onValue={setSearch}
          placeholder="Fleet number, VIN or plate"
          className="field-wide"
          autoComplete="off"
          spellCheck={false}
          maxLength={40}
        />
        <SelectField
          label="Status"
          value={status}
          onValue={(v) => setParam('status', v)}
          options={[
            { value: '', label: 'Any status' },
            ...VAN_STATUSES.map((s) => ({ value: s, label: VAN_STATUS_LABELS[s] })),
          ]}
        />
        <SelectField
          label="Type"
          value={vanType}
          onValue={(v) => setParam('type', v)}
          options={[
            { value: '', label: 'Any type' },
            ...VAN_TYPES.map((t) => ({ value: t, label: VAN_TYPE_LABELS[t] })),
          ]}
        />
        <StationFilter value={stationFilter} onValue={setStationFilter} />
      </fieldset>
      <p className="fleet-export muted">
        Export these vans: <a href={exportUrl('csv')}>CSV</a> · <a href={exportUrl('xlsx')}>Excel</a>
        {can('imports.run') ? (
          <>
            {' '}
            · <Link to="/imports">Import a fleet file</Link>
          </>
        ) : null}
      </p>
      {added ? (
        <Notice kind="success">
          Van {added.fleetNumber} added.{' '}
          <Link to={`/fleet/${encodeURIComponent(added.id)}`} state={fromList}>
            Open it
          </Link>
        </Notice>
      ) : null}
      <QueryStatus
        query={vans}
        isEmpty={items.length === 0 && !vans.hasNextPage}
        empty={
          filtered
            ? 'No vans match these filters.'
            : `No vans yet.${canWrite ? ' Add a van or import your fleet file.' : ''}`
        }
      />
      <DataTable
        caption="Vans"
        card
        wide
        rows={items}
        testId="vans-table"
        columns={[
          {
            header: 'Van',
            cellClassName: 'nowrap-wide',
            cell: (v) => (
              <CellLines
                main={
                  <Link to={`/fleet/${encodeURIComponent(v.id)}`} state={fromList}>
                    {v.fleetNumber}
                  </Link>
                }
                sub={<span className="mono">{v.vin}</span>}
              />
            ),
          },
          { header: 'Station', cell: (v) => <span className="mono">{codeOf(v.stationId)}</span> },
          {
            header: 'Status',
            title: (v) => v.statusReason ?? undefined,
            cell: (v) => (
              <CellLines
                main={
                  <StatusBadge tone={VAN_STATUS_TONES[v.status]}>{VAN_STATUS_LABELS[v.status]}</StatusBadge>
                }
                sub={v.statusReason}
              />
            ),
          },
          {
            header: 'Type',
            cell: (v) => (
              <CellLines
                main={VAN_TYPE_LABELS[v.vanType]}
                sub={[v.year, v.make, v.model].filter(Boolean).join(' ') || null}
              />
            ),
          },
          { header: 'Maintenance', cell: (v) => <MaintenanceCell van={v} /> },
          { header: 'Pre-trip today', cell: (v) => <PreTripCell vanId={v.id} /> },
          { header: 'Odometer', className: 'num', cell: (v) => formatMiles(v.odometerMiles) },
          {
            header: 'Ownership',
            className: 'hide-narrow',
            cell: (v) => <CellLines main={OWNERSHIP_LABELS[v.ownership]} sub={v.lessor} />,
          },
          {
            header: 'Plate',
            className: 'hide-narrow',
            cell: (v) => (v.plate ? `${v.plate}${v.plateState ? ` (${v.plateState})` : ''}` : '—'),
          },
        ]}
      />
      <LoadMore query={vans} />

      {adding ? (
        <AddVanDialog
          onClose={() => setAdding(false)}
          onSaved={async (v) => {
            await queryClient.invalidateQueries({ queryKey: FLEET_KEY });
            setAdding(false);
            setAdded(v);
          }}
        />
      ) : null}
    </div>
  );
}

function MaintenanceCell({ van }: { van: Van }) {
  const { overdue, dueSoon } = van.maintenance;
  if (overdue === 0 && dueSoon === 0) return <span className="muted">Up to date</span>;
  return (
    <span className="badge-row">
      {overdue > 0 ? <StatusBadge tone="bad">{overdue} overdue</StatusBadge> : null}
      {dueSoon > 0 ? <StatusBadge tone="warn">{dueSoon} due soon</StatusBadge> : null}
    </span>
  );
}

function AddVanDialog({ onClose, onSaved }: { onClose: () => void; onSaved: (van: Van) => Promise<void> }) {
  const { me } = useSession();
  const { stationId } = useStation();
  const [draft, setDraft] = useState(() =>
    emptyDraft(stationId || (me.stations.length === 1 ? (me.stations[0]?.id ?? '') : '')),
  );
  const create = useMutation({ mutationFn: () => fleetApi.createVan(inputOf(draft)), onSuccess: onSaved });
  return (
    <FormDialog
      title="Add a van"
      onClose={onClose}
      submission={create}
      ready={draftReady(draft)}
      whyNotReady="Fill in the required fields (marked *)."
      submitLabel="Add van"
      pendingLabel="Adding…"
      wide
    >
      <VanFields value={draft} onChange={setDraft} error={create.error} />
    </FormDialog>
  );
}
