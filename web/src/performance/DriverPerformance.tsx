import { useQuery } from '@tanstack/react-query';
import { Notice } from '../app/ui/notice.js';
import { QueryStatus } from '../app/ui/status.js';
import { Chart } from '../charts/Chart.js';
import {
  METRIC_KEYS,
  type MetricKey,
  PERFORMANCE_KEY,
  performanceApi,
  type Trend,
  type TrendWeek,
} from './api.js';
import { accuracyText, formatMetric, formatScore, METRIC_LABELS } from './labels.js';
import { TierBadge } from './TierBadge.js';

/** The metrics a trend shows: those with data in at least one of its weeks. */
const withData = (weeks: TrendWeek[]) =>
  METRIC_KEYS.filter((k) => weeks.some((w) => w.data && w.data.metrics[k] !== null));

const series = (data: Trend, pick: (w: NonNullable<TrendWeek['data']>) => number | null) =>
  data.weeks.map((w) => (w.data ? pick(w.data) : null));

/** A metric's goal line: its Fantastic threshold, where the profile knows one. */
const goalOf = (data: Trend, key: MetricKey) => {
  const goal = data.profile.goals[key];
  return goal === null ? [] : [{ value: goal, label: 'Fantastic' }];
};

/** The trend of Amazon's score and ours, with the standings' lines. */
export function ScoreChart({ data }: { data: Trend }) {
  return (
    <Chart
      label={`${data.driver.name}: Amazon’s score and our estimate over 12 weeks to ${data.label}`}
      labels={data.weeks.map((w) => w.label)}
      series={[
        { label: 'Amazon’s score', values: series(data, (d) => d.amazon.score) },
        { label: 'Our estimate', values: series(data, (d) => d.score) },
      ]}
      goals={[
        { value: data.profile.bands.fantastic_plus, label: 'Fantastic Plus' },
        { value: data.profile.bands.fantastic, label: 'Fantastic' },
      ]}
      min={0}
      max={100}
      format={(v) => v.toFixed(1)}
    />
  );
}

/**
 * A DA's 12 weeks: Amazon's score and standing first, our estimate beside it with its measured error,
 * the trend of both with the goal lines, each week, and each metric with its own trend and tiers.
 */
export function DriverPerformance({ driverId, week }: { driverId: string; week: string }) {
  const trend = useQuery({
    queryKey: [...PERFORMANCE_KEY, 'trend', driverId, week],
    queryFn: () => performanceApi.trend(driverId, week),
  });
  const data = trend.data;
  const last = data?.weeks.at(-1)?.data ?? null;
  const row = (d: Trend, key: MetricKey) => (
    <tr key={key}>
      <th scope="row">{METRIC_LABELS.en[key]}</th>
      <td className="chart-cell">
        <Chart
          compact
          label={`${METRIC_LABELS.en[key]} over 12 weeks`}
          labels={d.weeks.map((w) => w.label)}
          series={[{ label: METRIC_LABELS.en[key], values: series(d, (w) => w.metrics[key]) }]}
          goals={goalOf(d, key)}
          format={(v) => formatMetric(key, v)}
        />
      </td>
      <td className="num">{formatMetric(key, last?.metrics[key])}</td>
      <td>
        <TierBadge tier={last?.amazon.tiers[key]} />
      </td>
      <td>
        <TierBadge tier={last?.tiers[key]} />
      </td>
    </tr>
  );
  return (
    <div className="stack" data-testid="driver-performance">
      <QueryStatus query={trend} />
      {data ? (
        <>
          <Notice>
            Amazon’s figures are as its files give them. {accuracyText(data.accuracy)} Our estimate follows
            the scoring profile “{data.profile.name}”.
          </Notice>
          <ScoreChart data={data} />
          <div className="table-wrap">
            <table className="trend-table">
              <caption>Weeks</caption>
              <thead>
                <tr>
                  <th scope="col">Week</th>
                  <th scope="col">Amazon’s score</th>
                  <th scope="col">Amazon’s standing</th>
                  <th scope="col">Our estimate</th>
                </tr>
              </thead>
              <tbody>
                {[...data.weeks].reverse().map((w) => (
                  <tr key={w.week}>
                    <th scope="row">
                      {w.label} <span className="muted">from {w.week}</span>
                    </th>
                    {w.data ? (
                      <>
                        <td className="num">{formatScore(w.data.amazon.score)}</td>
                        <td>
                          <TierBadge tier={w.data.amazon.standing} />
                        </td>
                        <td className="muted">
                          {formatScore(w.data.score)} <TierBadge tier={w.data.standing} />
                        </td>
                      </>
                    ) : (
                      <td colSpan={3} className="muted">
                        No figures this week
                      </td>
                    )}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <div className="table-wrap">
            <table className="trend-table">
              <caption>Metrics</caption>
              <thead>
                <tr>
                  <th scope="col">Metric</th>
                  <th scope="col">12 weeks</th>
                  <th scope="col">{data.label}</th>
                  <th scope="col">Amazon’s tier</th>
                  <th scope="col">Our tier</th>
                </tr>
              </thead>
              <tbody>{withData(data.weeks).map((k) => row(data, k))}</tbody>
            </table>
          </div>
        </>
      ) : null}
    </div>
  );
}
