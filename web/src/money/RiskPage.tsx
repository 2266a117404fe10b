import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useSession } from '../app/auth.js';
import { formatDate } from '../app/format.js';
import { useStation } from '../app/station.js';
import { type Column, DataTable } from '../app/table.js';
import { PageHeader, QueryStatus, SelectField } from '../app/ui.js';
import { Chart } from '../charts/Chart.js';
import { formatMoney } from '../people/labels.js';
import { type Risk, type RiskWeek, riskApi } from './risk-api.js';

const SHOWN_ROUTES = 15;

/** "2 h 05 min" */
const hoursMinutes = (minutes: number) =>
  minutes < 60
    ? `${minutes} min`
    : `${Math.floor(minutes / 60)} h ${String(minutes % 60).padStart(2, '0')} min`;

const WEEK_COLUMNS: Column<RiskWeek & { id: string }>[] = [
  { header: 'Week of', cell: (w) => formatDate(w.weekStart) },
  {
    header: 'Route overruns',
    className: 'num',
    cell: (w) =>
      `${formatMoney(w.overrun.cents)} · ${w.overrun.routes} routes, ${hoursMinutes(w.overrun.minutes)}`,
  },
  {
    header: 'Rescues',
    className: 'num',
    cell: (w) => `${formatMoney(w.rescue.cents)} · ${w.rescue.count}, ${hoursMinutes(w.rescue.minutes)}`,
  },
  { header: 'Damage', className: 'num', cell: (w) => `${formatMoney(w.damage.cents)} · ${w.damage.count}` },
  { header: 'Absorbed', className: 'num', cell: (w) => <strong>{formatMoney(w.totalCents)}</strong> },
];

const ROUTE_COLUMNS: Column<Risk['routes'][number] & { id: string }>[] = [
  { header: 'Route code', cell: (r) => r.code },
  { header: 'Ran past plan', className: 'num', cell: (r) => `${r.overruns} of ${r.runs} runs` },
  { header: 'Time past plan', className: 'num', cell: (r) => hoursMinutes(r.overrunMinutes) },
  { header: 'Cost to the DSP', className: 'num', cell: (r) => formatMoney(r.cents) },
];

/**
 * The risk ledger: what each week cost the DSP because of plans made upstream — routes that ran past
 * their planned duration, rescues, damage — priced from our own records, and which route codes are
 * planned short, to show Amazon.
 */
export function RiskPage() {
  const { me } = useSession();
  const { stationId: picked } = useStation();
  const [stationId, setStationId] = useState(picked || me.stations[0]?.id || '');
  const [allRoutes, setAllRoutes] = useState(false);
  const risk = useQuery({
    queryKey: ['money', 'risk', stationId],
    queryFn: () => riskApi.station(stationId),
    enabled: Boolean(stationId),
  });
  const data = risk.data;
  const total = data?.weeks.reduce((sum, w) => sum + w.totalCents, 0) ?? 0;
  const unpriced = data?.weeks.reduce((sum, w) => sum + w.unpricedMinutes, 0) ?? 0;
  return (
    <div className="stack-lg">
      <PageHeader
        title="Risk ledger"
        description="What the DSP paid for plans made upstream: routes that ran past their planned duration (the DA's time at their rate, overtime included), rescues (the rescuer's time) and damage, from your own route closes, rescues and damage records."
      />
      <div className="filters card">
        <SelectField
          label="Station"
          value={stationId}
          onValue={setStationId}
          options={me.stations.map((s) => ({ value: s.id, label: `${s.code} · ${s.name}` }))}
        />
      </div>
      <QueryStatus query={risk} />
      {data ? (
        <>
          <section className="card stack" aria-labelledby="risk-total">
            <h2 id="risk-total">
              {formatMoney(total)} absorbed in {data.weeks.length} weeks
            </h2>
            <Chart
              label="Cost absorbed by week, in dollars"
              labels={data.weeks.map((w) => formatDate(w.weekStart))}
              series={[
                { label: 'Route overruns', values: data.weeks.map((w) => w.overrun.cents / 100) },
                { label: 'Rescues', values: data.weeks.map((w) => w.rescue.cents / 100) },
                { label: 'Damage', values: data.weeks.map((w) => w.damage.cents / 100) },
              ]}
              min={0}
              format={(v) => `$${Math.round(v).toLocaleString('en-US')}`}
            />
            <p className="muted">
              Reimbursed by Amazon: not known from these records. Amazon pays unplanned delay only where its
              Work Summary Tool shows it; compare with the week's Unplanned Delay file.
              {unpriced > 0
                ? ` ${hoursMinutes(unpriced)} of DAs without an hourly rate are counted here at nothing: add their rates on their profiles.`
                : ''}
            </p>
          </section>
          <section className="card stack" aria-labelledby="risk-routes">
            <h2 id="risk-routes">Routes planned short</h2>
            {data.routes.length === 0 ? (
              <p className="muted">No route ran past its plan in these weeks.</p>
            ) : null}
            <DataTable
              caption="Route codes by what their overruns cost"
              rows={(allRoutes ? data.routes : data.routes.slice(0, SHOWN_ROUTES)).map((r) => ({
                ...r,
                id: r.code,
              }))}
              columns={ROUTE_COLUMNS}
            />
            {data.routes.length > SHOWN_ROUTES ? (
              <button type="button" className="button-secondary" onClick={() => setAllRoutes(!allRoutes)}>
                {allRoutes
                  ? `Show the costliest ${SHOWN_ROUTES}`
                  : `Show all ${data.routes.length} route codes`}
              </button>
            ) : null}
          </section>
          <section className="card stack" aria-labelledby="risk-weeks">
            <h2 id="risk-weeks">Week by week</h2>
            <DataTable
              caption="Cost absorbed by week, newest first"
              rows={[...data.weeks].reverse().map((w) => ({ ...w, id: w.weekStart }))}
              columns={WEEK_COLUMNS}
            />
          </section>
        </>
      ) : null}
    </div>
  );
}
