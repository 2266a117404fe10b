import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useSession } from '../app/auth.js';
import { formatDate, formatShort, todayIn } from '../app/format.js';
import { useStation } from '../app/station.js';
import { StationSelect } from '../app/station-filter.js';
import { ConfirmDialog } from '../app/ui/dialog.js';
import { TextField } from '../app/ui/fields.js';
import { ErrorNotice, Notice } from '../app/ui/notice.js';
import { PageHeader, useTitle } from '../app/ui/page.js';
import { QueryStatus } from '../app/ui/status.js';
import { AddRouteDialog, RemoveRouteDialog } from './AddRemoveRouteDialogs.js';
import { AmazonEvents } from './AmazonEvents.js';
import { AssignDialog } from './AssignDialog.js';
import { type Board, type BoardRoute, type BuildResult, dispatchApi } from './api.js';
import { BuildOutcome } from './BuildOutcome.js';
import { type Dragged, dropOutcome, summary, waves } from './board-model.js';
import { CalloutDialog, ReplacementsDialog } from './CalloutDialogs.js';
import { CloseDialog } from './CloseDialog.js';
import { RescueCounts, StandbyLine } from './DayPanels.js';
import { Pools } from './Pools.js';
import { RescueDialog } from './RescueDialog.js';
import { type RouteAction, RouteCard } from './RouteCard.js';
import { useBoard } from './useBoard.js';
import './dispatch.css';

type Open =
  | { route: BoardRoute; action: RouteAction }
  | { action: 'add' }
  | { action: 'build' }
  | { action: 'publish' };

/** The page dispatchers live in: a station's day, routes by wave, DAs and vans dragged onto them. */
export function BoardPage() {
  useTitle('Dispatch');
  const { me, can } = useSession();
  const { defaultStationId } = useStation();
  const [stationId, setStationId] = useState(defaultStationId);
  const station = me.stations.find((s) => s.id === stationId);
  // The home page links a day's work here as ?date=YYYY-MM-DD.
  const [params] = useSearchParams();
  const [date, setDate] = useState(params.get('date') ?? '');
  const day = date || (station ? todayIn(station.timeZone) : '');
  const { query, board, reload } = useBoard(stationId, day);

  return (
    <div className="stack">
      <PageHeader
        title="Dispatch"
        description="Routes by wave with their DA and van. Drag a DA or a van onto a route; conflicts show before you drop."
      />
      <div className="filters card no-print">
        <StationSelect value={stationId} onValue={setStationId} />
        <TextField
          label="Day"
          type="date"
          value={day}
          onValue={setDate}
          hint="Today at the station unless you pick another day."
        />
      </div>
      {me.stations.length === 0 ? <p className="muted">No stations yet.</p> : null}
      <QueryStatus query={query} />
      {board ? <BoardView board={board} canWrite={can('dispatch.write')} reload={reload} /> : null}
    </div>
  );
}

