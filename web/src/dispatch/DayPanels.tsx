import { useQuery } from '@tanstack/react-query';
import { ErrorNotice } from '../app/ui/notice.js';
import { percent } from '../schedule/labels.js';
import { type Board, dispatchApi } from './api.js';

/**
 * The day's standby plan: from the station's own callout history, how likely today's scheduled DAs
 * cover every route, and how many standbys reach the org's target.
 */
export function StandbyLine({ board }: { board: Board }) {
  const query = useQuery({
    queryKey: ['dispatch-standby', board.station.id, board.date, board.version],
    queryFn: () => dispatchApi.standby(board.station.id, board.date),
  });
  const p = query.data?.plan;
  if (query.error) return <ErrorNotice error={query.error} />;
  if (!p) return null;
  const short = p.recommendedStandbys - p.standbys;
  return (
    <p className="board-standby" data-testid="standby-plan">
      Standbys: {p.standbys} scheduled, {p.recommendedStandbys} recommended for{' '}
      {percent(query.data?.target ?? 0)} of mornings covered (callout rate {percent(p.missRate)} on this
      weekday; with today’s schedule every route is covered {percent(p.coverage)} of the time)
      {short > 0 ? <strong className="text-bad"> · {short} more needed</strong> : null}
    </p>
  );
}

/** Rescues per DA over the week holding the day: who helps others, and whose routes need help. */
export function RescueCounts({ board }: { board: Board }) {
  const query = useQuery({
    queryKey: ['dispatch-rescues', board.station.id, board.date, board.version],
    queryFn: () => dispatchApi.rescueCounts(board.station.id, board.date),
  });
  const items = query.data?.items ?? [];
  return (
    <details className="card no-print" data-testid="rescue-counts">
      <summary>Rescues this week ({items.reduce((n, i) => n + i.rescuesGiven, 0)})</summary>
      <ErrorNotice error={query.error} />
      {items.length === 0 ? (
        <p className="muted">No rescues this week.</p>
      ) : (
        <table className="compact">
          <thead>
            <tr>
              <th scope="col">DA</th>
              <th scope="col">Rescued others</th>
              <th scope="col">Stops taken</th>
              <th scope="col">Packages taken</th>
              <th scope="col">Was rescued</th>
              <th scope="col">Stops given away</th>
            </tr>
          </thead>
          <tbody>
            {items.map((i) => (
              <tr key={i.driverId}>
                <td>{i.name}</td>
                <td>{i.rescuesGiven}</td>
                <td>{i.stopsTaken}</td>
                <td>{i.packagesTaken}</td>
                <td>{i.rescuesReceived}</td>
                <td>{i.stopsGivenAway}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </details>
  );
}
