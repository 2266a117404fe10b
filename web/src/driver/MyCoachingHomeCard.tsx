import { useQuery } from '@tanstack/react-query';
import { useIntl } from 'react-intl';
import { Link } from 'react-router';
import { coachingApi, coachingKeys } from '../coaching/api.js';
import { peopleApi } from '../people/api.js';
import { MY_DRIVER_KEY } from './i18n.js';
import { MY_COACHING } from './MyCoachingMessages.js';
import '../schedule/schedule.css';

/** The way to the DA's coaching from their home page, with how many items wait for their answer. */
export function MyCoachingHomeCard() {
  const t = useIntl().formatMessage;
  const mine = useQuery({ queryKey: MY_DRIVER_KEY, queryFn: () => peopleApi.myDriver() });
  const coaching = useQuery({
    queryKey: coachingKeys.mine,
    queryFn: () => coachingApi.mine(),
    enabled: Boolean(mine.data?.driver),
  });
  if (!mine.data?.driver) return null;
  const waiting = coaching.data?.items.filter((i) => i.canAcknowledge).length ?? 0;
  return (
    <section className="driver-card" aria-labelledby="my-coaching">
      <h2 id="my-coaching">{t(MY_COACHING.homeTitle)}</h2>
      <div className="driver-actions">
        <Link to="/me/coaching" className="big-button button-secondary">
          {t(MY_COACHING.homeLink)}
          {waiting > 0 ? <span className="count-badge">{t(MY_COACHING.waiting, { n: waiting })}</span> : null}
        </Link>
      </div>
    </section>
  );
}
