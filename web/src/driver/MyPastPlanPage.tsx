import { useQuery } from '@tanstack/react-query';
import { useIntl } from 'react-intl';
import { Notice } from '../app/ui/notice.js';
import { useTitle } from '../app/ui/page.js';
import { Loading } from '../app/ui/status.js';
import { myKeys, myScheduleApi } from '../schedule/api.js';
import '../people/people.css';
import { BackToMe } from './BackToMe.js';
import { useDriverDates } from './intl.js';
import { MY_PAST_PLAN, PAST_PLAN_WEEKS } from './MyPastPlanMessages.js';

/** "9 h 05 min" in the DA's language. */
function useHoursMinutes() {
  const t = useIntl().formatMessage;
  return (minutes: number) =>
    t(MY_PAST_PLAN.hoursMinutes, { h: Math.floor(minutes / 60), m: String(minutes % 60).padStart(2, '0') });
}

/** The DA's own routes that ran past Amazon's plan: date, route, planned against actual, minutes over. */
export function MyPastPlanPage() {
  const t = useIntl().formatMessage;
  const dates = useDriverDates();
  const hm = useHoursMinutes();
  useTitle(t(MY_PAST_PLAN.title));
  const mine = useQuery({ queryKey: myKeys.pastPlan, queryFn: () => myScheduleApi.pastPlan() });
  const routes = mine.data?.routes ?? [];
  const over = routes.reduce((sum, r) => sum + r.minutesOver, 0);
  return (
    <div className="driver-stack">
      <BackToMe label={t(MY_PAST_PLAN.back)} />
      <section className="driver-card" aria-labelledby="past-plan-title" data-testid="my-past-plan">
        <h1 id="past-plan-title">{t(MY_PAST_PLAN.title)}</h1>
        <p className="muted">{t(MY_PAST_PLAN.intro, { w: PAST_PLAN_WEEKS })}</p>
        {mine.isPending ? <Loading /> : null}
        {mine.error ? <Notice kind="warning">{mine.error.message}</Notice> : null}
        {mine.data && routes.length === 0 ? <p>{t(MY_PAST_PLAN.none)}</p> : null}
        {routes.length > 0 ? (
          <p>
            <strong>{t(MY_PAST_PLAN.total, { n: routes.length, time: hm(over) })}</strong>
          </p>
        ) : null}
        <ul className="driver-list">
          {routes.map((r) => (
            <li key={`${r.date} ${r.code}`}>
              <div className="line">
                <strong>
                  {dates.day(r.date)} · {r.code}
                </strong>
                <span>{t(MY_PAST_PLAN.over, { m: r.minutesOver })}</span>
              </div>
              <div className="muted">
                {t(MY_PAST_PLAN.plannedActual, {
                  planned: hm(r.plannedMinutes),
                  actual: hm(r.actualMinutes),
                })}
              </div>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
