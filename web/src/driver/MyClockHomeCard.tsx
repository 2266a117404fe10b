import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useState } from 'react';
import { type IntlShape, useIntl } from 'react-intl';
import { Link } from 'react-router';
import { clockState } from '../../../src/payroll/domain/clock.js';
import { useSession } from '../app/auth.js';
import { myPayrollApi, myPayrollKeys } from '../payroll/me-api.js';
import { MY_CLOCK } from './MyClockMessages.js';
import { type QueuedPunch, queuedPunches, sendPunches } from './punch-queue.js';

/**
 * The DA's clock: their punches of this week as the server has them, the ones still waiting on this
 * phone, and where that leaves them now. Waiting punches are sent when the browser is back online.
 */
export function useClock() {
  const { me } = useSession();
  const userId = me.user.id;
  const orgId = me.org?.id ?? '';
  const client = useQueryClient();
  const punches = useQuery({ queryKey: myPayrollKeys.punches(), queryFn: () => myPayrollApi.punches() });
  const [queued, setQueued] = useState<QueuedPunch[]>([]);
  const reload = useCallback(async () => {
    setQueued(await queuedPunches(userId, orgId));
    await client.invalidateQueries({ queryKey: ['me', 'punches'] });
    await client.invalidateQueries({ queryKey: myPayrollKeys.all });
  }, [userId, orgId, client]);
  const flush = useCallback(() => {
    void sendPunches(userId, orgId).then(reload, reload);
  }, [userId, orgId, reload]);
  useEffect(() => {
    flush();
    window.addEventListener('online', flush);
    return () => window.removeEventListener('online', flush);
  }, [flush]);
  const waiting = queued.filter((p) => p.error === null);
  const counted = [...(punches.data?.items ?? []).filter((p) => p.correctsId === null), ...waiting];
  return {
    userId,
    orgId,
    punches,
    queued,
    waiting,
    reload,
    flush,
    ...clockState(counted, new Date()),
  };
}

/** "Working since 6:02 AM", "En comida desde las 11:00 a.m.", or not clocked in; in the DA's locale. */
export function stateLine(intl: IntlShape, clock: ReturnType<typeof clockState>): string {
  if (clock.state === 'off' || !clock.since) return intl.formatMessage(MY_CLOCK.notIn);
  const time = intl.formatTime(clock.since, { hour: 'numeric', minute: '2-digit' });
  const since =
    clock.state === 'working'
      ? MY_CLOCK.workingSince
      : clock.state === 'meal'
        ? MY_CLOCK.onMealSince
        : MY_CLOCK.onRestSince;
  return intl.formatMessage(since, { time });
}

/** The DA's time clock on their home page: where they stand, and the way to punch and to their hours. */
export function MyClockHomeCard() {
  const intl = useIntl();
  const t = intl.formatMessage;
  const clock = useClock();
  if (clock.punches.isError) return null;
  const line = stateLine(intl, clock);
  return (
    <section className="driver-card" aria-labelledby="clock-card" data-testid="my-clock-card">
      <h2 id="clock-card">{t(MY_CLOCK.clockTitle)}</h2>
      <p>
        <strong>{line}</strong>
      </p>
      {clock.waiting.length > 0 ? (
        <p className="notice notice-warning" role="status">
          {t(MY_CLOCK.waiting, { n: clock.waiting.length })}
        </p>
      ) : null}
      <div className="driver-actions">
        <Link to="/me/clock" className="big-button button-primary">
          {t(MY_CLOCK.openClock)}
        </Link>
        <Link to="/me/hours" className="big-button button-secondary">
          {t(MY_CLOCK.openHours)}
        </Link>
      </div>
    </section>
  );
}
