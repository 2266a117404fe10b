import { useQuery } from '@tanstack/react-query';
import { useDeferredValue, useEffect, useState } from 'react';
import { Link } from 'react-router';
import { useSession } from '../app/auth.js';
import { formatDate, timeIn } from '../app/format.js';
import { ROLE_LABELS } from '../app/types.js';
import { Loading, useTitle } from '../app/ui.js';
import { type Driver, peopleApi } from '../people/api.js';
import { vanTypesLabel } from '../people/labels.js';
import { InspectionHomeCard } from './InspectionOutbox.js';
import { MyClockHomeCard } from './MyClockHomeCard.js';
import { MyCoachingHomeCard } from './MyCoachingHomeCard.js';
import { MyDayCard } from './MyDayCard.js';
import { MyRecordsCard } from './MyDocumentsHomeCard.js';
import { MyScheduleHomeCards, useMySchedule } from './MyTodayCard.js';

export function DriverHome() {
  useTitle('Me');
  const { me, signOut, switchOrg } = useSession();
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = setInterval(() => setNow(new Date()), 30_000);
    return () => clearInterval(timer);
  }, []);
  const firstName = me.user.name.split(/\s+/)[0] ?? me.user.name;
  // The cards below fill in from the DA's record, then their schedule: shown together once both are
  // in, so nothing on screen is pushed down as each answer arrives (layout shift on a phone).
  const { hasRecord, recordPending, schedule } = useMySchedule();
  // Rendered as a deferred value, which React renders in short slices: the phone stays free to answer
  // a tap while the cards are built.
  const ready = useDeferredValue(!recordPending && (!hasRecord || !schedule.isPending));

  return (
    <div className="driver-stack">
      <section className="driver-card driver-hello" aria-labelledby="hello">
        <h1 id="hello">Hi, {firstName}</h1>
        <p className="driver-name">{me.user.name}</p>
        <p className="muted">{me.user.email}</p>
        <p>
          {me.role ? ROLE_LABELS[me.role] : ''} at <strong>{me.org?.name}</strong>
        </p>
      </section>

      {ready ? (
        <>
          {hasRecord ? <MyDayCard /> : null}

          <MyScheduleHomeCards />

          <MyClockHomeCard />

          <MyClearance />

          <InspectionHomeCard />

          <MyRecordsCard />

          <MyCoachingHomeCard />

          <section className="driver-card" aria-labelledby="my-station">
            <h2 id="my-station">{me.stations.length === 1 ? 'Your station' : 'Your stations'}</h2>
            {me.stations.length === 0 ? (
              <p className="muted">No station assigned yet. Ask your dispatcher.</p>
            ) : (
              <ul className="driver-stations">
                {me.stations.map((s) => (
                  <li key={s.id}>
                    <span className="station-code">{s.code}</span>
                    <span>
                      <span className="station-name">{s.name}</span>
                      <span className="muted">
                        {' '}
                        · {s.state} · local time {timeIn(s.timeZone, now)}
                      </span>
                    </span>
                  </li>
                ))}
              </ul>
            )}
          </section>

          {me.orgs.length > 1 ? (
            <section className="driver-card" aria-labelledby="other-orgs">
              <h2 id="other-orgs">Other companies</h2>
              <div className="driver-actions">
                {me.orgs
                  .filter((o) => o.id !== me.org?.id)
                  .map((o) => (
                    <button
                      key={o.id}
                      type="button"
                      className="big-button button-secondary"
                      onClick={() => void switchOrg(o.id)}
                    >
                      Switch to {o.name}
                    </button>
                  ))}
              </div>
            </section>
          ) : null}

          <section className="driver-card" aria-labelledby="account-actions">
            <h2 id="account-actions">Account</h2>
            <div className="driver-actions">
              <Link to="/me/password" className="big-button button-secondary">
                Change password
              </Link>
              <button type="button" className="big-button button-danger-ghost" onClick={() => void signOut()}>
                Sign out
              </button>
            </div>
          </section>
        </>
      ) : (
        <Loading />
      )}
    </div>
  );
}

/** The DA's own answer to "can I be given a route today?", with what to fix when not. */
function MyClearance() {
  const mine = useQuery({ queryKey: ['me', 'driver'], queryFn: () => peopleApi.myDriver() });
  const driver: Driver | null | undefined = mine.data?.driver;
  if (!driver) return null;
  const { cleared, reasons, vanTypes } = driver.clearance;
  return (
    <section className="driver-card" aria-labelledby="my-clearance" data-testid="my-clearance">
      <h2 id="my-clearance">Cleared to drive</h2>
      {cleared ? (
        <p>
          <strong>You are cleared to drive.</strong> Vans: {vanTypesLabel(vanTypes)}.
        </p>
      ) : (
        <>
          <p>
            <strong>You can’t be given a route yet.</strong> Talk to your manager about:
          </p>
          <ul>
            {reasons.map((r) => (
              <li key={r}>{r}</li>
            ))}
          </ul>
        </>
      )}
      <p className="muted">
        Driver’s license valid until {formatDate(driver.licenseExpiry)}
        {driver.dotMedicalExpiry ? ` · DOT medical card until ${formatDate(driver.dotMedicalExpiry)}` : ''}
      </p>
    </section>
  );
}
