import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { AlertsPanel } from '../inspections/AlertsPanel.js';
import { useSession } from './auth.js';
import { timeIn } from './format.js';
import { useStation } from './station.js';
import { type TodayLine, useToday } from './today.js';
import { ROLE_LABELS, type StationRef } from './types.js';
import { ErrorNotice } from './ui/notice.js';
import { PageHeader } from './ui/page.js';
import { Loading } from './ui/status.js';

function useNow(everyMs: number): Date {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = setInterval(() => setNow(new Date()), everyMs);
    return () => clearInterval(timer);
  }, [everyMs]);
  return now;
}

/** The staff home page: what needs doing today, station by station, each line a link to where it is done. */
export function HomePage() {
  const { me, can } = useSession();
  const firstName = me.user.name.split(/\s+/)[0] ?? me.user.name;
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

      {staffMayNeedMfa ? (
        <div className="notice notice-warning">
          Your account can change a lot: protect it with two-factor sign-in.{' '}
          <Link to="/account">Set it up on your account page</Link>.
        </div>
      ) : null}

      <TodaysWork />

      <AlertsPanel />

      {me.stations.length === 0 ? (
        <p className="muted">
          No stations yet.{can('stations.write') ? ' Add one on the Stations page.' : ''}
        </p>
      ) : null}
    </div>
  );
}

function TodaysWork() {
  const { me } = useSession();
  const { stationId } = useStation();
  const today = useToday('staff');
  const now = useNow(30_000);
  if (today.isPending) return <Loading label="Looking for today’s work…" />;
  if (today.error) return <ErrorNotice error={today.error} title="Today’s work could not be loaded" />;
  const lines = today.data.items;
  // The station chosen in the top bar narrows the page; the company's own lines always show.
  const stations = me.stations.filter((s) => !stationId || s.id === stationId);
  const orgWide = lines.filter((l) => !l.stationId);
  const shown = lines.filter((l) => !l.stationId || stations.some((s) => s.id === l.stationId));
  return (
    <section aria-labelledby="todays-work" className="stack">
      <h2 id="todays-work" className="section-title">
        Today’s work
      </h2>
      {shown.length === 0 ? (
        <p className="notice notice-success" data-testid="nothing-waiting">
          Nothing waiting. Every roster is out, every route covered, nothing to review.
        </p>
      ) : null}
      {orgWide.length > 0 ? (
        <section className="card today-group" aria-label="The company">
          <h3>The company</h3>
          <TodayLines lines={orgWide} />
        </section>
      ) : null}
      {shown.length > 0
        ? stations.map((s) => (
            <StationWork key={s.id} station={s} now={now} lines={lines.filter((l) => l.stationId === s.id)} />
          ))
        : null}
    </section>
  );
}

function StationWork({ station, now, lines }: { station: StationRef; now: Date; lines: TodayLine[] }) {
  return (
    <section className="card today-group" aria-labelledby={`today-${station.id}`} data-testid="today-station">
      <h3 id={`today-${station.id}`} className="today-station">
        <span className="station-code">{station.code}</span>
        <span>{station.name}</span>
        <span className="station-time muted" title={`Local time at ${station.code}`}>
          {timeIn(station.timeZone, now)}
        </span>
      </h3>
      {lines.length === 0 ? <p className="muted">Nothing waiting.</p> : <TodayLines lines={lines} />}
    </section>
  );
}

const SEVERITY = { now: 'Today', soon: 'Soon', info: 'When you can' } as const;

function TodayLines({ lines }: { lines: TodayLine[] }) {
  const { setStationId } = useStation();
  return (
    <ul className="today-lines">
      {lines.map((l) => (
        <li key={`${l.key}-${l.stationId ?? ''}`} className={`today-${l.severity}`}>
          <span className="sr-only">{SEVERITY[l.severity]}: </span>
          {/* The page it opens works on the station chosen in the top bar: choose this line's. */}
          <Link to={l.link} onClick={() => l.stationId && setStationId(l.stationId)}>
            {l.title}
          </Link>
        </li>
      ))}
    </ul>
  );
}
