import { useState } from 'react';
import { ALLOWED } from '../../../src/payroll/domain/clock.js';
import { Loading, Notice, useTitle } from '../app/ui.js';
import type { PunchKind } from '../payroll/me-api.js';
import { BackToMe } from './BackToMe.js';
import { useStrings } from './i18n.js';
import { stateLine, useClock } from './MyClockHomeCard.js';
import { MY_CLOCK } from './MyClockStrings.js';
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
  const s = useStrings(MY_CLOCK);
  useTitle(s.clockTitle);
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
      <BackToMe label={s.back} />
      <section className="driver-card" aria-labelledby="clock-title" data-testid="my-clock">
        <h1 id="clock-title">{s.clockTitle}</h1>
        {clock.punches.isError ? (
          <Notice kind="warning">{s.noRecord}</Notice>
        ) : (
          <>
            <p className="clock-state">
              <strong>{stateLine(s, clock)}</strong>
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
                  {busy === kind ? s.locating : s.actions[kind]}
                </button>
              ))}
            </div>
          </>
        )}
        <LastPunch s={s} last={last} />
        {clock.waiting.length > 0 ? (
          <div className="notice notice-warning" role="status">
            <p>{s.waiting(clock.waiting.length)}</p>
            <button type="button" className="big-button button-secondary" onClick={clock.flush}>
              {s.sendNow}
            </button>
          </div>
        ) : null}
        {rejected.map((p) => (
          <div key={p.clientId} className="notice notice-error">
            <p>
              {s.actions[p.kind]} · {new Date(p.at).toLocaleString()} — {s.refused(p.error ?? '')}
            </p>
            <button
              type="button"
              className="big-button button-secondary"
              onClick={() => void dismissPunch(p.clientId).then(clock.reload)}
            >
              {s.dismiss}
            </button>
          </div>
        ))}
      </section>
    </div>
  );
}

function LastPunch({
  s,
  last,
}: {
  s: (typeof MY_CLOCK)['en'];
  last: { kind: PunchKind; outcome: PunchOutcome; located: boolean } | null;
}) {
  if (!last) return null;
  const { outcome } = last;
  if (outcome.kind === 'unsaved') return <p className="notice notice-error">{s.unsaved}</p>;
  if (outcome.kind === 'rejected') return <p className="notice notice-error">{s.refused(outcome.message)}</p>;
  return (
    <>
      <Notice kind="success">
        {s.done[last.kind]}
        {outcome.kind === 'saved' ? `. ${s.savedOnPhone}` : ''}
      </Notice>
      {outcome.kind === 'sent' && outcome.punch.outsideRadius ? (
        <Notice kind="warning">{s.outsideRadius}</Notice>
      ) : null}
      {last.located ? null : <p className="muted">{s.noLocation}</p>}
    </>
  );
}
