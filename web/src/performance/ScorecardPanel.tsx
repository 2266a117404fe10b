import { useQuery } from '@tanstack/react-query';
import { Notice } from '../app/ui/notice.js';
import { QueryStatus } from '../app/ui/status.js';
import { PERFORMANCE_KEY, performanceApi, type Scorecard } from './api.js';
import { amazonTierLabel, formatMetric, formatScore, METRIC_LABELS, TIER_ORDER } from './labels.js';
import { TierBadge } from './TierBadge.js';

/** "3 Fantastic · 1 Poor", best tier first. */
function tally(counts: Record<string, number>): string {
  const keys = Object.keys(counts).sort((a, b) => TIER_ORDER.indexOf(a) - TIER_ORDER.indexOf(b));
  return keys.map((k) => `${counts[k]} ${amazonTierLabel(k)}`).join(' · ') || '—';
}

function Category({ category }: { category: Scorecard['categories'][number] }) {
  const metrics = category.metrics.filter((m) => m.das > 0);
  return (
    <section className="card stack" aria-labelledby={`cat-${category.category}`}>
      <h3 id={`cat-${category.category}`}>{category.label}</h3>
      {metrics.length === 0 ? <p className="muted">No data this week.</p> : null}
      {metrics.length > 0 ? (
        <div className="table-wrap">
          <table className="trend-table">
            <thead>
              <tr>
                <th scope="col">Metric</th>
                <th scope="col">DSP (our estimate)</th>
                <th scope="col">Tier</th>
                <th scope="col">DAs by our tiers</th>
                <th scope="col">DAs by Amazon’s tiers</th>
              </tr>
            </thead>
            <tbody>
              {metrics.map((m) => (
                <tr key={m.key}>
                  <th scope="row">{METRIC_LABELS.en[m.key]}</th>
                  <td className="num">{formatMetric(m.key, m.value)}</td>
                  <td>
                    <TierBadge tier={m.tier} />
                  </td>
                  <td>{tally(m.ourTiers)}</td>
                  <td>{tally(m.amazonTiers)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </section>
  );
}

/** The DSP's week by scorecard category, our estimate beside (never instead of) Amazon's figure. */
export function ScorecardPanel({ stationId, week }: { stationId: string; week: string }) {
  const card = useQuery({
    queryKey: [...PERFORMANCE_KEY, 'scorecard', stationId, week],
    queryFn: () => performanceApi.scorecard(stationId, week),
    enabled: Boolean(stationId),
  });
  const data = card.data;
  return (
    <div className="stack">
      <QueryStatus query={card} isEmpty={data?.das === 0} empty="No DA figures for this week yet." />
      {data && data.das > 0 ? (
        <>
          <section className="card estimate-pair" aria-label="The week’s score">
            <div>
              <p className="muted">Our estimate ({data.profile.name})</p>
              <p className="estimate-score">
                {formatScore(data.estimate.score)} <TierBadge tier={data.estimate.standing} />
              </p>
              <p className="hint">{data.estimate.basis}</p>
            </div>
            <div>
              <p className="muted">Amazon’s score</p>
              <p className="estimate-score">
                {formatScore(data.amazon?.score)} <TierBadge tier={data.amazon?.standing} />
              </p>
              <p className="hint">
                {data.amazon
                  ? `From the week’s DSP scorecard PDF${data.amazon.status === 'complete' ? '' : ' (entries missing)'}.`
                  : 'Upload the week’s DSP scorecard PDF (DSP scorecard tab) to see Amazon’s own score.'}
              </p>
            </div>
          </section>
          <Notice>
            {data.label} at {data.station.code}, {data.das} DAs. Shares and rates are the DAs’
            delivery-weighted mean, counts their sum: estimates from the per-DA file.
          </Notice>
          {data.categories.map((c) => (
            <Category key={c.category} category={c} />
          ))}
        </>
      ) : null}
    </div>
  );
}
