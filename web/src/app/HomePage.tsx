import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { importsApi } from '../imports/api.js';
import { AlertsPanel } from '../inspections/AlertsPanel.js';
import { useSession } from './auth.js';
import { formatDateTime, timeIn } from './format.js';
import { SECTIONS } from './sections.js';
import { useStation } from './station.js';
import { ROLE_LABELS } from './types.js';
import { PageHeader } from './ui.js';

function useNow(everyMs: number): Date {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = setInterval(() => setNow(new Date()), everyMs);
    return () => clearInterval(timer);
  }, [everyMs]);
  return now;
}

export function HomePage() {
  const { me, can } = useSession();
  const { stationId } = useStation();
  const now = useNow(30_000);
  const firstName = me.user.name.split(/\s+/)[0] ?? me.user.name;
  const stations = stationId ? me.stations.filter((s) => s.id === stationId) : me.stations;
  const sections = SECTIONS.filter((s) => can(s.permission));
  const staffMayNeedMfa = (me.role === 'owner' || me.role === 'manager') && !me.user.totpEnabled;

  return (
    <div className="stack-lg">
      <PageHeader
        title={`Hello, ${firstName}`}
        description={
          <>
            {me.org?.name} · {me.role ? ROLE_LABELS[me.role] : ''}
          </>
        }
      />

      <AlertsPanel />

      {staffMayNeedMfa ? (
        <div className="notice notice-warning">
          Your account can change a lot: protect it with two-factor sign-in.{' '}
          <Link to="/account">Set it up on your account page</Link>.
        </div>
      ) : null}

      <section aria-labelledby="stations-now" className="card">
        <h2 id="stations-now">{stationId ? 'Your station' : 'Your stations'}</h2>
        {stations.length === 0 ? (
          <p className="muted">
            No stations yet.{can('stations.write') ? ' Add one on the Stations page.' : ''}
          </p>
        ) : (
          <ul className="station-clocks">
            {stations.map((s) => (
              <li key={s.id}>
                <span className="station-code">{s.code}</span>
                <span className="station-name">{s.name}</span>
                <span className="muted">
                  {s.state} · {s.timeZone.replace(/_/g, ' ')}
                </span>
                <span className="station-time" title={`Local time at ${s.code}`}>
                  {timeIn(s.timeZone, now)}
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>

      {sections.length > 0 ? (
        <section aria-labelledby="go-to">
          <h2 id="go-to" className="section-title">
            Go to
          </h2>
          <ul className="tiles">
            {sections.map((s) => (
              <li key={s.to}>
                <Link to={s.to} className="tile">
                  <strong>{s.label}</strong>
                  <span>{s.blurb}</span>
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {can('imports.run') ? <RecentImports /> : null}
    </div>
  );
}

function RecentImports() {
  const imports = useQuery({
    queryKey: ['imports', 'history', 'recent'],
    queryFn: () => importsApi.history(),
  });
  // Only imports that changed (or are changing) data; previews and rejected files changed nothing.
  const items = (imports.data?.items ?? [])
    .filter((i) => i.status !== 'preview' && i.status !== 'rejected')
    .slice(0, 5);
  if (items.length === 0) return null;
  return (
    <section aria-labelledby="recent-imports" className="card">
      <h2 id="recent-imports">Recent imports</h2>
      <ul className="plain-list">
        {items.map((i) => (
          <li key={i.id}>
            <strong>{i.fileName}</strong> <span className="muted">({i.kind})</span> — {i.status}
            {i.status === 'committed' ? `: ${i.created} new, ${i.updated} changed` : ''} ·{' '}
            <span className="muted">{formatDateTime(i.createdAt)}</span>
          </li>
        ))}
      </ul>
      <p>
        <Link to="/imports">All imports</Link>
      </p>
    </section>
  );
}
