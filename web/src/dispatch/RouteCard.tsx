import { useState } from 'react';
import { VAN_TYPE_LABELS } from '../fleet/labels.js';
import type { VanType } from '../people/api.js';
import type { Board, BoardRoute } from './api.js';
import { type Dragged, dropOutcome, hours } from './board-model.js';
import { DragChip, type DragHandlers } from './DragChip.js';

export type RouteAction = 'assign' | 'callout' | 'replacements' | 'rescue' | 'close' | 'remove';

const typeLabel = (t: string) => VAN_TYPE_LABELS[t as VanType] ?? t;

function Conflicts({ items }: { items: BoardRoute['conflicts'] }) {
  if (items.length === 0) return null;
  return (
    <ul className="route-conflicts">
      {items.map((c) => (
        <li key={c.code + c.message} className={`conflict-${c.level}`}>
          {c.message}
        </li>
      ))}
    </ul>
  );
}

/**
 * One route on the board: its DA and van slots take a dragged chip, showing while it hovers what the
 * drop would break; the buttons open the route's actions.
 */
export function RouteCard({
  board,
  route,
  dragged,
  canWrite,
  onDrop,
  onDragStart,
  onDragEnd,
  onAction,
}: DragHandlers & {
  board: Board;
  route: BoardRoute;
  dragged: Dragged | null;
  canWrite: boolean;
  onDrop: (route: BoardRoute, dragged: Dragged) => void;
  onAction: (route: BoardRoute, action: RouteAction) => void;
}) {
  const [hover, setHover] = useState(false);
  const driver = route.driverId ? board.drivers.find((d) => d.id === route.driverId) : undefined;
  const van = route.vanId ? board.vans.find((v) => v.id === route.vanId) : undefined;
  const preview = hover && dragged ? dropOutcome(board, route, dragged) : null;
  const rescued = board.rescues.filter((x) => x.routeId === route.id);
  const covered = Boolean(route.driverId);
  const classes = [
    'route-card',
    covered ? '' : 'route-uncovered',
    hover ? 'route-drop' : '',
    preview?.blocked ? 'route-drop-blocked' : '',
  ]
    .filter(Boolean)
    .join(' ');
  const chip = (kind: Dragged['kind'], id: string, label: string, extra: string) => (
    <DragChip
      item={{ kind, id, fromRouteId: route.id }}
      draggable={canWrite}
      onDragStart={onDragStart}
      onDragEnd={onDragEnd}
    >
      {label}
      {extra ? <span className="chip-extra"> {extra}</span> : null}
    </DragChip>
  );

  return (
    <article
      className={classes}
      data-testid={`route-${route.code}`}
      aria-label={`Route ${route.code}`}
      onDragEnter={(e) => {
        // Cancelling dragenter too makes the card the drop target (HTML drag and drop).
        if (canWrite && dragged) e.preventDefault();
      }}
      onDragOver={(e) => {
        if (!canWrite || !dragged) return;
        e.preventDefault();
        e.dataTransfer.dropEffect = 'move';
        if (!hover) setHover(true);
      }}
      onDragLeave={() => setHover(false)}
      onDrop={(e) => {
        e.preventDefault();
        setHover(false);
        if (dragged) onDrop(route, dragged);
      }}
    >
      <header className="route-head">
        <strong className="route-code">{route.code}</strong>
        {route.pinned ? (
          <span className="route-pin" title="Kept when the roster is rebuilt">
            pinned
          </span>
        ) : null}
        <span className="route-type">{typeLabel(route.vanType)}</span>
      </header>
      <p className="route-meta">
        {route.stagingLocation ? <span>Staging {route.stagingLocation}</span> : null}
        <span>{hours(route.plannedMinutes)}</span>
        {route.stops !== null ? <span>{route.stops} stops</span> : null}
        {route.packages !== null ? <span>{route.packages} pkgs</span> : null}
      </p>
      <dl className="route-slots">
        <div>
          <dt>DA</dt>
          <dd>
            {driver ? (
              chip('driver', driver.id, driver.name, driver.shift?.checkedInAt ? '· checked in' : '')
            ) : (
              <span className="slot-empty">{canWrite ? 'Drop a DA here' : 'No DA'}</span>
            )}
          </dd>
        </div>
        <div>
          <dt>Van</dt>
          <dd>
            {van ? (
              chip('van', van.id, van.fleetNumber, van.preTrip === 'passed' ? '· inspected' : '')
            ) : (
              <span className="slot-empty">{canWrite ? 'Drop a van here' : 'No van'}</span>
            )}
          </dd>
        </div>
      </dl>
      {preview ? <Conflicts items={preview.conflicts} /> : <Conflicts items={route.conflicts} />}
      {!covered && route.why.length ? <p className="route-why">{route.why.join(' ')}</p> : null}
      {rescued.length ? (
        <p className="route-rescues">
          Rescued:{' '}
          {rescued
            .map(
              (x) =>
                `${x.stops} stops by ${board.drivers.find((d) => d.id === x.rescuerDriverId)?.name ?? 'a DA'}`,
            )
            .join('; ')}
        </p>
      ) : null}
      {route.close ? (
        <p className="route-closed">
          Closed {route.close.actualStart}–{route.close.actualEnd} ({hours(route.close.actualMinutes)},{' '}
          {route.close.overrunMinutes > 0 ? `${route.close.overrunMinutes} min over` : 'on time'}) ·{' '}
          {route.close.packagesDelivered} delivered, {route.close.packagesReturned} returned
        </p>
      ) : null}
      {canWrite ? (
        <footer className="route-actions">
          <button
            type="button"
            className="button-secondary button-small"
            onClick={() => onAction(route, 'assign')}
          >
            Assign…
          </button>
          {covered ? (
            <button
              type="button"
              className="button-secondary button-small"
              onClick={() => onAction(route, 'callout')}
            >
              Callout
            </button>
          ) : (
            <button
              type="button"
              className="button-primary button-small"
              onClick={() => onAction(route, 'replacements')}
            >
              Find a DA
            </button>
          )}
          {covered ? (
            <>
              <button
                type="button"
                className="button-ghost button-small"
                onClick={() => onAction(route, 'rescue')}
              >
                Rescue
              </button>
              <button
                type="button"
                className="button-ghost button-small"
                onClick={() => onAction(route, 'close')}
              >
                {route.close ? 'Edit close' : 'Close'}
              </button>
            </>
          ) : null}
          {!route.close ? (
            <button
              type="button"
              className="button-ghost button-small"
              onClick={() => onAction(route, 'remove')}
            >
              Remove
            </button>
          ) : null}
        </footer>
      ) : null}
    </article>
  );
}
