import { useQuery } from '@tanstack/react-query';
import { defineMessage, defineMessages, useIntl } from 'react-intl';
import { Link } from 'react-router';
import { peopleApi } from '../people/api.js';
import { recordKeys, recordsApi } from '../people/records-api.js';
import { MY_DRIVER_KEY } from './i18n.js';

const MESSAGES = defineMessages({
  title: { id: 'me.records.title', defaultMessage: 'My records' },
  documents: { id: 'me.records.documents', defaultMessage: 'My documents and license' },
  attendance: { id: 'me.records.attendance', defaultMessage: 'My attendance' },
  performance: { id: 'me.records.performance', defaultMessage: 'My performance' },
  points: defineMessage<{ p: number }>({
    id: 'me.records.points',
    defaultMessage: '{p, plural, one {# pt} other {# pts}}',
  }),
});

/** Links from the DA's home page to their documents, attendance and performance, in their language. */
export function MyRecordsCard() {
  const t = useIntl().formatMessage;
  const mine = useQuery({ queryKey: MY_DRIVER_KEY, queryFn: () => peopleApi.myDriver() });
  const attendance = useQuery({
    queryKey: [...recordKeys.mine, 'attendance'],
    queryFn: () => recordsApi.myAttendance(),
    enabled: Boolean(mine.data?.driver),
  });
  if (!mine.data?.driver) return null;
  const points = attendance.data?.summary.policyWindow.points;
  return (
    <section className="driver-card" aria-labelledby="my-records">
      <h2 id="my-records">{t(MESSAGES.title)}</h2>
      <div className="driver-actions">
        <Link to="/me/documents" className="big-button button-secondary">
          {t(MESSAGES.documents)}
        </Link>
        <Link to="/me/attendance" className="big-button button-secondary">
          {t(MESSAGES.attendance)}
          {points !== undefined ? ` · ${t(MESSAGES.points, { p: points })}` : ''}
        </Link>
        <Link to="/me/performance" className="big-button button-secondary">
          {t(MESSAGES.performance)}
        </Link>
      </div>
    </section>
  );
}
