import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { Notice } from '../app/ui/notice.js';
import { QueryStatus } from '../app/ui/status.js';
import { PERFORMANCE_KEY, performanceApi } from './api.js';
import { formatMetric, formatScore, METRIC_LABELS } from './labels.js';
import { TierBadge } from './TierBadge.js';

/** The DA × metric improvements that would raise the week most, in estimated points, for coaching. */
export function NeedlePanel({ stationId, week }: { stationId: string; week: string }) {
  const needle = useQuery({
    queryKey: [...PERFORMANCE_KEY, 'needle', stationId, week],
    queryFn: () => performanceApi.needle(stationId, week),
    enabled: Boolean(stationId),
  });
  const data = needle.data;
  return (
    <div className="stack">
      <QueryStatus
        query={needle}
        isEmpty={data?.items.length === 0}
        empty="Nothing to gain: every DA is at the top tier of every metric the profile can tell, or there are no figures yet."
      />
      {data && data.items.length > 0 ? (
        <>
          <Notice>
            If each DA below reached the next tier on that metric next week, our estimate of the week (
            {formatScore(data.estimate.score)} for {data.label}) would rise by about the points shown.
            Estimates from the scoring profile, not Amazon’s formula.
          </Notice>
          <ol className="needle-list card">
            {data.items.map((i) => (
              <li key={`${i.id}-${i.metric}`}>
                <div className="line">
                  <strong>{i.driverId ? <Link to={`/drivers/${i.driverId}`}>{i.name}</Link> : i.name}</strong>
                  <span className="needle-points">+{i.dspPoints.toFixed(2)} pts for the DSP</span>
                </div>
                <div>
                  {METRIC_LABELS.en[i.metric]}: {formatMetric(i.metric, i.value)} →{' '}
                  {formatMetric(i.metric, i.target)} <TierBadge tier={i.tier} /> →{' '}
                  <TierBadge tier={i.targetTier} />
                  <span className="muted"> · +{i.daPoints.toFixed(1)} on their own score</span>
                </div>
              </li>
            ))}
          </ol>
        </>
      ) : null}
    </div>
  );
}
