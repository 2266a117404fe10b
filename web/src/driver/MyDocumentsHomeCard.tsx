import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { peopleApi } from '../people/api.js';
import { recordKeys, recordsApi } from '../people/records-api.js';
import { type Dict, MY_DRIVER_KEY, useStrings } from './i18n.js';

const STRINGS: Dict<{
  title: string;
  documents: string;
  attendance: string;
  performance: string;
  points: (p: string) => string;
}> = {
  en: {
    title: 'My records',
    documents: 'My documents and license',
    attendance: 'My attendance',
    performance: 'My performance',
    points: (p) => `${p} pts`,
  },
  es: {
    title: 'Mis registros',
    documents: 'Mis documentos y licencia',
    attendance: 'Mi asistencia',
    performance: 'Mi desempeño',
    points: (p) => `${p} pts`,
  },
};

/** Links from the DA's home page to their documents, attendance and performance, in their language. */
export function MyRecordsCard() {
  const s = useStrings(STRINGS);
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
      <h2 id="my-records">{s.title}</h2>
      <div className="driver-actions">
        <Link to="/me/documents" className="big-button button-secondary">
          {s.documents}
        </Link>
        <Link to="/me/attendance" className="big-button button-secondary">
          {s.attendance}
          {points !== undefined ? ` · ${s.points(String(points))}` : ''}
        </Link>
        <Link to="/me/performance" className="big-button button-secondary">
          {s.performance}
        </Link>
      </div>
    </section>
  );
}
