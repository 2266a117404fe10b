import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import { useStation, useStationCode } from '../app/station.js';
import { StationFilter } from '../app/station-filter.js';
import { CellLines, DataTable } from '../app/table.js';
import { QueryStatus, StatusBadge } from '../app/ui/status.js';
import { FLEET_KEY, fleetApi } from './api.js';
import {
  DUE_LABELS,
  DUE_TONES,
  dueDetail,
  formatMiles,
  VAN_STATUS_LABELS,
  VAN_TYPE_LABELS,
} from './labels.js';

/** Every van's maintenance that is due or overdue, by station. */
export function MaintenanceDueList() {
  const { stationId } = useStation();
  const [stationFilter, setStationFilter] = useState(stationId);
  const due = useQuery({
    queryKey: [...FLEET_KEY, 'due', stationFilter],
    queryFn: () => fleetApi.due(stationFilter || undefined),
  });
  const rows = (due.data?.items ?? []).map((e) => ({ ...e, id: `${e.van.id}:${e.item.scheduleId}` }));
  const codeOf = useStationCode();
  return (
    <section className="stack" aria-labelledby="fleet-due-title">
      <div className="section-head">
        <h2 id="fleet-due-title">Due and overdue</h2>
        <StationFilter value={stationFilter} onValue={setStationFilter} />
      </div>
      <QueryStatus
        query={due}
        isEmpty={rows.length === 0}
        empty="Nothing is due within 500 miles or 14 days."
      />
      <DataTable
        caption="Maintenance due across the fleet"
        card
        rows={rows}
        rowClassName={(e) => (e.item.state === 'overdue' ? 'row-overdue' : undefined)}
        columns={[
          {
            header: 'Van',
            cell: (e) => (
              <CellLines
                main={
                  <Link to={`/fleet/${encodeURIComponent(e.van.id)}?tab=maintenance`}>
                    {e.van.fleetNumber}
                  </Link>
                }
                sub={`${VAN_TYPE_LABELS[e.van.vanType]} · ${codeOf(e.van.stationId)}${e.van.status === 'active' ? '' : ` · ${VAN_STATUS_LABELS[e.van.status]}`}`}
              />
            ),
          },
          {
            header: 'Item',
            cell: (e) => (
              <>
                {e.item.name} {e.item.critical ? <StatusBadge tone="neutral">Critical</StatusBadge> : null}
              </>
            ),
          },
          {
            header: 'State',
            cell: (e) => (
              <CellLines
                main={<StatusBadge tone={DUE_TONES[e.item.state]}>{DUE_LABELS[e.item.state]}</StatusBadge>}
                sub={dueDetail(e.item)}
              />
            ),
          },
          { header: 'Odometer', className: 'num hide-narrow', cell: (e) => formatMiles(e.van.odometerMiles) },
        ]}
      />
    </section>
  );
}
