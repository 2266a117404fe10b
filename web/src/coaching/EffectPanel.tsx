import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { plural } from '../app/format.js';
import { SelectField } from '../app/ui/fields.js';
import { QueryStatus } from '../app/ui/status.js';
import { coachingApi, coachingKeys, type RuleEffect } from './api.js';
import { EffectChart } from './EffectChart.js';
import { directionLabel, formatMeasure } from './labels.js';

const WEEKS = [1, 2, 3, 4, 5, 6, 7, 8];

const share = (part: number, whole: number) => (whole === 0 ? '—' : `${Math.round((part / whole) * 100)}%`);

/**
 * "Did it work?": per rule, its measure week by week around the coaching week (the mean over the items
 * measured on both sides), and how many of them improved. Rules are compared with each other, not with
 * zero: a bad week tends to be followed by a better one with or without coaching.
 */
export function EffectPanel({ stationId }: { stationId: string }) {
  const [weeks, setWeeks] = useState(4);
  const effect = useQuery({
    queryKey: coachingKeys.effect(stationId, weeks),
    queryFn: () => coachingApi.effect(stationId, weeks),
  });
  const data = effect.data;
  return (
    <div className="stack-lg">
      <div className="filters card">
        <SelectField
          label="Weeks before and after"
          value={String(weeks)}
          onValue={(w) => setWeeks(Number(w))}
          options={WEEKS.map((w) => ({ value: String(w), label: plural(w, 'week') }))}
        />
      </div>
      <QueryStatus
        query={effect}
        isEmpty={data?.rules.length === 0}
        empty="No coaching items to measure yet."
      />
      {data && data.rules.length > 0 ? (
        <>
          <section className="card stack" aria-labelledby="effect-overall">
            <h2 id="effect-overall">Overall</h2>
            <p>
              <strong>{share(data.overall.improved, data.overall.measured)}</strong> of measured items
              improved ({data.overall.improved} of {data.overall.measured}; {data.overall.same} about the
              same, {data.overall.worse} worse). {plural(data.overall.items - data.overall.measured, 'item')}{' '}
              not measurable yet.
            </p>
            <p className="muted">
              A bad week is often followed by a better one anyway (regression to the mean), so compare rules
              with each other rather than reading any one as proof.
            </p>
          </section>
          <div className="effect-rules">
            {data.rules.map((r) => (
              <RuleEffectCard key={r.ruleId} rule={r} weeks={data.weeks} />
            ))}
          </div>
        </>
      ) : null}
    </div>
  );
}

function RuleEffectCard({ rule, weeks }: { rule: RuleEffect; weeks: number }) {
  const titleId = `effect-${rule.ruleId}`;
  const before = formatMeasure(rule.measure, rule.beforeMean);
  const after = formatMeasure(rule.measure, rule.afterMean);
  return (
    <section className="card stack" aria-labelledby={titleId} data-testid="rule-effect">
      <h3 id={titleId}>{rule.name}</h3>
      <p className="muted">
        {rule.measureLabel} ({directionLabel(rule.direction)})
      </p>
      <EffectChart
        values={rule.series.map((p) => p.mean)}
        before={weeks}
        label={`${rule.measureLabel} by week around coaching: ${before} before, ${after} after`}
        goal={rule.goal ?? undefined}
        format={(v) => formatMeasure(rule.measure, v)}
      />
      <dl className="details">
        <dt>Before → after</dt>
        <dd>
          {before} → {after}
        </dd>
        <dt>Improved</dt>
        <dd>
          {rule.improved} of {rule.measured} measured ({rule.same} same, {rule.worse} worse)
        </dd>
        <dt>Not measurable yet</dt>
        <dd>{plural(rule.items - rule.measured, 'item')}</dd>
      </dl>
    </section>
  );
}