function BoardView({
  board,
  canWrite,
  reload,
}: {
  board: Board;
  canWrite: boolean;
  reload: () => Promise<void>;
}) {
  const [dragged, setDragged] = useState<Dragged | null>(null);
  const [open, setOpen] = useState<Open | null>(null);
  const [note, setNote] = useState<string | null>(null);
  const [built, setBuilt] = useState<BuildResult | null>(null);
  const s = summary(board);
  const showBuilt = (r: BuildResult) => {
    setBuilt(r);
    setOpen(null);
    setNote(null);
    void reload();
  };

  const drop = useMutation({
    mutationFn: ({ route, item }: { route: BoardRoute; item: Dragged }) => {
      const outcome = dropOutcome(board, route, item);
      return dispatchApi.assign(route.id, {
        driverId: outcome.driverId,
        vanId: outcome.vanId,
        version: route.version,
      });
    },
    onMutate: () => setNote(null),
    onSuccess: (r) => setNote(r.warnings.length ? r.warnings.join(' ') : null),
    onSettled: () => reload(),
  });
  const checkIn = useMutation({
    mutationFn: (shiftId: string) => dispatchApi.checkIn(shiftId),
    onSettled: () => reload(),
  });
  const done = (text?: string) => {
    setOpen(null);
    setNote(text || null);
    void reload();
  };
  const close = () => setOpen(null);
  const props = open && 'route' in open ? { board, route: open.route, onClose: close, onDone: done } : null;

  return (
    <>
      <section className="card board-summary" aria-labelledby="board-day">
        <h2 id="board-day">
          {board.station.code} · {formatDate(board.date)}
        </h2>
        <ul className="board-counts">
          <li>
            <strong>{s.routes}</strong> {s.routes === 1 ? 'route' : 'routes'}
          </li>
          <li className={s.uncovered ? 'count-bad' : 'count-good'} data-testid="uncovered-count">
            <strong>{s.uncovered}</strong> uncovered
          </li>
          <li>
            <strong>{s.withoutVan}</strong> without a van
          </li>
          <li>
            <strong>{s.standbysFree}</strong> {s.standbysFree === 1 ? 'standby' : 'standbys'} free
          </li>
          <li>
            <strong>
              {s.checkedIn}/{s.scheduled}
            </strong>{' '}
            checked in
          </li>
          <li>
            <strong>{s.calledOut}</strong> called out
          </li>
          <li>
            {board.rosterPublishedAt
              ? `Roster published ${formatShort(board.rosterPublishedAt)}`
              : 'Roster not published'}
          </li>
        </ul>
        <StandbyLine board={board} />
        <div className="board-actions no-print">
          {canWrite ? (
            <>
              <button type="button" className="button-primary" onClick={() => setOpen({ action: 'build' })}>
                Build roster
              </button>
              <button
                type="button"
                className="button-secondary"
                onClick={() => setOpen({ action: 'publish' })}
              >
                {board.rosterPublishedAt ? 'Publish changes' : 'Publish roster'}
              </button>
              <button type="button" className="button-secondary" onClick={() => setOpen({ action: 'add' })}>
                Add route
              </button>
              <Link
                className="button-secondary"
                to={`/imports?kind=routes&stationId=${board.station.id}&date=${board.date}`}
              >
                Import routes
              </Link>
            </>
          ) : null}
          <a className="button-ghost" href={dispatchApi.exportUrl(board.station.id, board.date, 'csv')}>
            CSV
          </a>
          <a className="button-ghost" href={dispatchApi.exportUrl(board.station.id, board.date, 'xlsx')}>
            Excel
          </a>
          <a className="button-ghost" href={dispatchApi.exportUrl(board.station.id, board.date, 'pdf')}>
            PDF
          </a>
          <button type="button" className="button-ghost" onClick={() => window.print()}>
            Print
          </button>
        </div>
      </section>
      <ErrorNotice error={drop.error} title="Not saved:" />
      {note ? <Notice kind="warning">{note}</Notice> : null}
      {built && built.version >= board.version ? (
        <BuildOutcome
          result={built}
          routes={board.routes}
          stationId={board.station.id}
          date={board.date}
          onChange={showBuilt}
        />
      ) : null}
      {board.routes.length === 0 ? (
        <p className="muted">
          No routes for this day yet: import the day’s route file or add routes by hand.
        </p>
      ) : null}
      <div className={dragged ? 'board board-dragging' : 'board'}>
        <div className="board-waves">
          {waves(board.routes).map(([wave, routes]) => (
            <section key={wave} className="wave" aria-labelledby={`wave-${wave}`}>
              <h2 id={`wave-${wave}`}>
                Wave {wave}{' '}
                <span className="muted">
                  ({routes.filter((r) => r.driverId).length}/{routes.length} covered)
                </span>
              </h2>
              <div className="route-cards">
                {routes.map((r) => (
                  <RouteCard
                    key={r.id}
                    board={board}
                    route={r}
                    dragged={dragged}
                    canWrite={canWrite && !drop.isPending}
                    onDragStart={setDragged}
                    onDragEnd={() => setDragged(null)}
                    onDrop={(route, item) => {
                      setDragged(null);
                      drop.mutate({ route, item });
                    }}
                    onAction={(route, action) => setOpen({ route, action })}
                  />
                ))}
              </div>
            </section>
          ))}
        </div>
        <Pools
          board={board}
          canWrite={canWrite}
          onDragStart={setDragged}
          onDragEnd={() => setDragged(null)}
          onCheckIn={(id) => checkIn.mutate(id)}
        />
      </div>

      <RescueCounts board={board} />
      <AmazonEvents board={board} canWrite={canWrite} />

      {props && open && 'route' in open ? (
        open.action === 'assign' ? (
          <AssignDialog {...props} />
        ) : open.action === 'callout' ? (
          <CalloutDialog {...props} />
        ) : open.action === 'replacements' ? (
          <ReplacementsDialog {...props} />
        ) : open.action === 'close' ? (
          <CloseDialog {...props} />
        ) : open.action === 'rescue' ? (
          <RescueDialog {...props} />
        ) : (
          <RemoveRouteDialog {...props} />
        )
      ) : null}
      {open?.action === 'add' ? <AddRouteDialog board={board} onClose={close} onDone={done} /> : null}
      {open?.action === 'build' ? (
        <ConfirmDialog
          title="Build the roster"
          confirmLabel="Build"
          run={() => dispatchApi.build(board.station.id, board.date)}
          onDone={showBuilt}
          onCancel={close}
        >
          <p>
            Every route without a pinned pair gets the best DA and van the rules allow: covering every route
            first, then no avoidable overtime, then route familiarity, each DA’s usual van and stronger DAs on
            harder routes. Pinned pairs stay as they are. If covering more routes needs overtime, you decide
            on it next.
          </p>
        </ConfirmDialog>
      ) : null}
      {open?.action === 'publish' ? (
        <ConfirmDialog
          title="Publish the roster"
          confirmLabel="Publish"
          run={() => dispatchApi.publish(board.station.id, board.date)}
          onDone={(r) =>
            done(
              `${r.dasNotified} DAs told their route, van, staging and wave.${r.uncovered ? ` ${r.uncovered} routes are still uncovered.` : ''}`,
            )
          }
          onCancel={close}
        >
          <p>Each DA on a route sees it on their phone with their van, staging location and wave time.</p>
          {s.uncovered ? <p className="text-bad">{s.uncovered} routes have no DA yet.</p> : null}
        </ConfirmDialog>
      ) : null}
    </>
  );
}
