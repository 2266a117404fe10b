import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useIntl } from 'react-intl';
import { Link } from 'react-router';
import { ErrorNotice, Notice } from '../app/ui/notice.js';
import { Loading } from '../app/ui/status.js';
import { peopleApi } from '../people/api.js';
import { type MySchedule, myKeys, myScheduleApi, type TodayRoute } from '../schedule/api.js';
import '../schedule/schedule.css';
import { MY_DRIVER_KEY } from './i18n.js';
import { hours, useDriverDates } from './intl.js';
import { SHIFT_KINDS } from './MyScheduleMessages.js';
import { MY_TODAY } from './MyTodayMessages.js';

/** The signed-in DA's schedule, once we know they have a DA record (a login without one gets 403). */
export function useMySchedule() {
  const mine = useQuery({ queryKey: MY_DRIVER_KEY, queryFn: () => peopleApi.myDriver() });
  const hasRecord = Boolean(mine.data?.driver);
  const schedule = useQuery({
    queryKey: myKeys.schedule,
    queryFn: () => myScheduleApi.schedule(),
    enabled: hasRecord,
  });
  return { hasRecord, recordPending: mine.isPending, schedule };
}

/** My unread messages, for the badge on the home page's link. */
export function useUnreadMessages(enabled: boolean): number {
  const messages = useQuery({ queryKey: myKeys.messages, queryFn: () => myScheduleApi.messages(), enabled });
  return messages.data?.unread ?? 0;
}

/** Today's shift and route (route code, wave, staging, van), with the big check-in button. */
export function TodayCard({ data }: { data: MySchedule }) {
  const t = useIntl().formatMessage;
  const dates = useDriverDates();
  const queryClient = useQueryClient();
  const shift = data.todayShift;
  const route = data.todayRoute;
  const checkIn = useMutation({
    mutationFn: (id: string) => myScheduleApi.checkIn(id),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: myKeys.schedule }),
  });
  return (
    <section className="driver-card" aria-labelledby="today-title" data-testid="my-today">
      <h2 id="today-title">{t(MY_TODAY.today, { day: dates.day(data.today) })}</h2>
      {shift ? (
        <p className="driver-name">
          {t(SHIFT_KINDS[shift.kind])} · {shift.startTime} · {hours(shift.minutes)}
        </p>
      ) : (
        <p className="muted">{t(MY_TODAY.noShift)}</p>
      )}
      {route ? <RouteFacts route={route} /> : shift ? <p className="muted">{t(MY_TODAY.noRoute)}</p> : null}
      {shift?.status === 'called_out' ? <Notice kind="warning">{t(MY_TODAY.calledOut)}</Notice> : null}
      {shift?.status === 'no_show' ? <Notice kind="warning">{t(MY_TODAY.noShow)}</Notice> : null}
      {shift?.checkedInAt ? (
        <Notice kind="success">{t(MY_TODAY.checkedIn, { t: dates.time(shift.checkedInAt) })}</Notice>
      ) : shift?.status === 'scheduled' ? (
        <div className="driver-actions">
          <ErrorNotice error={checkIn.error} />
          <button
            type="button"
            className="big-button button-primary"
            onClick={() => checkIn.mutate(shift.id)}
            disabled={checkIn.isPending}
          >
            {checkIn.isPending ? t(MY_TODAY.checkingIn) : t(MY_TODAY.checkIn)}
          </button>
        </div>
      ) : null}
    </section>
  );
}

/** Where and when a route leaves, and in which van. */
function RouteFacts({ route }: { route: TodayRoute }) {
  const t = useIntl().formatMessage;
  return (
    <>
      <dl className="today-facts">
        <div>
          <dt>{t(MY_TODAY.route)}</dt>
          <dd>{route.code}</dd>
        </div>
        <div>
          <dt>{t(MY_TODAY.wave)}</dt>
          <dd>{route.waveTime}</dd>
        </div>
        <div>
          <dt>{t(MY_TODAY.staging)}</dt>
          <dd>{route.stagingLocation ?? '—'}</dd>
        </div>
        <div>
          <dt>{t(MY_TODAY.van)}</dt>
          <dd>{route.van?.fleetNumber ?? t(MY_TODAY.vanLater)}</dd>
        </div>
      </dl>
      {route.stops !== null ? (
        <p className="muted">
          {t(MY_TODAY.stops, {
            s: route.stops,
            p: route.packages === null ? 'none' : String(route.packages),
          })}
        </p>
      ) : null}
    </>
  );
}

/** The next route once its roster is out: DSPs often send tomorrow's the evening before. */
export function NextRouteCard({ route }: { route: TodayRoute }) {
  const t = useIntl().formatMessage;
  const dates = useDriverDates();
  return (
    <section className="driver-card" aria-labelledby="next-route-title" data-testid="my-next-route">
      <h2 id="next-route-title">{t(MY_TODAY.next, { day: dates.day(route.date) })}</h2>
      <RouteFacts route={route} />
    </section>
  );
}

/** On the DA's home page: today's card and the way to their schedule, time off, availability and messages. */
export function MyScheduleHomeCards() {
  const t = useIntl().formatMessage;
  const { hasRecord, schedule } = useMySchedule();
  const unread = useUnreadMessages(hasRecord);
  if (!hasRecord) return null;
  const data = schedule.data;
  const toConfirm = data
    ? data.shifts.filter((x) => x.status === 'scheduled' && !x.confirmedAt && x.date >= data.today).length
    : 0;
  return (
    <>
      {schedule.isPending ? <Loading /> : null}
      <ErrorNotice error={schedule.error} />
      {data ? <TodayCard data={data} /> : null}
      {data?.nextRoute ? <NextRouteCard route={data.nextRoute} /> : null}
      <section className="driver-card" aria-labelledby="my-schedule-links">
        <h2 id="my-schedule-links">{t(MY_TODAY.links)}</h2>
        <div className="driver-actions">
          <Link to="/me/schedule" className="big-button button-secondary">
            {t(MY_TODAY.schedule)}
            {toConfirm > 0 ? (
              <span className="count-badge">{t(MY_TODAY.toConfirm, { n: toConfirm })}</span>
            ) : null}
          </Link>
          <Link to="/me/messages" className="big-button button-secondary">
            {t(MY_TODAY.messages)}
            {unread > 0 ? (
              <span className="count-badge" data-testid="unread-count">
                {t(MY_TODAY.unread, { n: unread })}
              </span>
            ) : null}
          </Link>
          <Link to="/me/time-off" className="big-button button-secondary">
            {t(MY_TODAY.timeOff)}
          </Link>
          <Link to="/me/availability" className="big-button button-secondary">
            {t(MY_TODAY.availability)}
          </Link>
        </div>
      </section>
    </>
  );
}
