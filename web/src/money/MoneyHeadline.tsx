import { useQuery } from '@tanstack/react-query';
import { answer, client } from '../app/api.js';
import { Notice } from '../app/ui/notice.js';
import { QueryStatus } from '../app/ui/status.js';
import { formatMoney } from '../people/labels.js';
import { STATUS_LABELS } from './money-labels.js';

/** Recovered to date, then each status's count and dollars, and a warning of windows closing soon. */
export function MoneyHeadline({ stationId }: { stationId: string }) {
  const summary = useQuery({
    queryKey: ['money', 'summary', stationId],
    queryFn: () =>
      answer(client.GET('/money/summary', { params: { query: stationId ? { stationId } : {} } })),
  });
  const data = summary.data;
  if (!data) return <QueryStatus query={summary} />;
  return (
    <section className="card stack" aria-label="Money to date">
      <dl className="counts money-counts">
        <div className="money-recovered" data-testid="recovered-to-date">
          <dt>Recovered to date</dt>
          <dd>{formatMoney(data.recoveredCents)}</dd>
        </div>
        {data.statuses.map((s) => (
          <div key={s.status}>
            <dt>{STATUS_LABELS[s.status]}</dt>
            <dd>
              {formatMoney(s.cents)} <span className="muted">· {s.count}</span>
            </dd>
          </div>
        ))}
      </dl>
      {data.dueSoonCount > 0 ? (
        <Notice kind="warning">
          {data.dueSoonCount} open {data.dueSoonCount === 1 ? 'discrepancy' : 'discrepancies'} (
          {formatMoney(data.dueSoonCents)}) must be disputed within 3 days.
        </Notice>
      ) : null}
    </section>
  );
}
