import { Link } from 'react-router';
import { plural } from '../app/format.js';
import type { AutoScheduleResult } from './api.js';
import { formatDayShort } from './labels.js';

/** What the auto-scheduler did, and why days are still short and DAs got fewer days than asked. */
export function AutoResultPanel({ result, onClose }: { result: AutoScheduleResult; onClose: () => void }) {
  const gap =
    result.gap <= 0
      ? 'the best plan possible'
      : `within ${Math.max(0.1, Math.round(result.gap * 1000) / 10).toFixed(1)}% of the best plan possible`;
  return (
    <section className="card stack auto-result" aria-labelledby="auto-title" data-testid="auto-result">
      <div className="section-head">
        <h2 id="auto-title">Auto-schedule</h2>
        <button type="button" className="button-ghost button-small" onClick={onClose}>
          Close
        </button>
      </div>
      <p>
        {plural(result.shiftsCreated, 'shift')} added, {result.shiftsRemoved} taken off. The plan is {gap}.
        Check it, then publish the week.
      </p>
      <div className="explanations">
        <h3>Days short</h3>
        {result.dayGaps.length === 0 ? (
          <p className="muted">Every day’s routes and standbys are covered.</p>
        ) : (
          <ul>
            {result.dayGaps.map((g) => (
              <li key={`${g.date}:${g.message}`}>
                {/* The message names its day itself ("Tue 2026-12-08: 3 routes short — …") or not. */}
                {g.message.includes(g.date) ? null : <strong>{formatDayShort(g.date)}: </strong>}
                {g.message}
              </li>
            ))}
          </ul>
        )}
      </div>
      <div className="explanations">
        <h3>DAs given fewer days than asked</h3>
        {result.daGaps.length === 0 ? (
          <p className="muted">Every DA got the days they asked for.</p>
        ) : (
          <ul>
            {result.daGaps.map((g) => (
              <li key={g.message}>
                {g.message}
                {g.das.length ? ': ' : null}
                {g.das.map((d, i) => (
                  <span key={d.driverId}>
                    {i ? ', ' : null}
                    <Link to={`/drivers/${d.driverId}?tab=availability`}>{d.name}</Link>
                  </span>
                ))}
              </li>
            ))}
          </ul>
        )}
      </div>
    </section>
  );
}
