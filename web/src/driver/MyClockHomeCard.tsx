import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useState } from 'react';
import { Link } from 'react-router';
import { clockState } from '../../../src/payroll/domain/clock.js';
import { useSession } from '../app/auth.js';
import { myPayrollApi, myPayrollKeys } from '../payroll/me-api.js';
import { useStrings } from './i18n.js';
import { MY_CLOCK } from './MyClockStrings.js';
import { type QueuedPunch, queuedPunches, sendPunches } from './punch-queue.js';

/** A local clock time on this phone, e.g. "06:02". */
export const clockTime = (iso: string) =>
  new Date(iso).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit', hour12: false });

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

/** "Working since 06:02", "On meal since 11:00", or not clocked in. */
export function stateLine(s: (typeof MY_CLOCK)['en'], clock: ReturnType<typeof clockState>): string {
  if (clock.state === 'off' || !clock.since) return s.notIn;
  const at = clockTime(clock.since);
  if (clock.state === 'working') return s.workingSince(at);
  return clock.state === 'meal' ? s.onMealSince(at) : s.onRestSince(at);
}

/** The DA's time clock on their home page: where they stand, and the way to punch and to their hours. */
export function MyClockHomeCard() {
  const s = useStrings(MY_CLOCK);
  const clock = useClock();
  if (clock.punches.isError) return null;
  const line = stateLine(s, clock);
  return (
    <section className="driver-card" aria-labelledby="clock-card" data-testid="my-clock-card">
      <h2 id="clock-card">{s.clockTitle}</h2>
      <p>
        <strong>{line}</strong>
      </p>
      {clock.waiting.length > 0 ? (
        <p className="notice notice-warning" role="status">
          {s.waiting(clock.waiting.length)}
        </p>
      ) : null}
      <div className="driver-actions">
        <Link to="/me/clock" className="big-button button-primary">
          {s.openClock}
        </Link>
        <Link to="/me/hours" className="big-button button-secondary">
          {s.openHours}
        </Link>
      </div>
    </section>
  );
}
