import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import { answer, client } from '../app/api.js';
import { useSession } from '../app/auth.js';
import { formatDate } from '../app/format.js';
import { useStation } from '../app/station.js';
import { StationSelect } from '../app/station-filter.js';
import { PageHeader } from '../app/ui/page.js';
import { QueryStatus } from '../app/ui/status.js';
import { formatMoney } from '../people/labels.js';
import { RATE_ITEMS, type RateLine, RateLineForm } from './RateLineForm.js';

const sameLine = (a: RateLine, b: RateLine) =>
  a.item === b.item && a.variant === b.variant && a.blockHours === b.blockHours;

/** In force today, replaced on a later line's day, or not begun yet. */
function standing(line: RateLine, next: RateLine | undefined, today: string): string {
  if (line.effectiveFrom > today) return 'from then on';
  if (next && next.effectiveFrom <= today) return `replaced ${formatDate(next.effectiveFrom)}`;
  return 'in force';
}

/**
 * A station's rate card (issue 16 item 1): every line with the day it takes effect, a line's earlier
 * and later prices beside it, so the history of a price reads down the table. The owner adds and
 * corrects lines, or imports a card; each change checks the station's invoiced weeks again.
 */
export function RateCardPage() {
  const { can } = useSession();
  const { defaultStationId } = useStation();
  const [stationId, setStationId] = useState(defaultStationId);
  const [editing, setEditing] = useState<RateLine | 'new' | null>(null);
  const canWrite = can('money.write');
  const rates = useQuery({
    queryKey: ['money', 'rates', stationId],
    queryFn: () => answer(client.GET('/money/rates', { params: { query: { stationId } } })),
    enabled: Boolean(stationId),
  });
  const items = rates.data?.items ?? [];
  const today = new Date().toISOString().slice(0, 10);
  const labelOf = (item: string) => RATE_ITEMS.find((i) => i.value === item)?.label ?? item;
  return (
    <div className="stack-lg">
      <PageHeader
        title="Rate card"
        description="What Amazon pays this station for each route block, training, late cancel, delay hour, package and incentive tier, from the day each rate takes effect. The checks price every week by the rates in force on its days."
        actions={
          canWrite ? (
            <div className="button-row">
              <Link className="button-secondary" to={`/imports?kind=rate-card&stationId=${stationId}`}>
                Import a rate card
              </Link>
              <button type="button" className="button-primary" onClick={() => setEditing('new')}>
                Add a rate
              </button>
            </div>
          ) : null
        }
      />
      <div className="filters card">
        <StationSelect value={stationId} onValue={setStationId} />
      </div>
      <QueryStatus
        query={rates}
        isEmpty={items.length === 0}
        empty="No rates yet: add them, or import the card Amazon sent."
      />
      {items.length > 0 ? (
        <div className="table-wrap">
          <table>
            <thead>
              <tr>
                <th>Item</th>
                <th>Service type · tier · class</th>
                <th>Block</th>
                <th>Effective from</th>
                <th>Rate</th>
                <th>Standing</th>
                {canWrite ? <th /> : null}
              </tr>
            </thead>
            <tbody>
              {items.map((line, i) => {
                const next = items[i + 1];
                const later = next && sameLine(line, next) ? next : undefined;
                const earlier = i > 0 && sameLine(items[i - 1] as RateLine, line);
                return (
                  <tr key={line.id}>
                    <td>{earlier ? '' : labelOf(line.item)}</td>
                    <td>{earlier ? '' : line.variant || '—'}</td>
                    <td>{earlier ? '' : line.blockHours ? `${line.blockHours} h` : '—'}</td>
                    <td>{formatDate(line.effectiveFrom)}</td>
                    <td>{formatMoney(line.rateCents)}</td>
                    <td>{standing(line, later, today)}</td>
                    {canWrite ? (
                      <td>
                        <button type="button" className="button-ghost" onClick={() => setEditing(line)}>
                          Correct
                        </button>
                      </td>
                    ) : null}
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      ) : null}
      {editing ? (
        <RateLineForm
          stationId={stationId}
          line={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
        />
      ) : null}
    </div>
  );
}
