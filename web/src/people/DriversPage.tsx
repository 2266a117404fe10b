import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { Link, useLocation, useSearchParams } from 'react-router';
import { oneOf } from '../app/api.js';
import { useSession } from '../app/auth.js';
import { usePagedQuery } from '../app/paging.js';
import { useSearchBox } from '../app/search.js';
import { useStation } from '../app/station.js';
import { CellLines, DataTable } from '../app/table.js';
import { FormDialog } from '../app/ui/dialog.js';
import { fieldError, SelectField, TextField } from '../app/ui/fields.js';
import { Notice } from '../app/ui/notice.js';
import { PageHeader } from '../app/ui/page.js';
import { LoadMore, QueryStatus, StatusBadge } from '../app/ui/status.js';
import { DRIVER_STATUSES, DRIVERS_KEY, type Driver, peopleApi, START_STATUSES } from './api.js';
import { DriverFields, draftReady, emptyDraft, inputOf } from './DriverFields.js';
import { formatPhone, fullName, STATUS_LABELS, STATUS_TONES, vanTypesLabel } from './labels.js';
import { formatPoints } from './record-labels.js';

/** With the "cleared" or "expiring" filter on, keep loading pages until this many DAs show (or none are left). */
const CLEARED_FILL = 25;

export function DriversPage() {
  const queryClient = useQueryClient();
  const { me, can } = useSession();
  const { stationId } = useStation();
  // Search, status and clearance live in the address, so Back from a profile returns to the same list.
  const [params, setParams] = useSearchParams();
  const location = useLocation();
  /** A profile's "All DAs" link returns to this very list. */
  const fromList = { list: location.search };
  const q = params.get('q') ?? '';
  const status = params.get('status') ?? '';
  const clearedParam = params.get('cleared');
  const cleared: 'true' | 'false' | '' =
    clearedParam === 'true' || clearedParam === 'false' ? clearedParam : '';
  const expiring: 'true' | '' = params.get('expiring') === 'true' ? 'true' : '';
  const setParam = (key: string, value: string, replace = false) =>
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        if (value) next.set(key, value);
        else next.delete(key);
        return next;
      },
      { replace },
    );
  const [search, setSearch] = useSearchBox(q, (text) => setParam('q', text, true));
  // The station switcher sets the default filter; picking here overrides it until the switcher moves.
  const [stationFilter, setStationFilter] = useState(stationId);
  const [followed, setFollowed] = useState(stationId);
  if (followed !== stationId) {
    setFollowed(stationId);
    setStationFilter(stationId);
  }
  const [adding, setAdding] = useState(false);
  const [added, setAdded] = useState<Driver | null>(null);

  const filter = {
    q: q || undefined,
    status: oneOf(DRIVER_STATUSES, status),
    stationId: stationFilter || undefined,
    cleared: cleared || undefined,
    expiring: expiring || undefined,
  };
  const { query: drivers, items } = usePagedQuery([...DRIVERS_KEY, 'list', filter], (cursor) =>
    peopleApi.drivers({ cursor, ...filter }),
  );
  // The server answers the "cleared" and "expiring" filters page by page, so a page may hold few (or no) matches.
  const { hasNextPage, isFetchingNextPage, isFetching, fetchNextPage } = drivers;
  useEffect(() => {
    if (
      (cleared || expiring) &&
      hasNextPage &&
      !isFetchingNextPage &&
      !isFetching &&
      items.length < CLEARED_FILL
    ) {
      void fetchNextPage();
    }
  }, [cleared, expiring, hasNextPage, isFetchingNextPage, isFetching, items.length, fetchNextPage]);

  const canWrite = can('people.write');
  const codeOf = (id: string) => me.stations.find((s) => s.id === id)?.code ?? '—';
  const filtered = Boolean(q || status || cleared || expiring || stationFilter);

  return (
    <div className="stack-lg">
      <PageHeader
        title="DAs"
        description="Your Delivery Associates, and whether each may be given work today."
        actions={
          canWrite ? (
            <button type="button" className="button-primary" onClick={() => setAdding(true)}>
              Add DA
            </button>
          ) : null
        }
      />
      <fieldset className="filters">
        <legend className="sr-only">Filter DAs</legend>
        <TextField
          label="Search"
          type="search"
          value={search}
          onValue={setSearch}
          placeholder="Name, Transporter ID or employee ID"
          className="field-wide"
          autoComplete="off"
          spellCheck={false}
          maxLength={80}
        />
        <SelectField
          label="Status"
          value={status}
          onValue={(v) => setParam('status', v)}
          options={[
            { value: '', label: 'Any status' },
            ...DRIVER_STATUSES.map((s) => ({ value: s, label: STATUS_LABELS[s] })),
          ]}
        />
        <SelectField
          label="Cleared today"
          value={cleared}
          onValue={(v) => setParam('cleared', v)}
          options={[
            { value: '', label: 'Any' },
            { value: 'true', label: 'Cleared' },
            { value: 'false', label: 'Not cleared' },
          ]}
        />
        <SelectField
          label="Documents"
          value={expiring}
          onValue={(v) => setParam('expiring', v)}
          options={[
            { value: '', label: 'Any' },
            { value: 'true', label: 'Expired or expiring in 30 days' },
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
      {added ? (
        <Notice kind="success">
          {fullName(added)} added as {STATUS_LABELS[added.status].toLowerCase()}.{' '}
          <Link to={`/drivers/${encodeURIComponent(added.id)}`} state={fromList}>
            Open their profile
          </Link>
        </Notice>
      ) : null}
      <QueryStatus
        query={drivers}
        isEmpty={items.length === 0 && !drivers.hasNextPage}
        empty={
          filtered
            ? 'No DAs match these filters.'
            : `No DAs yet.${canWrite ? ' Add your first DA to get started.' : ''}`
        }
      />
      <DataTable
        caption="DAs"
        card
        rows={items}
        testId="drivers-table"
        columns={[
          {
            header: 'Name',
            cellClassName: 'nowrap-wide',
            cell: (d) => (
              <CellLines
                main={
                  <Link to={`/drivers/${encodeURIComponent(d.id)}`} state={fromList}>
                    {d.lastName}, {d.firstName}
                  </Link>
                }
                sub={d.transporterId ? <span className="mono">{d.transporterId}</span> : 'No Transporter ID'}
              />
            ),
          },
          { header: 'Station', cell: (d) => <span className="mono">{codeOf(d.homeStationId)}</span> },
          {
            header: 'Status',
            cell: (d) => <StatusBadge tone={STATUS_TONES[d.status]}>{STATUS_LABELS[d.status]}</StatusBadge>,
          },
          {
            header: 'Cleared today',
            title: (d) => (d.clearance.cleared ? undefined : d.clearance.reasons.join(' ')),
            cell: (d) => <ClearedCell driver={d} />,
          },
          {
            header: 'Attendance',
            className: 'num',
            title: (d) => (d.attendance ? `Points in the last ${d.attendance.windowDays} days` : undefined),
            cell: (d) =>
              d.attendance ? (
                <CellLines
                  main={`${formatPoints(d.attendance.points)} pts`}
                  sub={d.attendance.flagged ? <StatusBadge tone="bad">Flagged</StatusBadge> : null}
                />
              ) : (
                '—'
              ),
          },
          { header: 'Van types', className: 'hide-narrow', cell: (d) => vanTypesLabel(d.vanTypes) },
          {
            header: 'Phone',
            cell: (d) =>
              d.phone ? (
                <a href={`tel:${d.phone}`} className="nowrap">
                  {formatPhone(d.phone)}
                </a>
              ) : (
                '—'
              ),
          },
        ]}
      />
      <LoadMore query={drivers} />

      {adding ? (
        <AddDriverDialog
          onClose={() => setAdding(false)}
          onSaved={async (d) => {
            await queryClient.invalidateQueries({ queryKey: DRIVERS_KEY });
            setAdding(false);
            setAdded(d);
          }}
        />
      ) : null}
    </div>
  );
}

function ClearedCell({ driver }: { driver: Driver }) {
  const { cleared, reasons, vanTypes } = driver.clearance;
  if (cleared) {
    const noStepVan = driver.vanTypes.includes('step_van') && !vanTypes.includes('step_van');
    return (
      <CellLines
        main={<StatusBadge tone="good">Yes</StatusBadge>}
        sub={noStepVan ? 'Not step vans (DOT card)' : null}
      />
    );
  }
  const more = reasons.length - 1;
  return (
    <CellLines
      main={<StatusBadge tone="bad">No</StatusBadge>}
      sub={
        <>
          {reasons[0] ?? 'Not cleared.'}
          {more > 0 ? ` (+${more} more)` : ''}
        </>
      }
    />
  );
}

function AddDriverDialog({
  onClose,
  onSaved,
}: {
  onClose: () => void;
  onSaved: (driver: Driver) => Promise<void>;
}) {
  const { me } = useSession();
  const { stationId } = useStation();
  const [draft, setDraft] = useState(() =>
    emptyDraft(stationId || (me.stations.length === 1 ? (me.stations[0]?.id ?? '') : '')),
  );
  const [status, setStatus] = useState<(typeof START_STATUSES)[number]>('applicant');
  const create = useMutation({
    mutationFn: () => peopleApi.createDriver({ ...inputOf(draft), status }),
    onSuccess: onSaved,
  });

  return (
    <FormDialog
      title="Add a DA"
      onClose={onClose}
      submission={create}
      ready={draftReady(draft)}
      whyNotReady="Fill in the required fields (marked *)."
      submitLabel="Add DA"
      pendingLabel="Adding…"
      wide
    >
      <DriverFields
        value={draft}
        onChange={setDraft}
        error={create.error}
        extra={
          <SelectField
            label="Starting status"
            value={status}
            onValue={(s) => setStatus(s as typeof status)}
            options={START_STATUSES.map((s) => ({ value: s, label: STATUS_LABELS[s] }))}
            error={fieldError(create.error, 'status')}
            hint="Only active DAs can be given work."
          />
        }
      />
    </FormDialog>
  );
}
