import { useQuery } from '@tanstack/react-query';
import { Modal, QueryStatus } from '../app/ui.js';
import { METRIC_KEYS, type MetricKey, PERFORMANCE_KEY, performanceApi, type TrendWeek } from './api.js';
import { formatMetric, formatScore, METRIC_LABELS } from './labels.js';
import { Sparkline } from './Sparkline.js';
import { TierBadge } from './TierBadge.js';

/** The metrics a trend shows: those with data in at least one of its weeks. */
const withData = (weeks: TrendWeek[]) =>
  METRIC_KEYS.filter((k) => weeks.some((w) => w.data && w.data.metrics[k] !== null));

/** A DA's 12 weeks: our score, then each metric with its line, its last value and tiers. */
export function DriverTrendDialog({
  driverId,
  week,
  onClose,
}: {
  driverId: string;
  week: string;
  onClose: () => void;
}) {
  const trend = useQuery({
    queryKey: [...PERFORMANCE_KEY, 'trend', driverId, week],
    queryFn: () => performanceApi.trend(driverId, week),
  });
  const data = trend.data;
  const last = data?.weeks.at(-1)?.data ?? null;
  const series = (pick: (w: NonNullable<TrendWeek['data']>) => number | null) =>
    (data?.weeks ?? []).map((w) => (w.data ? pick(w.data) : null));
  const row = (key: MetricKey) => (
    <tr key={key}>
      <th scope="row">{METRIC_LABELS.en[key]}</th>
      <td>
        <Sparkline values={series((d) => d.metrics[key])} label={`${METRIC_LABELS.en[key]} over 12 weeks`} />
      </td>
      <td className="num">{formatMetric(key, last?.metrics[key])}</td>
      <td>
        <TierBadge tier={last?.tiers[key]} />
      </td>
      <td>
        <TierBadge tier={last?.amazon.tiers[key]} />
      </td>
    </tr>
  );
  return (
    <Modal
      title={data ? `${data.driver.name}: 12 weeks to ${data.label}` : '12 weeks'}
      onClose={onClose}
      wide
    >
      <QueryStatus query={trend} />
      {data ? (
        <div className="table-wrap">
          <table className="trend-table">
            <thead>
              <tr>
                <th scope="col">Metric</th>
                <th scope="col">12 weeks</th>
                <th scope="col">{data.label}</th>
                <th scope="col">Our tier</th>
                <th scope="col">Amazon’s tier</th>
              </tr>
            </thead>
            <tbody>
              <tr>
                <th scope="row">Our score</th>
                <td>
                  <Sparkline
                    values={series((d) => d.score)}
                    min={0}
                    max={100}
                    label="Our score over 12 weeks"
                  />
                </td>
                <td className="num">{formatScore(last?.score)}</td>
                <td>
                  <TierBadge tier={last?.standing} />
                </td>
                <td>
                  <TierBadge tier={last?.amazon.standing} />
                </td>
              </tr>
              {withData(data.weeks).map(row)}
            </tbody>
          </table>
        </div>
      ) : null}
    </Modal>
  );
}
