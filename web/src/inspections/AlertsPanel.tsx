import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link } from 'react-router';
import { useSession } from '../app/auth.js';
import { formatShort } from '../app/format.js';
import { useStation } from '../app/station.js';
import { ErrorNotice } from '../app/ui/notice.js';
import { StatusBadge } from '../app/ui/status.js';
import { type Alert, INSPECTIONS_KEY, inspectionsApi } from './api.js';
import './inspections.css';

const KIND: Record<string, { label: string; tone: 'bad' | 'warn' }> = {
  van_grounded: { label: 'Van grounded', tone: 'bad' },
  critical_failure: { label: 'Critical check failed', tone: 'bad' },
  new_damage: { label: 'New damage', tone: 'warn' },
};

/** The open alerts of my stations on the staff home page: grounded vans and new damage, until seen. */
export function AlertsPanel() {
  const { can } = useSession();
  if (!can('fleet.read')) return null;
  return <OpenAlerts />;
}

function OpenAlerts() {
  const { stationId } = useStation();
  const client = useQueryClient();
  const alerts = useQuery({
    queryKey: [...INSPECTIONS_KEY, 'alerts', 'open', stationId],
    queryFn: () => inspectionsApi.alerts(true, stationId ?? undefined),
    refetchInterval: 60_000,
  });
  const ack = useMutation({
    mutationFn: (id: string) => inspectionsApi.acknowledge(id),
    onSuccess: () => client.invalidateQueries({ queryKey: [...INSPECTIONS_KEY, 'alerts'] }),
  });
  const items = alerts.data?.items ?? [];
  if (items.length === 0 && !alerts.error) return null;
  return (
    <section aria-labelledby="open-alerts" className="card alerts-card" data-testid="open-alerts">
      <h2 id="open-alerts">Needs attention</h2>
      <ErrorNotice error={alerts.error ?? ack.error} />
      <ul className="alert-list">
        {items.map((a) => (
          <li key={a.id}>
            <div className="alert-head">
              <StatusBadge tone={KIND[a.kind]?.tone ?? 'warn'}>{KIND[a.kind]?.label ?? a.kind}</StatusBadge>
              <span className="muted">{formatShort(a.createdAt)}</span>
            </div>
            <p>{a.message}</p>
            <div className="alert-actions">
              <AlertLink alert={a} />
              <button
                type="button"
                className="button-secondary"
                onClick={() => ack.mutate(a.id)}
                disabled={ack.isPending}
              >
                Mark as seen
              </button>
            </div>
          </li>
        ))}
      </ul>
      {alerts.data?.nextCursor ? (
        <p className="muted">More alerts are waiting; mark these as seen first.</p>
      ) : null}
    </section>
  );
}

/** The van an alert is about, when it names one. */
function AlertLink({ alert }: { alert: Alert }) {
  if (!alert.vanId) return null;
  return <Link to={`/fleet/${alert.vanId}`}>Open the van</Link>;
}
