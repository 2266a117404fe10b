import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import { useSession } from '../app/auth.js';
import { formatDate, todayIn } from '../app/format.js';
import { useStation } from '../app/station.js';
import { StationSelect } from '../app/station-filter.js';
import { CellLines, DataTable } from '../app/table.js';
import { TextField } from '../app/ui/fields.js';
import { PageHeader } from '../app/ui/page.js';
import { QueryStatus, StatusBadge } from '../app/ui/status.js';
import { VAN_TYPE_LABELS } from '../fleet/labels.js';
import { type Readiness, readinessApi, type VanState } from './api.js';

const STATE_LABELS: Record<VanState, string> = {
  ready: 'Ready',
  inspection_missing: 'No pre-trip yet',
  maintenance_due: 'Maintenance due',
  grounded: 'Grounded',
  in_shop: 'In the shop',
  returned: 'Returned',
};
const STATE_TONES: Record<VanState, 'good' | 'bad' | 'neutral' | 'warn'> = {
  ready: 'good',
  inspection_missing: 'warn',
  maintenance_due: 'warn',
  grounded: 'bad',
  in_shop: 'bad',
  returned: 'neutral',
};
/** Worst first: what a dispatcher must deal with before the roster is at the top. */
const STATE_ORDER: VanState[] = [
  'grounded',
  'in_shop',
  'inspection_missing',
  'maintenance_due',
  'ready',
  'returned',
];

type VanRow = Readiness['vans'][number] & { id: string };
type DriverRow = Readiness['drivers'][number] & { id: string };

/** One station on one day: which vans can go out and which DAs may drive, and why not. */
export function ReadinessPage() {
  const { me } = useSession();
  const { defaultStationId } = useStation();
  const [stationId, setStationId] = useState(defaultStationId);
  const station = me.stations.find((s) => s.id === stationId);
  const [date, setDate] = useState('');
  const query = useQuery({
    queryKey: ['readiness', stationId, date],
    queryFn: () => readinessApi.get(stationId, date),
    enabled: Boolean(stationId),
  });
  const data = query.data;

  return (
    <div className="stack">
      <PageHeader
        title="Readiness"
        description="Every van and every active DA of a station on a day: ready, or what stands in the way."
      />
      <div className="filters card">
        <StationSelect value={stationId} onValue={setStationId} />
        <TextField
          label="Day"
          type="date"
          value={date || (station ? todayIn(station.timeZone) : '')}
          onValue={setDate}
          hint="Today at the station unless you pick another day."
        />
      </div>
      {me.stations.length === 0 ? <p className="muted">No stations yet.</p> : null}
      <QueryStatus query={query} />
      {data ? <ReadinessView data={data} /> : null}
    </div>
  );
}

function ReadinessView({ data }: { data: Readiness }) {
  const s = data.summary;
  const vans: VanRow[] = data.vans
    .map((v) => ({ ...v, id: v.van.id }))
    .sort((a, b) => STATE_ORDER.indexOf(a.state) - STATE_ORDER.indexOf(b.state));
  const drivers: DriverRow[] = data.drivers
    .map((d) => ({ ...d, id: d.driver.id }))
    .sort(
      (a, b) => Number(a.cleared) - Number(b.cleared) || a.driver.lastName.localeCompare(b.driver.lastName),
    );
  return (
    <>
      <section className="card" aria-labelledby="readiness-summary">
        <h2 id="readiness-summary">
          {data.station.code} on {formatDate(data.date)}
        </h2>
        <ul className="readiness-counts">
          <li>
            <strong>{s.dispatchableVans}</strong> vans can go out ({s.vans.ready} ready,{' '}
            {s.vans.inspection_missing} waiting for a pre-trip, {s.vans.maintenance_due} with maintenance due)
          </li>
          <li>
            <strong>{s.vans.grounded + s.vans.in_shop}</strong> vans out of service ({s.vans.grounded}{' '}
            grounded, {s.vans.in_shop} in the shop)
          </li>
          <li>
            <strong>{s.clearedDrivers}</strong> DAs cleared to drive, <strong>{s.notClearedDrivers}</strong>{' '}
            not
          </li>
        </ul>
      </section>

      <section aria-labelledby="readiness-vans" className="stack">
        <h2 id="readiness-vans">Vans</h2>
        {vans.length === 0 ? <p className="muted">No vans at this station.</p> : null}
        <DataTable
          caption="Vans and whether they can go out"
          card
          testId="readiness-vans"
          rows={vans}
          columns={[
            {
              header: 'Van',
              cell: (v) => (
                <CellLines
                  main={<Link to={`/fleet/${v.van.id}`}>{v.van.fleetNumber}</Link>}
                  sub={VAN_TYPE_LABELS[v.van.vanType]}
                />
              ),
            },
            {
              header: 'State',
              cell: (v) => <StatusBadge tone={STATE_TONES[v.state]}>{STATE_LABELS[v.state]}</StatusBadge>,
            },
            { header: 'Why', cell: (v) => <Reasons lines={v.reasons} /> },
          ]}
        />
      </section>

      <section aria-labelledby="readiness-das" className="stack">
        <h2 id="readiness-das">DAs</h2>
        {drivers.length === 0 ? <p className="muted">No active DAs at this station.</p> : null}
        <DataTable
          caption="Active DAs and whether they are cleared to drive"
          card
          testId="readiness-das"
          rows={drivers}
          columns={[
            {
              header: 'DA',
              cell: (d) => (
                <CellLines
                  main={
                    <Link to={`/drivers/${d.driver.id}`}>
                      {d.driver.firstName} {d.driver.lastName}
                    </Link>
                  }
                  sub={d.driver.transporterId ?? 'No Transporter ID'}
                />
              ),
            },
            {
              header: 'Cleared',
              cell: (d) => (
                <StatusBadge tone={d.cleared ? 'good' : 'bad'}>
                  {d.cleared ? 'Cleared' : 'Not cleared'}
                </StatusBadge>
              ),
            },
            {
              header: 'Vans',
              cell: (d) => d.vanTypes.map((t) => VAN_TYPE_LABELS[t]).join(', ') || '—',
            },
            { header: 'Why', cell: (d) => <Reasons lines={[...d.reasons, ...d.warnings]} /> },
          ]}
        />
      </section>
    </>
  );
}

function Reasons({ lines }: { lines: string[] }) {
  if (lines.length === 0) return <span className="muted">—</span>;
  return (
    <ul className="reasons">
      {lines.map((l) => (
        <li key={l}>{l}</li>
      ))}
    </ul>
  );
}
