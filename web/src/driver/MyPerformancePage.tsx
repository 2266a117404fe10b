import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useIntl } from 'react-intl';
import { SelectField } from '../app/ui/fields.js';
import { Notice } from '../app/ui/notice.js';
import { useTitle } from '../app/ui/page.js';
import { Loading } from '../app/ui/status.js';
import { Chart } from '../charts/Chart.js';
import { METRIC_KEYS, type MyPerformance, PERFORMANCE_KEY, performanceApi } from '../performance/api.js';
import { formatMetric, formatScore, METRIC_LABELS } from '../performance/labels.js';
import { TierBadge } from '../performance/TierBadge.js';
import '../performance/performance.css';
import { BackToMe } from './BackToMe.js';
import { useDriverLanguage } from './i18n.js';
import { useDriverDates } from './intl.js';
import { BUILT_IN_PROFILES, MY_PERFORMANCE } from './MyPerformanceMessages.js';

/** The metrics of a DA's page: those with data in one of their 12 weeks, in the catalogue's order. */
const shown = (data: MyPerformance) =>
  METRIC_KEYS.filter((k) => data.weeks.some((w) => w.data && w.data.metrics[k] !== null));

/** The DA's own weeks on their phone: score and tiers, each metric's 12 weeks and what it means. */
export function MyPerformancePage() {
  const lang = useDriverLanguage();
  const intl = useIntl();
  const t = intl.formatMessage;
  const dates = useDriverDates();
  const profileName = (name: string) => {
    const builtIn = Object.values(BUILT_IN_PROFILES).find((m) => m.defaultMessage === name);
    return builtIn ? t(builtIn) : name;
  };
  useTitle(t(MY_PERFORMANCE.title));
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
      <BackToMe label={t(MY_PERFORMANCE.back)} />
      <section className="driver-card" aria-labelledby="perf-title" data-testid="my-performance">
        <h1 id="perf-title">{t(MY_PERFORMANCE.title)}</h1>
        {mine.isPending ? <Loading /> : null}
        {mine.error ? <Notice kind="warning">{t(MY_PERFORMANCE.noRecord)}</Notice> : null}
        {data ? (
          <>
            <SelectField
              label={t(MY_PERFORMANCE.week)}
              value={week}
              onValue={setWeek}
              options={[
                { value: '', label: t(MY_PERFORMANCE.newest) },
                ...data.weeksWithData.map((w) => ({
                  value: w.week,
                  label: t(MY_PERFORMANCE.weekOf, { label: w.label, from: dates.date(w.week) }),
                })),
              ]}
            />
            {current ? (
              <dl className="details">
                <dt>{t(MY_PERFORMANCE.amazonScore)}</dt>
                <dd>
                  <span className="amazon-score">{formatScore(current.amazon.score)}</span>{' '}
                  <TierBadge tier={current.amazon.standing} />
                </dd>
                <dt>{t(MY_PERFORMANCE.ourEstimate)}</dt>
                <dd className="estimate">
                  {formatScore(current.score)} <TierBadge tier={current.standing} />
                </dd>
              </dl>
            ) : (
              <p className="muted">{t(MY_PERFORMANCE.none)}</p>
            )}
            {current ? (
              <Chart
                label={t(MY_PERFORMANCE.scoreChart)}
                labels={data.weeks.map((w) => w.label)}
                series={[
                  {
                    label: t(MY_PERFORMANCE.amazonScore),
                    values: data.weeks.map((w) => w.data?.amazon.score ?? null),
                  },
                  {
                    label: t(MY_PERFORMANCE.ourEstimate),
                    values: data.weeks.map((w) => w.data?.score ?? null),
                  },
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
                ? t(MY_PERFORMANCE.accuracyUnknown)
                : t(MY_PERFORMANCE.accuracy, {
                    points: intl.formatNumber(data.accuracy.meanAbsError, { maximumFractionDigits: 1 }),
                    das: data.accuracy.das,
                    share: Math.round(data.accuracy.standingAgreement * 100),
                  })}{' '}
              {t(MY_PERFORMANCE.estimateNote)}{' '}
              {t(MY_PERFORMANCE.profileNote, { name: profileName(data.profile.name) })}
            </p>
          </>
        ) : null}
      </section>
      {data && current ? (
        <section className="driver-card" aria-labelledby="perf-metrics">
          <h2 id="perf-metrics">{t(MY_PERFORMANCE.metrics)}</h2>
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
                      <TierBadge
                        tier={current.amazon.tiers[key]}
                        prefix={`${t(MY_PERFORMANCE.amazonTier)}:`}
                      />
                    ) : null}
                    {current.tiers[key] ? (
                      <TierBadge tier={current.tiers[key]} prefix={`${t(MY_PERFORMANCE.ourTier)}:`} />
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
                    label={t(MY_PERFORMANCE.trendLabel, { metric: METRIC_LABELS[lang][key] })}
                  />
                </div>
                <p className="muted">{definition(key)}</p>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <section className="driver-card" aria-labelledby="perf-how">
        <h2 id="perf-how">{t(MY_PERFORMANCE.howTitle)}</h2>
        <p>{t(MY_PERFORMANCE.how)}</p>
      </section>
    </div>
  );
}
