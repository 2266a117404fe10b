import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { formatDate } from '../app/format.js';
import { useStation } from '../app/station.js';
import { StationSelect } from '../app/station-filter.js';
import { type Column, DataTable } from '../app/table.js';
import { PageHeader } from '../app/ui/page.js';
import { QueryStatus } from '../app/ui/status.js';
import { Chart } from '../charts/Chart.js';
import { formatMoney } from '../people/labels.js';
import { type Risk, type RiskWeek, riskApi } from './risk-api.js';
import { hoursMinutes, lineTotals, RISK_LINES, type RiskLine } from './risk-lines.js';
import './money.css';

const SHOWN_ROUTES = 15;

/** What Amazon paid for a week, or that its invoice is still to come. */
const paidCell = (w: RiskWeek) =>
  w.waiting.reimbursedCents === null && w.lateCancel.reimbursedCents === null
    ? 'not invoiced yet'
    : formatMoney(w.reimbursedCents);

/** An amount over what it counts, on a line of its own, so the week's nine columns fit beside the menu. */
const amountOver = (cents: number, detail: string) => (
  <>
    {formatMoney(cents)}
    <span className="risk-detail">{detail}</span>
  </>
);

const WEEK_COLUMNS: Column<RiskWeek & { id: string }>[] = [
  { header: 'Week of', cell: (w) => formatDate(w.weekStart), cellClassName: 'nowrap' },
  { header: 'Absorbed', className: 'num', cell: (w) => <strong>{formatMoney(w.totalCents)}</strong> },
  { header: 'Amazon paid', className: 'num', cell: (w) => paidCell(w) },
  {
    header: 'Route overruns',
    className: 'num',
    cell: (w) => amountOver(w.overrun.cents, `${w.overrun.routes}, ${hoursMinutes(w.overrun.minutes)}`),
  },
  {
    header: 'Rescues',
    className: 'num',
    cell: (w) => amountOver(w.rescue.cents, `${w.rescue.count}, ${hoursMinutes(w.rescue.minutes)}`),
  },
  {
    header: 'Waiting for trucks',
    className: 'num',
    cell: (w) => amountOver(w.waiting.cents, hoursMinutes(w.waiting.minutes)),
  },
  {
    header: 'Late cancels',
    className: 'num',
    cell: (w) => amountOver(w.lateCancel.cents, String(w.lateCancel.count)),
  },
  { header: 'Premiums', className: 'num', cell: (w) => formatMoney(w.premium.cents) },
  { header: 'Damage', className: 'num', cell: (w) => formatMoney(w.damage.cents) },
];

type LineRow = { id: string; line: RiskLine; weeks: readonly RiskWeek[] };

const LINE_COLUMNS: Column<LineRow>[] = [
  { header: 'Cost', cell: (r) => r.line.label },
  { header: 'Absorbed', className: 'num', cell: (r) => formatMoney(lineTotals(r.line, r.weeks).cents) },
  {
    header: 'Amazon paid',
    className: 'num',
    cell: (r) => {
      const t = lineTotals(r.line, r.weeks);
      if (t.reimbursed === null) return 'nothing';
      const open =
        t.uninvoiced > 0
          ? ` (${t.uninvoiced === 1 ? 'a week' : `${t.uninvoiced} weeks`} not invoiced yet)`
          : '';
      return `${formatMoney(t.reimbursed)}${open}`;
    },
  },
  {
    header: 'Net cost',
    className: 'num',
    cell: (r) => {
      const t = lineTotals(r.line, r.weeks);
      return <strong>{formatMoney(t.cents - (t.reimbursed ?? 0))}</strong>;
    },
  },
  { header: 'Why', cell: (r) => <span className="muted">{r.line.why}</span> },
];

const ROUTE_COLUMNS: Column<Risk['routes'][number] & { id: string }>[] = [
  { header: 'Route code', cell: (r) => r.code },
  { header: 'Ran past plan', className: 'num', cell: (r) => `${r.overruns} of ${r.runs} runs` },
  { header: 'Time past plan', className: 'num', cell: (r) => hoursMinutes(r.overrunMinutes) },
  { header: 'Cost to the DSP', className: 'num', cell: (r) => formatMoney(r.cents) },
];

/**
 * The risk ledger: what each week cost the DSP because of plans made upstream — routes that ran past
 * their planned duration, rescues, waiting for late trucks, late cancels, long days' premiums, damage —
 * priced from our own records beside what Amazon paid, and which route codes are planned short.
 */
export function RiskPage() {
  const { defaultStationId } = useStation();
  const [stationId, setStationId] = useState(defaultStationId);
  const [allRoutes, setAllRoutes] = useState(false);
  const risk = useQuery({
    queryKey: ['money', 'risk', stationId],
    queryFn: () => riskApi.station(stationId),
    enabled: Boolean(stationId),
  });
  const data = risk.data;
  const total = data?.weeks.reduce((sum, w) => sum + w.totalCents, 0) ?? 0;
  const paid = data?.weeks.reduce((sum, w) => sum + w.reimbursedCents, 0) ?? 0;
  const unpriced = data?.weeks.reduce((sum, w) => sum + w.unpricedMinutes, 0) ?? 0;
  return (
    <div className="stack-lg">
      <PageHeader
        title="Risk ledger"
        description="What the DSP paid for plans made upstream: routes that ran past their planned duration (the DA's time at their rate, overtime included), rescues (the rescuer's time), waiting for late trucks (the board's delays), routes Amazon cancelled after you staffed them (the DA's paid shift), meal and rest premiums of days that ran long, and damage, from your own records, beside what Amazon's invoices paid for them."
      />
      <div className="filters card">
        <StationSelect value={stationId} onValue={setStationId} />
      </div>
      <QueryStatus query={risk} />
      {data ? (
        <>
          <section className="card stack" aria-labelledby="risk-total">
            <h2 id="risk-total">
              {formatMoney(total)} absorbed in {data.weeks.length} weeks; Amazon paid {formatMoney(paid)} of
              it
            </h2>
            <Chart
              label="Cost absorbed by week, in dollars"
              labels={data.weeks.map((w) => formatDate(w.weekStart))}
              series={RISK_LINES.map((line) => ({
                label: line.label,
                values: data.weeks.map((w) => line.cents(w) / 100),
              }))}
              min={0}
              format={(v) => `$${Math.round(v).toLocaleString('en-US')}`}
            />
            <Chart
              label="Absorbed against what Amazon paid, by week, in dollars"
              labels={data.weeks.map((w) => formatDate(w.weekStart))}
              series={[
                { label: 'Absorbed', values: data.weeks.map((w) => w.totalCents / 100) },
                { label: 'Amazon paid', values: data.weeks.map((w) => w.reimbursedCents / 100) },
              ]}
              min={0}
              format={(v) => `$${Math.round(v).toLocaleString('en-US')}`}
            />
            {unpriced > 0 ? (
              <p className="muted">
                {hoursMinutes(unpriced)} of DAs without an hourly rate are counted here at nothing: add their
                rates on their profiles.
              </p>
            ) : null}
          </section>
          <section className="card stack" aria-labelledby="risk-paid">
            <h2 id="risk-paid">Beside what Amazon paid</h2>
            <DataTable
              caption={`Each cost over the ${data.weeks.length} weeks and what Amazon's invoices paid for it`}
              rows={RISK_LINES.map((line) => ({ id: line.label, line, weeks: data.weeks }))}
              columns={LINE_COLUMNS}
            />
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
              wide
            />
          </section>
        </>
      ) : null}
    </div>
  );
}
