import type { UseQueryResult } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import { CellLines, type Column, DataTable, RowButton } from '../app/table.js';
import { Notice, QueryStatus, SelectField, StatusBadge } from '../app/ui.js';
import { OpenWarningBadge, useOpenWarnings } from '../coaching/OpenWarning.js';
import type { MetricKey, StationWeek, WeekDa } from './api.js';
import { DriverTrendDialog } from './DriverTrendDialog.js';
import { formatMetric, formatScore, METRIC_LABELS } from './labels.js';
import { Sparkline } from './Sparkline.js';
import { TierBadge } from './TierBadge.js';

const SORTS = {
  rank: { label: 'Rank (our score)', compare: (a: WeekDa, b: WeekDa) => (a.rank ?? 1e9) - (b.rank ?? 1e9) },
  amazon: {
    label: 'Amazon’s score',
    compare: (a: WeekDa, b: WeekDa) => (b.amazon.score ?? -1) - (a.amazon.score ?? -1),
  },
  name: { label: 'Name', compare: (a: WeekDa, b: WeekDa) => a.name.localeCompare(b.name) },
  events: { label: 'Safety events', compare: (a: WeekDa, b: WeekDa) => b.safetyEvents - a.safetyEvents },
} as const;
type SortKey = keyof typeof SORTS;

/** The metrics shown as columns; every metric is in the DA's trend. */
const SHOWN: MetricKey[] = ['dcr', 'pod', 'cdf_dpmo', 'ced', 'fico', 'delivered'];

/** A metric cell: the value over our tier, and Amazon's tier when it differs. */
function MetricCell({ da, metric }: { da: WeekDa; metric: MetricKey }) {
  const amazon = da.amazon.tiers[metric];
  return (
    <CellLines
      main={formatMetric(metric, da.metrics[metric])}
      sub={
        <span className="metric-cell">
          {da.tiers[metric] ? <TierBadge tier={da.tiers[metric]} /> : null}
          {amazon && amazon !== da.tiers[metric] ? <TierBadge tier={amazon} prefix="Amazon:" /> : null}
        </span>
      }
    />
  );
}

const columns = (warned: ReadonlySet<string>): Column<WeekDa>[] => [
  {
    header: 'Rank',
    cell: (d) => (
      <CellLines main={d.rank ?? '—'} sub={warned.has(d.driverId ?? '') ? <OpenWarningBadge /> : null} />
    ),
    className: 'num',
  },
  {
    header: 'DA',
    cell: (d) => (
      <CellLines
        main={
          <span className="da-name">
            {d.driverId ? <Link to={`/drivers/${d.driverId}`}>{d.name}</Link> : d.name}
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
    header: 'Our estimate',
    cell: (d) => <CellLines main={formatScore(d.score)} sub={<TierBadge tier={d.standing} />} />,
  },
  {
    header: 'Amazon',
    cell: (d) => (
      <CellLines main={formatScore(d.amazon.score)} sub={<TierBadge tier={d.amazon.standing} />} />
    ),
  },
  {
    header: '12 weeks',
    cell: (d) => (
      <Sparkline
        values={d.trend}
        min={0}
        max={100}
        label={`Our score over 12 weeks: ${d.trend.map(formatScore).join(', ')}`}
      />
    ),
  },
  ...SHOWN.map((metric) => ({
    header: METRIC_LABELS.en[metric],
    cell: (d: WeekDa) => <MetricCell da={d} metric={metric} />,
  })),
  { header: 'Events / feedback', cell: (d) => `${d.safetyEvents} / ${d.feedback}`, className: 'num' },
];

/** The station's DAs of the week, sortable, each with their 12 weeks a click away. */
export function WeekPanel({ query }: { query: UseQueryResult<StationWeek> }) {
  const [sort, setSort] = useState<SortKey>('rank');
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
            {data.label} ({data.week} to {data.end}) at {data.station.code}. Our tier and score follow the
            scoring profile “{data.profile.name}”{data.profile.estimate ? ', an estimate' : ''}; Amazon’s are
            as its file gives them.
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
            columns={columns(warned)}
            actions={(d) =>
              d.driverId ? <RowButton label="12 weeks" subject={d.name} onClick={() => setOpen(d)} /> : null
            }
          />
        </>
      ) : null}
      {open?.driverId && data ? (
        <DriverTrendDialog driverId={open.driverId} week={data.week} onClose={() => setOpen(null)} />
      ) : null}
    </div>
  );
}
