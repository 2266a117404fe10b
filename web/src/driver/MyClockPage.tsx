import { useState } from 'react';
import { useIntl } from 'react-intl';
import { ALLOWED } from '../../../src/payroll/domain/clock.js';
import { Notice } from '../app/ui/notice.js';
import { useTitle } from '../app/ui/page.js';
import { Loading } from '../app/ui/status.js';
import type { PunchKind } from '../payroll/me-api.js';
import { BackToMe } from './BackToMe.js';
import { stateLine, useClock } from './MyClockHomeCard.js';
import { MY_CLOCK, PUNCH_ACTIONS, PUNCH_DONE } from './MyClockMessages.js';
import { uuid } from './offline-queue.js';
import { dismissPunch, type PunchOutcome, punchNow } from './punch-queue.js';

/** Where the phone is, if the DA allows it and it answers quickly; a punch never waits long for it. */
function whereAmI(): Promise<{ latitude: number; longitude: number } | undefined> {
  if (!('geolocation' in navigator)) return Promise.resolve(undefined);
  return new Promise((resolve) => {
    navigator.geolocation.getCurrentPosition(
      (p) => resolve({ latitude: p.coords.latitude, longitude: p.coords.longitude }),
      () => resolve(undefined),
      { timeout: 5000, maximumAge: 60_000 },
    );
  });
}

/**
 * The DA's time clock (issue 15 item 10): where they stand and the punches that state allows. The
 * instant of the tap is kept; the location is asked for but not needed; without a connection the
 * punch waits on the phone and is sent when it is back.
 */
export function MyClockPage() {
  const intl = useIntl();
  const t = intl.formatMessage;
  useTitle(t(MY_CLOCK.clockTitle));
  const clock = useClock();
  const [busy, setBusy] = useState<PunchKind | null>(null);
  const [last, setLast] = useState<{ kind: PunchKind; outcome: PunchOutcome; located: boolean } | null>(null);

  const punch = async (kind: PunchKind) => {
    const at = new Date().toISOString();
    setBusy(kind);
    setLast(null);
    const location = await whereAmI();
    const outcome = await punchNow({
      clientId: uuid(),
      kind,
      at,
      ...(location ? { location } : {}),
      userId: clock.userId,
      orgId: clock.orgId,
      error: null,
    });
    setLast({ kind, outcome, located: Boolean(location) });
    setBusy(null);
    await clock.reload();
  };

  if (clock.punches.isPending) return <Loading />;
  const rejected = clock.queued.filter((p) => p.error !== null);
  return (
    <div className="driver-stack">
      <BackToMe label={t(MY_CLOCK.back)} />
      <section className="driver-card" aria-labelledby="clock-title" data-testid="my-clock">
        <h1 id="clock-title">{t(MY_CLOCK.clockTitle)}</h1>
        {clock.punches.isError ? (
          <Notice kind="warning">{t(MY_CLOCK.noRecord)}</Notice>
        ) : (
          <>
            <p className="clock-state">
              <strong>{stateLine(intl, clock)}</strong>
            </p>
            <div className="driver-actions">
              {ALLOWED[clock.state].map((kind) => (
                <button
                  key={kind}
                  type="button"
                  className={`big-button ${kind === 'in' || kind === 'out' ? 'button-primary' : 'button-secondary'}`}
                  disabled={busy !== null}
                  onClick={() => void punch(kind)}
                >
                  {busy === kind ? t(MY_CLOCK.locating) : t(PUNCH_ACTIONS[kind])}
                </button>
              ))}
            </div>
          </>
        )}
        <LastPunch last={last} />
        {clock.waiting.length > 0 ? (
          <div className="notice notice-warning" role="status">
            <p>{t(MY_CLOCK.waiting, { n: clock.waiting.length })}</p>
            <button type="button" className="big-button button-secondary" onClick={clock.flush}>
              {t(MY_CLOCK.sendNow)}
            </button>
          </div>
        ) : null}
        {rejected.map((p) => (
          <div key={p.clientId} className="notice notice-error">
            <p>
              {t(PUNCH_ACTIONS[p.kind])} ·{' '}
              {intl.formatDate(p.at, { dateStyle: 'medium', timeStyle: 'short' })} —{' '}
              {t(MY_CLOCK.refused, { message: p.error ?? '' })}
            </p>
            <button
              type="button"
              className="big-button button-secondary"
              onClick={() => void dismissPunch(p.clientId).then(clock.reload)}
            >
              {t(MY_CLOCK.dismiss)}
            </button>
          </div>
        ))}
      </section>
    </div>
  );
}

function LastPunch({ last }: { last: { kind: PunchKind; outcome: PunchOutcome; located: boolean } | null }) {
  const t = useIntl().formatMessage;
  if (!last) return null;
  const { outcome } = last;
  if (outcome.kind === 'unsaved') return <p className="notice notice-error">{t(MY_CLOCK.unsaved)}</p>;
  if (outcome.kind === 'rejected')
    return <p className="notice notice-error">{t(MY_CLOCK.refused, { message: outcome.message })}</p>;
  return (
    <>
      <Notice kind="success">
        {t(PUNCH_DONE[last.kind])}
        {outcome.kind === 'saved' ? `. ${t(MY_CLOCK.savedOnPhone)}` : ''}
      </Notice>
      {outcome.kind === 'sent' && outcome.punch.outsideRadius ? (
        <Notice kind="warning">{t(MY_CLOCK.outsideRadius)}</Notice>
      ) : null}
      {last.located ? null : <p className="muted">{t(MY_CLOCK.noLocation)}</p>}
    </>
  );
}
