import { formatDateTime, plural } from '../app/format.js';
import type { Week } from './api.js';
import { formatWeek } from './labels.js';

/** The week's state (published or not) and what can be done to it. */
export function WeekBar({
  week,
  isThisWeek,
  canWrite,
  onDemand,
  onAuto,
  onPublish,
}: {
  week: Week;
  isThisWeek: boolean;
  canWrite: boolean;
  onDemand: () => void;
  onAuto: () => void;
  onPublish: () => void;
}) {
  const shifts = week.drivers.reduce((n, d) => n + d.days.filter((x) => x.shift).length, 0);
  const shortRoutes = week.days.reduce((n, d) => n + d.short.routes, 0);
  const shortStandbys = week.days.reduce((n, d) => n + d.short.standbys, 0);
  const nothingToPublish = week.unpublishedShifts === 0;
  return (
    <section className="card week-bar" aria-labelledby="week-title" data-testid="week-bar">
      <div className="week-bar-head">
        <div>
          <h2 id="week-title">
            {week.station.code} · {formatWeek(week.weekStart)}
            {isThisWeek ? <span className="muted"> (this week)</span> : null}
          </h2>
          <p className="week-state">
            {week.published ? (
              <span className="badge badge-good">Published</span>
            ) : (
              <span className="badge badge-warn">Not published</span>
            )}{' '}
            {week.published
              ? `${formatDateTime(week.published.at)}${week.published.by ? ` by ${week.published.by}` : ''}`
              : 'DAs don’t see this week yet.'}
            {week.unpublishedShifts > 0 ? (
              <strong> · {plural(week.unpublishedShifts, 'shift')} not published</strong>
            ) : null}
          </p>
          <p className="muted">
            {plural(shifts, 'shift')} for {plural(week.drivers.length, 'DA')}
            {shortRoutes + shortStandbys > 0 ? (
              <>
                {' · '}
                <span className="short">
                  short{' '}
                  {[
                    shortRoutes ? plural(shortRoutes, 'route') : '',
                    shortStandbys ? plural(shortStandbys, 'standby', 'standbys') : '',
                  ]
                    .filter(Boolean)
                    .join(' and ')}
                </span>
              </>
            ) : null}
          </p>
        </div>
        {canWrite ? (
          <div className="week-actions">
            <button type="button" className="button-secondary" onClick={onDemand}>
              Edit demand
            </button>
            <button type="button" className="button-secondary" onClick={onAuto}>
              Auto-schedule
            </button>
            <button
              type="button"
              className="button-primary"
              onClick={onPublish}
              disabled={nothingToPublish}
              aria-describedby={nothingToPublish ? 'publish-note' : undefined}
            >
              Publish week
            </button>
          </div>
        ) : null}
      </div>
      {canWrite && nothingToPublish ? (
        <p className="hint" id="publish-note">
          {shifts === 0
            ? 'Nothing to publish yet: put DAs on days first.'
            : 'Nothing to publish: every shift of this week is out.'}
        </p>
      ) : null}
    </section>
  );
}
