import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Loading, Notice, SelectField, useTitle } from '../app/ui.js';
import { Chart } from '../charts/Chart.js';
import { METRIC_KEYS, type MyPerformance, PERFORMANCE_KEY, performanceApi } from '../performance/api.js';
import { formatMetric, formatScore, METRIC_LABELS } from '../performance/labels.js';
import { TierBadge } from '../performance/TierBadge.js';
import '../performance/performance.css';
import { BackToMe } from './BackToMe.js';
import { formatDateIn, useDriverLanguage } from './i18n.js';
import { MY_PERFORMANCE } from './MyPerformanceStrings.js';

/** The metrics of a DA's page: those with data in one of their 12 weeks, in the catalogue's order. */
const shown = (data: MyPerformance) =>
  METRIC_KEYS.filter((k) => data.weeks.some((w) => w.data && w.data.metrics[k] !== null));

/** The DA's own weeks on their phone: score and tiers, each metric's 12 weeks and what it means. */
export function MyPerformancePage() {
  const lang = useDriverLanguage();
  const s = MY_PERFORMANCE[lang];
  useTitle(s.title);
  const [week, setWeek] = useState('');
  const mine = useQuery({
    queryKey: [...PERFORMANCE_KEY, 'mine', week],
    queryFn: () => performanceApi.mine(week),
  });
  const data = mine.data;
  const current = data?.weeks.at(-1)?.data ?? null;
  const definition = (key: string) => data?.definitions.find((d) => d.key === key)?.definition;

  return (
    <div className="driver-stack">
      <BackToMe label={s.back} />
      <section className="driver-card" aria-labelledby="perf-title" data-testid="my-performance">
        <h1 id="perf-title">{s.title}</h1>
        {mine.isPending ? <Loading /> : null}
        {mine.error ? <Notice kind="warning">{s.noRecord}</Notice> : null}
        {data ? (
          <>
            <SelectField
              label={s.week}
              value={week}
              onValue={setWeek}
              options={[
                { value: '', label: s.newest },
                ...data.weeksWithData.map((w) => ({
                  value: w.week,
                  label: s.weekOf(w.label, formatDateIn(lang, w.week)),
                })),
              ]}
            />
            {current ? (
              <dl className="details">
                <dt>{s.amazonScore}</dt>
                <dd>
                  <span className="amazon-score">{formatScore(current.amazon.score)}</span>{' '}
                  <TierBadge tier={current.amazon.standing} />
                </dd>
                <dt>{s.ourEstimate}</dt>
                <dd className="estimate">
                  {formatScore(current.score)} <TierBadge tier={current.standing} />
                </dd>
              </dl>
            ) : (
              <p className="muted">{s.none}</p>
            )}
            {current ? (
              <Chart
                label={s.scoreChart}
                labels={data.weeks.map((w) => w.label)}
                series={[
                  { label: s.amazonScore, values: data.weeks.map((w) => w.data?.amazon.score ?? null) },
                  { label: s.ourEstimate, values: data.weeks.map((w) => w.data?.score ?? null) },
                ]}
                goals={[{ value: data.profile.bands.fantastic, label: 'Fantastic' }]}
                min={0}
                max={100}
                format={(v) => v.toFixed(1)}
                height={160}
              />
            ) : null}
            <p className="muted">
              {data.accuracy.meanAbsError === null || data.accuracy.standingAgreement === null
                ? s.accuracyUnknown
                : s.accuracy(
                    data.accuracy.meanAbsError.toLocaleString(lang, { maximumFractionDigits: 1 }),
                    data.accuracy.das,
                    Math.round(data.accuracy.standingAgreement * 100),
                  )}{' '}
              {s.estimateNote} {s.profileNote(data.profile.name)}
            </p>
          </>
        ) : null}
      </section>
      {data && current ? (
        <section className="driver-card" aria-labelledby="perf-metrics">
          <h2 id="perf-metrics">{s.metrics}</h2>
          <ul className="my-metrics">
            {shown(data).map((key) => (
              <li key={key}>
                <div className="line">
                  <strong>{METRIC_LABELS[lang][key]}</strong>
                  <span className="value">{formatMetric(key, current.metrics[key])}</span>
                </div>
                <div className="line">
                  <span className="metric-cell">
                    {current.amazon.tiers[key] ? (
                      <TierBadge tier={current.amazon.tiers[key]} prefix={`${s.amazonTier}:`} />
                    ) : null}
                    {current.tiers[key] ? (
                      <TierBadge tier={current.tiers[key]} prefix={`${s.ourTier}:`} />
                    ) : null}
                  </span>
                  <Chart
                    compact
                    labels={data.weeks.map((w) => w.label)}
                    series={[
                      {
                        label: METRIC_LABELS[lang][key],
                        values: data.weeks.map((w) => w.data?.metrics[key] ?? null),
                      },
                    ]}
                    goals={
                      data.profile.goals[key] === null
                        ? []
                        : [{ value: data.profile.goals[key] as number, label: 'Fantastic' }]
                    }
                    format={(v) => formatMetric(key, v)}
                    label={s.trendLabel(METRIC_LABELS[lang][key])}
                  />
                </div>
                <p className="muted">{definition(key)}</p>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <section className="driver-card" aria-labelledby="perf-how">
        <h2 id="perf-how">{s.howTitle}</h2>
        <p>{s.how}</p>
      </section>
    </div>
  );
}
