import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useSession } from '../app/auth.js';
import { formatDate, formatDateTime } from '../app/format.js';
import { Notice } from '../app/ui/notice.js';
import { QueryStatus } from '../app/ui/status.js';
import {
  type CatalogueEntry,
  PERFORMANCE_KEY,
  type ProfileView,
  performanceApi,
  type ScoringProfile,
} from './api.js';
import { FitPanel } from './FitPanel.js';
import { formatMetric, METRIC_LABELS } from './labels.js';
import { ProfileEditor } from './ProfileEditor.js';

/** "≥ 99.5% / ≥ 98.5% / ≥ 97%", "< 1,100 / …", "?" for a tier not known. */
const thresholdText = (c: CatalogueEntry, p: ScoringProfile) => {
  const rule = p.metrics[c.key];
  const op = c.direction === 'higher' ? (rule.strict ? '>' : '≥') : rule.strict ? '<' : '≤';
  const t = rule.thresholds;
  if (t.fantastic === null && t.great === null && t.fair === null) return 'Not known';
  return [t.fantastic, t.great, t.fair]
    .map((v) => (v === null ? '?' : `${op} ${formatMetric(c.key, v)}`))
    .join(' / ');
};

/** The profile's metrics, tiers, weights and definitions, and how the score is put together. */
function ProfileTable({ view }: { view: ProfileView }) {
  const { profile } = view.inForce;
  return (
    <>
      <div className="table-wrap card flush">
        <table className="trend-table">
          <caption className="sr-only">Metrics of the profile</caption>
          <thead>
            <tr>
              <th scope="col">Metric</th>
              <th scope="col">Fantastic / Great / Fair</th>
              <th scope="col" className="num">
                Weight
              </th>
              <th scope="col">What it means (shown to DAs)</th>
            </tr>
          </thead>
          <tbody>
            {view.catalogue.map((c) => (
              <tr key={c.key}>
                <th scope="row">{METRIC_LABELS.en[c.key]}</th>
                <td>{thresholdText(c, profile)}</td>
                <td className="num">{profile.metrics[c.key].weight}</td>
                <td>{profile.metrics[c.key].definition.en}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="muted">
        Score = {profile.intercept} + Σ weight × metric (shares as fractions), 0–100; one Poor metric caps it
        at {profile.poorCaps.one}, two or more at {profile.poorCaps.twoOrMore}, less{' '}
        {profile.poorCaps.penaltyPerPoor} per Poor metric (at most {profile.poorCaps.maxPenalty}). Fantastic
        Plus from {profile.bands.fantastic_plus}, Fantastic from {profile.bands.fantastic}, Great from{' '}
        {profile.bands.great}, Fair from {profile.bands.fair}.
      </p>
    </>
  );
}

/** The profile in force this week, its versions, and for owners the editor of the next version. */
export function ProfilePanel() {
  const { can } = useSession();
  const [editing, setEditing] = useState(false);
  const view = useQuery({
    queryKey: [...PERFORMANCE_KEY, 'profile'],
    queryFn: () => performanceApi.profile(''),
  });
  const data = view.data;
  if (!data) return <QueryStatus query={view} />;
  const { profile, effectiveWeek } = data.inForce;
  return (
    <div className="stack">
      <Notice>
        In force this week: <strong>{profile.name}</strong>
        {effectiveWeek ? `, from the week of ${formatDate(effectiveWeek)}` : ' (the default)'}.
        {profile.estimate
          ? ' An estimate: Amazon publishes no formula, and changes its scorecard every few months.'
          : ''}
      </Notice>
      {can('org.settings') && !editing ? (
        <div>
          <button type="button" className="button-primary" onClick={() => setEditing(true)}>
            Edit for a coming week
          </button>
        </div>
      ) : null}
      {editing ? (
        <ProfileEditor view={data} onDone={() => setEditing(false)} />
      ) : (
        <ProfileTable view={data} />
      )}
      <FitPanel />
      {data.versions.length > 0 ? (
        <section className="card stack" aria-labelledby="profile-versions">
          <h3 id="profile-versions">Versions</h3>
          <ul>
            {data.versions.map((v) => (
              <li key={v.effectiveWeek}>
                From the week of {formatDate(v.effectiveWeek)} · saved {formatDateTime(v.createdAt)}
                {v.createdBy ? ` by ${v.createdBy}` : ''}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
