import { useQuery } from '@tanstack/react-query';
import { useDeferredValue, useEffect, useState } from 'react';
import { useIntl } from 'react-intl';
import { Link } from 'react-router';
import { useSession } from '../app/auth.js';
import { useTitle } from '../app/ui/page.js';
import { Loading } from '../app/ui/status.js';
import { ROLE_MESSAGES } from '../auth/role-messages.js';
import { type Driver, peopleApi } from '../people/api.js';
import { VAN_TYPE_LABELS } from '../people/labels.js';
import { CLEARANCE, CLEARANCE_CAUSES, HOME } from './HomeMessages.js';
import { InspectionHomeCard } from './InspectionOutbox.js';
import { MY_DRIVER_KEY } from './i18n.js';
import { useDriverDates } from './intl.js';
import { LanguageSwitch } from './LanguageSwitch.js';
import { MyClockHomeCard } from './MyClockHomeCard.js';
import { MyCoachingHomeCard } from './MyCoachingHomeCard.js';
import { MyDayCard } from './MyDayCard.js';
import { MyRecordsCard } from './MyDocumentsHomeCard.js';
import { MyPastPlanHomeCard } from './MyPastPlanHomeCard.js';
import { MyScheduleHomeCards, useMySchedule } from './MyTodayCard.js';

export function DriverHome() {
  const intl = useIntl();
  const t = intl.formatMessage;
  useTitle(t(HOME.title));
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
        <h1 id="hello">{t(HOME.hello, { name: firstName })}</h1>
        <p className="driver-name">{me.user.name}</p>
        <p className="muted">{me.user.email}</p>
        <p>
          {me.role
            ? intl.formatMessage(HOME.roleAt, {
                role: t(ROLE_MESSAGES[me.role]),
                org: <strong key="org">{me.org?.name}</strong>,
              })
            : null}
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

          {hasRecord ? <MyPastPlanHomeCard /> : null}

          <section className="driver-card" aria-labelledby="my-station">
            <h2 id="my-station">{t(HOME.stations, { n: me.stations.length })}</h2>
            {me.stations.length === 0 ? (
              <p className="muted">{t(HOME.noStation)}</p>
            ) : (
              <ul className="driver-stations">
                {me.stations.map((s) => (
                  <li key={s.id}>
                    <span className="station-code">{s.code}</span>
                    <span>
                      <span className="station-name">{s.name}</span>
                      <span className="muted">
                        {' '}
                        · {s.state} · {t(HOME.localTime, { time: timeIn(intl.locale, s.timeZone, now) })}
                      </span>
                    </span>
                  </li>
                ))}
              </ul>
            )}
          </section>

          {me.orgs.length > 1 ? (
            <section className="driver-card" aria-labelledby="other-orgs">
              <h2 id="other-orgs">{t(HOME.otherOrgs)}</h2>
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
                      {t(HOME.switchTo, { org: o.name })}
                    </button>
                  ))}
              </div>
            </section>
          ) : null}

          <section className="driver-card" aria-labelledby="account-actions">
            <h2 id="account-actions">{t(HOME.account)}</h2>
            <LanguageSwitch />
            <div className="driver-actions">
              <Link to="/me/password" className="big-button button-secondary">
                {t(HOME.changePassword)}
              </Link>
              <button type="button" className="big-button button-danger-ghost" onClick={() => void signOut()}>
                {t(HOME.signOut)}
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

/** The wall-clock time now in a station's zone, in the DA's locale, e.g. "9:41 AM". */
function timeIn(locale: string, zone: string, now: Date): string {
  try {
    return new Intl.DateTimeFormat(locale, { timeZone: zone, hour: 'numeric', minute: '2-digit' }).format(
      now,
    );
  } catch {
    return '—';
  }
}

/** The DA's own answer to "can I be given a route today?", with what to fix when not. */
function MyClearance() {
  const t = useIntl().formatMessage;
  const dates = useDriverDates();
  const mine = useQuery({ queryKey: MY_DRIVER_KEY, queryFn: () => peopleApi.myDriver() });
  const driver: Driver | null | undefined = mine.data?.driver;
  if (!driver) return null;
  const { cleared, causes, vanTypes } = driver.clearance;
  const vans = vanTypes.length ? vanTypes.map((v) => VAN_TYPE_LABELS[v]).join(', ') : t(CLEARANCE.noVans);
  const cause = (c: (typeof causes)[number]) =>
    c.code === 'status' || c.code === 'step_failed'
      ? t(CLEARANCE_CAUSES[c.code], { value: c.value ?? '' })
      : c.code === 'license_expired' || c.code === 'medical_expired'
        ? t(CLEARANCE_CAUSES[c.code], { value: dates.date(c.value) })
        : t(CLEARANCE_CAUSES[c.code]);
  return (
    <section className="driver-card" aria-labelledby="my-clearance" data-testid="my-clearance">
      <h2 id="my-clearance">{t(CLEARANCE.title)}</h2>
      {cleared ? (
        <p>
          <strong>{t(CLEARANCE.cleared)}</strong> {t(CLEARANCE.vans, { vans })}
        </p>
      ) : (
        <>
          <p>
            <strong>{t(CLEARANCE.notYet)}</strong> {t(CLEARANCE.talk)}
          </p>
          <ul>
            {causes.map((c) => (
              <li key={`${c.code}:${c.value}`}>{cause(c)}</li>
            ))}
          </ul>
        </>
      )}
      <p className="muted">
        {t(CLEARANCE.license, { date: dates.date(driver.licenseExpiry) })}
        {driver.dotMedicalExpiry
          ? ` · ${t(CLEARANCE.medical, { date: dates.date(driver.dotMedicalExpiry) })}`
          : ''}
      </p>
    </section>
  );
}
