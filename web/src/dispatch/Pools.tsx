import { VAN_TYPE_LABELS } from '../fleet/labels.js';
import type { VanType } from '../people/api.js';
import type { Board, BoardDriver, BoardVan } from './api.js';
import { DragChip, type DragHandlers } from './DragChip.js';

const SHIFT_LABELS: Record<string, string> = {
  route: 'Route',
  standby: 'Standby',
  training: 'Training',
  'ride-along': 'Ride-along',
  rescue: 'Rescue only',
  office: 'Office',
};

function DriverChip({
  d,
  canWrite,
  drag,
  onCheckIn,
}: {
  d: BoardDriver;
  canWrite: boolean;
  drag: DragHandlers;
  onCheckIn: (shiftId: string) => void;
}) {
  const out = d.shift && d.shift.status !== 'scheduled';
  const tone = !d.cleared ? 'pool-bad' : out ? 'pool-muted' : '';
  return (
    <li className={`pool-item ${tone}`}>
      <DragChip
        item={{ kind: 'driver', id: d.id, fromRouteId: d.routeId }}
        draggable={canWrite && d.cleared && !out && !d.availability.timeOff}
        testId={`da-${d.name}`}
        {...drag}
      >
        {d.name}
      </DragChip>
      <span className="pool-sub">
        {d.shift ? `${SHIFT_LABELS[d.shift.kind]} ${d.shift.startTime}` : 'Off today'}
        {out ? ` · ${d.shift?.status === 'no_show' ? 'no-show' : 'called out'}` : ''}
        {!d.cleared ? ` · not cleared: ${d.clearanceReasons.join(' ')}` : ''}
        {!d.shift && d.availability.reason ? ` · ${d.availability.reason}` : ''}
        {d.vanTypes.length
          ? ` · ${d.vanTypes.map((t) => VAN_TYPE_LABELS[t as VanType] ?? t).join(', ')}`
          : ''}
      </span>
      {d.shift && d.shift.status === 'scheduled' ? (
        d.shift.checkedInAt ? (
          <span className="pool-flag">checked in</span>
        ) : canWrite ? (
          <button
            type="button"
            className="button-ghost button-small"
            onClick={() => onCheckIn((d.shift as { id: string }).id)}
          >
            Check in
          </button>
        ) : null
      ) : null}
    </li>
  );
}

function VanChip({ v, canWrite, drag }: { v: BoardVan; canWrite: boolean; drag: DragHandlers }) {
  return (
    <li className={`pool-item ${v.dispatchable ? '' : 'pool-bad'}`}>
      <DragChip
        item={{ kind: 'van', id: v.id, fromRouteId: v.routeId }}
        draggable={canWrite && v.dispatchable}
        testId={`van-${v.fleetNumber}`}
        {...drag}
      >
        {v.fleetNumber}
      </DragChip>
      <span className="pool-sub">
        {VAN_TYPE_LABELS[v.vanType as VanType] ?? v.vanType} ·{' '}
        {v.dispatchable
          ? v.preTrip === 'passed'
            ? 'inspected'
            : v.preTrip === 'failed'
              ? 'pre-trip failed'
              : 'no pre-trip yet'
          : `${v.status.replace('_', ' ')}${v.statusReason ? `: ${v.statusReason}` : ''}`}
      </span>
    </li>
  );
}

/**
 * The DAs and vans not on a route: standbys first, then scheduled DAs without a route, then DAs off
 * today (who can be called in), then those who cannot drive; free vans, then vans out of service.
 */
export function Pools({
  board,
  canWrite,
  onDragStart,
  onDragEnd,
  onCheckIn,
}: DragHandlers & {
  board: Board;
  canWrite: boolean;
  onCheckIn: (shiftId: string) => void;
}) {
  const drag = { onDragStart, onDragEnd };
  const free = board.drivers.filter((d) => !d.routeId);
  const scheduled = (kind: 'standby' | 'other') =>
    free.filter(
      (d) =>
        d.cleared &&
        d.shift?.status === 'scheduled' &&
        (kind === 'standby' ? d.shift.kind === 'standby' : d.shift.kind !== 'standby'),
    );
  const groups: [string, BoardDriver[]][] = [
    ['Standbys', scheduled('standby')],
    ['Scheduled, no route yet', scheduled('other')],
    ['Off today (call in)', free.filter((d) => d.cleared && !d.shift && d.availability.available)],
    ['Off and not available', free.filter((d) => d.cleared && !d.shift && !d.availability.available)],
    [
      'Called out or cannot drive',
      free.filter((d) => !d.cleared || (d.shift && d.shift.status !== 'scheduled')),
    ],
  ];
  const vans = board.vans.filter((v) => !v.routeId);
  const item = (d: BoardDriver) => (
    <DriverChip key={d.id} d={d} canWrite={canWrite} drag={drag} onCheckIn={onCheckIn} />
  );
  return (
    <aside className="board-pools" aria-label="DAs and vans not on a route">
      <section className="card pool" aria-labelledby="pool-das">
        <h2 id="pool-das">DAs</h2>
        {groups.map(([title, list]) =>
          list.length ? (
            <div key={title}>
              <h3>
                {title} <span className="muted">({list.length})</span>
              </h3>
              <ul className="pool-list">{list.map(item)}</ul>
            </div>
          ) : null,
        )}
      </section>
      <section className="card pool" aria-labelledby="pool-vans">
        <h2 id="pool-vans">Vans</h2>
        <h3>
          Free <span className="muted">({vans.filter((v) => v.dispatchable).length})</span>
        </h3>
        <ul className="pool-list">
          {vans
            .filter((v) => v.dispatchable)
            .map((v) => (
              <VanChip key={v.id} v={v} canWrite={canWrite} drag={drag} />
            ))}
        </ul>
        <h3>
          Out of service <span className="muted">({vans.filter((v) => !v.dispatchable).length})</span>
        </h3>
        <ul className="pool-list">
          {vans
            .filter((v) => !v.dispatchable)
            .map((v) => (
              <VanChip key={v.id} v={v} canWrite={false} drag={drag} />
            ))}
        </ul>
      </section>
    </aside>
  );
}
