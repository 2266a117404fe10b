import { useQuery } from '@tanstack/react-query';
import { useIntl } from 'react-intl';
import { Link } from 'react-router';
import { myKeys, myScheduleApi } from '../schedule/api.js';
import { MY_PAST_PLAN, PAST_PLAN_WEEKS } from './MyPastPlanMessages.js';
import '../schedule/schedule.css';

/** The way to the DA's routes past plan from their home page, with how many there were. */
export function MyPastPlanHomeCard() {
  const t = useIntl().formatMessage;
  const mine = useQuery({ queryKey: myKeys.pastPlan, queryFn: () => myScheduleApi.pastPlan() });
  if (!mine.data) return null;
  return (
    <section className="driver-card" aria-labelledby="my-past-plan">
      <h2 id="my-past-plan">{t(MY_PAST_PLAN.homeTitle)}</h2>
      <p className="muted">{t(MY_PAST_PLAN.homeCount, { n: mine.data.routes.length, w: PAST_PLAN_WEEKS })}</p>
      <div className="driver-actions">
        <Link to="/me/past-plan" className="big-button button-secondary">
          {t(MY_PAST_PLAN.homeLink)}
        </Link>
      </div>
    </section>
  );
}
