import { useQuery } from '@tanstack/react-query';
import { answer, client } from '../app/api.js';
import { formatDate } from '../app/format.js';
import { useStationCode } from '../app/station.js';
import { QueryStatus, StatusBadge } from '../app/ui/status.js';
import { formatMoney } from '../people/labels.js';

/** The disputes filed, newest first, with what came back and their packets (issue 16, item 8). */
export function DisputesTable({ stationId }: { stationId: string }) {
  const codeOf = useStationCode();
  const disputes = useQuery({
    queryKey: ['money', 'disputes'],
    queryFn: () => answer(client.GET('/money/disputes')),
  });
  const items = (disputes.data?.items ?? []).filter((d) => !stationId || d.stationId === stationId);
  return (
    <section className="card stack" aria-labelledby="money-disputes">
      <h2 id="money-disputes">Disputes</h2>
      <QueryStatus query={disputes} isEmpty={items.length === 0} empty="No disputes yet." />
      {items.length > 0 ? (
        <div className="table-wrap">
          <table className="money-table">
            <thead>
              <tr>
                <th>Station</th>
                <th>Filed</th>
                <th className="num">Claimed</th>
                <th>Outcome</th>
                <th>Packet</th>
              </tr>
            </thead>
            <tbody>
              {items.map((d) => (
                <tr key={d.id}>
                  <td>{codeOf(d.stationId)}</td>
                  <td className="money-date">{formatDate(d.approvedAt.slice(0, 10))}</td>
                  <td className="num">{formatMoney(d.claimedCents)}</td>
                  <td>
                    {d.recoveredCents === null ? (
                      <StatusBadge tone="warn">awaiting outcome</StatusBadge>
                    ) : d.recoveredCents > 0 ? (
                      <StatusBadge tone="good">recovered {formatMoney(d.recoveredCents)}</StatusBadge>
                    ) : (
                      <StatusBadge tone="bad">nothing recovered</StatusBadge>
                    )}{' '}
                    {d.outcomeNote ? <span className="muted money-note">{d.outcomeNote}</span> : null}
                  </td>
                  <td className="money-date">
                    <a href={`/api/v1/money/disputes/${d.id}/packet?format=pdf`}>PDF</a> ·{' '}
                    <a href={`/api/v1/money/disputes/${d.id}/packet?format=csv`}>CSV</a>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </section>
  );
}
