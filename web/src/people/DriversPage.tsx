import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { Link, useLocation } from 'react-router';
import { useAddressParams } from '../app/address.js';
import { oneOf } from '../app/api.js';
import { useSession } from '../app/auth.js';
import { usePagedQuery } from '../app/paging.js';
import { useSearchBox } from '../app/search.js';
import { useStationCode, useStationFilter } from '../app/station.js';
import { CellLines, DataTable } from '../app/table.js';
import { Notice } from '../app/ui/notice.js';
import { PageHeader } from '../app/ui/page.js';
import { LoadMore, QueryStatus, StatusBadge } from '../app/ui/status.js';
import { AddDriverDialog } from './AddDriverDialog.js';
import { DRIVER_STATUSES, DRIVERS_KEY, type Driver, peopleApi } from './api.js';
import { ClearedCell } from './ClearedCell.js';
import { DriverFilters } from './DriverFilters.js';
import { formatPhone, fullName, STATUS_LABELS, STATUS_TONES, vanTypesLabel } from './labels.js';
import { formatPoints } from './record-labels.js';

/** With the "cleared" or "expiring" filter on, keep loading pages until this many DAs show (or none are left). */
const CLEARED_FILL = 25;

export function DriversPage() {
  const queryClient = useQueryClient();
  const { can } = useSession();
  // Search, status and clearance live in the address, so Back from a profile returns to the same list.
  const [params, setParam] = useAddressParams();
  const location = useLocation();
  /** A profile's "All DAs" link returns to this very list. */
  const fromList = { list: location.search };
  const q = params.get('q') ?? '';
  const status = params.get('status') ?? '';
  const clearedParam = params.get('cleared');
  const cleared: 'true' | 'false' | '' =
    clearedParam === 'true' || clearedParam === 'false' ? clearedParam : '';
  const expiring: 'true' | '' = params.get('expiring') === 'true' ? 'true' : '';
  const [search, setSearch] = useSearchBox(q, (text) => setParam('q', text, true));
  const [stationFilter, setStationFilter] = useStationFilter();
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
  const codeOf = useStationCode();
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
      <DriverFilters
        search={search}
        onSearch={setSearch}
        status={status}
        cleared={cleared}
        expiring={expiring}
        stationId={stationFilter}
        onStation={setStationFilter}
        setParam={setParam}
      />
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
