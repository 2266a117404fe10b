import type { UseQueryResult } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import { weekLabel, weeksEndingAt } from '../../../src/performance/domain/weeks.js';
import { CellLines, type Column, DataTable, RowButton } from '../app/table.js';
import { SelectField } from '../app/ui/fields.js';
import { Notice } from '../app/ui/notice.js';
import { QueryStatus, StatusBadge } from '../app/ui/status.js';
import { Chart } from '../charts/Chart.js';
import { OpenWarningBadge, useOpenWarnings } from '../coaching/OpenWarning.js';
import type { MetricKey, StationWeek, WeekDa } from './api.js';
import { DriverTrendDialog } from './DriverTrendDialog.js';
import { accuracyText, formatMetric, formatScore, METRIC_LABELS } from './labels.js';
import { TierBadge } from './TierBadge.js';

const SORTS = {
  amazon: {
    label: 'Amazon’s score',
    compare: (a: WeekDa, b: WeekDa) => (b.amazon.score ?? -1) - (a.amazon.score ?? -1),
  },
  rank: { label: 'Our estimate', compare: (a: WeekDa, b: WeekDa) => (a.rank ?? 1e9) - (b.rank ?? 1e9) },
  name: { label: 'Name', compare: (a: WeekDa, b: WeekDa) => a.name.localeCompare(b.name) },
  events: { label: 'Safety events', compare: (a: WeekDa, b: WeekDa) => b.safetyEvents - a.safetyEvents },
} as const;
type SortKey = keyof typeof SORTS;

/** The metrics shown as columns; every metric is in the DA's trend. */
const SHOWN: MetricKey[] = ['dcr', 'pod', 'cdf_dpmo', 'ced', 'fico', 'delivered'];

/** A metric cell: the value over Amazon's tier (ours when the file gives none), and ours when it differs. */
function MetricCell({ da, metric }: { da: WeekDa; metric: MetricKey }) {
  const amazon = da.amazon.tiers[metric];
  const ours = da.tiers[metric];
  return (
    <CellLines
      main={formatMetric(metric, da.metrics[metric])}
      sub={
        <span className="metric-cell">
          {amazon ? <TierBadge tier={amazon} /> : null}
          {ours && ours !== amazon ? (
            <TierBadge tier={ours} prefix={amazon ? 'Ours:' : 'Ours (est.):'} />
          ) : null}
        </span>
      }
    />
  );
}

/** The table's columns: Amazon's figures first, our estimate after them, labelled as one. */
function columnsOf(data: StationWeek, warned: ReadonlySet<string>): Column<WeekDa>[] {
  const labels = weeksEndingAt(data.week, 12).map(weekLabel);
  return [
    {
      header: 'DA',
      cell: (d) => (
        <CellLines
          main={
            <span className="da-name">
              {d.driverId ? <Link to={`/drivers/${d.driverId}?tab=performance`}>{d.name}</Link> : d.name}
            </span>
          }
          sub={
            <>
              {d.transporterId} {d.driverId ? null : <StatusBadge tone="warn">Not linked</StatusBadge>}
            </>
          }
        />
      ),
    },
    {
      header: 'Amazon',
      cell: (d) => (
        <CellLines main={formatScore(d.amazon.score)} sub={<TierBadge tier={d.amazon.standing} />} />
      ),
    },
    {
      header: 'Our estimate (rank)',
      cell: (d) => (
        <span className="estimate">
          <CellLines
            main={`${formatScore(d.score)}${d.rank ? ` (#${d.rank})` : ''}`}
            sub={
              <>
                <TierBadge tier={d.standing} />
                {warned.has(d.driverId ?? '') ? <OpenWarningBadge /> : null}
              </>
            }
          />
        </span>
      ),
    },
    {
      header: '12 weeks (our estimate)',
      cell: (d) => (
        <Chart
          compact
          labels={labels}
          series={[{ label: 'Our estimate', values: d.trend }]}
          goals={[{ value: data.profile.bands.fantastic, label: 'Fantastic' }]}
          min={0}
          max={100}
          format={(v) => v.toFixed(1)}
          label={`${d.name}: our estimate over 12 weeks: ${d.trend.map(formatScore).join(', ')}`}
        />
      ),
    },
    ...SHOWN.map((metric) => ({
      header: METRIC_LABELS.en[metric],
      cell: (d: WeekDa) => <MetricCell da={d} metric={metric} />,
    })),
    { header: 'Events / feedback', cell: (d) => `${d.safetyEvents} / ${d.feedback}`, className: 'num' },
  ];
}

/** The station's DAs of the week, sortable, each with their 12 weeks a click away. */
export function WeekPanel({ query }: { query: UseQueryResult<StationWeek> }) {
  const [sort, setSort] = useState<SortKey>('amazon');
  const [open, setOpen] = useState<WeekDa | null>(null);
  const data = query.data;
  const warned = useOpenWarnings(data?.station.id);
  const rows = data ? [...data.das].sort(SORTS[sort].compare) : [];
  return (
    <div className="stack">
      <QueryStatus
        query={query}
        isEmpty={data?.das.length === 0}
        empty="No DA figures for this week yet: import the DSP Overview Dashboard file on the Imports page."
      />
      {data ? (
        <>
          <Notice>
            {data.label} ({data.week} to {data.end}) at {data.station.code}. Amazon’s score, standing and
            tiers are as its file gives them. Our estimate follows the scoring profile “{data.profile.name}”
            {data.profile.estimate ? ', an estimate' : ''}. {accuracyText(data.accuracy)}
          </Notice>
          <div className="filters">
            <SelectField
              label="Sort by"
              value={sort}
              onValue={(v) => setSort(v as SortKey)}
              options={Object.entries(SORTS).map(([value, s]) => ({ value, label: s.label }))}
            />
          </div>
          <DataTable
            caption={`DAs of ${data.label}`}
            card
            testId="performance-week"
            rows={rows}
            columns={columnsOf(data, warned)}
            actions={(d) =>
              d.driverId ? <RowButton label="12 weeks" subject={d.name} onClick={() => setOpen(d)} /> : null
            }
          />
        </>
      ) : null}
      {open?.driverId && data ? (
        <DriverTrendDialog
          driverId={open.driverId}
          name={open.name}
          week={data.week}
          onClose={() => setOpen(null)}
        />
      ) : null}
    </div>
  );
}
