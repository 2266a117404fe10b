import { Link } from 'react-router';
import { plural } from '../app/format.js';
import type { DriverDay, Week, WeekDay, WeekDriver } from './api.js';
import {
  formatDayShort,
  formatMonthDay,
  hoursText,
  KIND_LABELS,
  percent,
  STATUS_LABELS,
  WEEKDAYS_SHORT,
  weekdayOf,
} from './labels.js';
import { driverName } from './ShiftDialog.js';

/** Why the DA cannot work the day, if they cannot: approved time off, availability, clearance. */
function blocker(
  day: DriverDay,
): { kind: 'time-off' | 'off' | 'not-cleared'; label: string; why: string } | null {
  const { availability: a, clearance: c } = day;
  if (a.cause === 'time_off')
    return { kind: 'time-off', label: 'Time off', why: a.reason ?? 'approved time off' };
  if (!a.available) return { kind: 'off', label: 'Off', why: a.reason ?? 'not available' };
  if (!c.cleared) return { kind: 'not-cleared', label: 'Not cleared', why: c.reasons.join(' ') };
  return null;
}

/** The cell in words, for screen readers and the hover title. */
function describe(row: WeekDriver, day: DriverDay): string {
  const parts: string[] = [];
  const s = day.shift;
  const block = blocker(day);
  if (s) {
    parts.push(`${KIND_LABELS[s.kind]} ${s.startTime} for ${hoursText(s.minutes)}`);
    if (s.status !== 'scheduled') parts.push(STATUS_LABELS[s.status]);
    parts.push(s.publishedAt ? 'published' : 'draft, not published');
    if (s.confirmedAt) parts.push('confirmed by the DA');
    if (block) parts.push(`but ${block.label.toLowerCase()}: ${block.why}`);
  } else if (block) {
    parts.push(`${block.label}: ${block.why}`);
  } else {
    parts.push('no shift');
  }
  if (day.availability.preferred) parts.push('preferred day');
  if (day.availability.timeOffPending) parts.push('Time off asked, waiting for a decision');
  return `${driverName(row.driver)}, ${formatDayShort(day.date)}: ${parts.join(', ')}`;
}

function slotClass(day: DriverDay): string {
  const s = day.shift;
  const names = ['slot'];
  if (s) {
    names.push('slot-shift', `slot-${s.kind}`);
    if (!s.publishedAt) names.push('slot-draft');
    if (s.status !== 'scheduled') names.push('slot-missed');
  } else {
    const block = blocker(day);
    if (block) names.push(`slot-${block.kind}`);
  }
  if (day.availability.preferred) names.push('slot-preferred');
  return names.join(' ');
}

function SlotContent({ day, canWrite }: { day: DriverDay; canWrite: boolean }) {
  const s = day.shift;
  const block = blocker(day);
  return (
    <>
      {s ? (
        <>
          <span className="slot-main">
            <span className="slot-kind">{KIND_LABELS[s.kind]}</span>{' '}
            <span className="slot-time">{s.startTime}</span>
            {s.confirmedAt ? (
              <span className="slot-confirmed" aria-hidden="true">
                {' '}
                ✓
              </span>
            ) : null}
          </span>
          <span className="slot-flags">
            {s.status !== 'scheduled' ? (
              <span className="slot-flag flag-bad">{STATUS_LABELS[s.status]}</span>
            ) : null}
            {!s.publishedAt ? <span className="slot-flag">Draft</span> : null}
            {block ? <span className="slot-flag flag-bad">{block.label}</span> : null}
          </span>
        </>
      ) : block ? (
        <span className="slot-main slot-why">{block.label}</span>
      ) : canWrite ? (
        <span className="slot-add" aria-hidden="true">
          +
        </span>
      ) : null}
      {day.availability.timeOffPending ? <span className="slot-flag flag-warn">Time off asked</span> : null}
      {day.availability.preferred ? (
        <span className="slot-pref" aria-hidden="true">
          ★
        </span>
      ) : null}
    </>
  );
}

function DaySummary({ day }: { day: WeekDay }) {
  const routes = day.routesKnown > 0 ? day.routesKnown : day.demand.routes;
  const p = day.standby;
  return (
    <div className="day-summary" data-testid={`day-summary-${day.date}`}>
      <div title={day.routesKnown > 0 ? `${day.routesKnown} routes entered for the day` : 'From the demand'}>
        Routes <strong>{day.scheduled.route}</strong>/{routes}
      </div>
      <div>
        Standbys <strong>{day.scheduled.standby}</strong>/{day.demand.standbys}
      </div>
      {day.scheduled.other > 0 ? <div className="muted">Other {day.scheduled.other}</div> : null}
      {day.scheduled.calledOut > 0 ? <div className="short">{day.scheduled.calledOut} called out</div> : null}
      {day.short.routes > 0 ? <div className="short">{plural(day.short.routes, 'route')} short</div> : null}
      {day.short.standbys > 0 ? (
        <div className="short">{plural(day.short.standbys, 'standby', 'standbys')} short</div>
      ) : null}
      {routes > 0 ? (
        <div
          className="standby-plan"
          title={`Standby plan: with ${plural(p.recommendedStandbys, 'standby', 'standbys')} every route is covered ${percent(p.coverageWithRecommended)} of the time. With the standbys scheduled now: ${percent(p.coverage)}. About ${percent(p.missRate)} of DAs miss a ${WEEKDAYS_SHORT[weekdayOf(day.date)]} (expected ${p.expectedMisses.toFixed(1)} today).`}
        >
          <div>
            Plan <strong>{p.recommendedStandbys}</strong> SB
          </div>
          <div>Covered {percent(p.coverage)}</div>
          <div>Miss {percent(p.missRate)}</div>
        </div>
      ) : null}
    </div>
  );
}

/**
 * The week as a grid: one row a DA, one column a day; a header row per day with the demand, what is
 * scheduled, what is short and the standby plan. Cells open the shift dialog for those who may edit.
 */
export function WeekGrid({
  week,
  rows,
  today,
  canWrite,
  onOpen,
}: {
  week: Week;
  rows: WeekDriver[];
  today: string;
  canWrite: boolean;
  onOpen: (row: WeekDriver, day: DriverDay) => void;
}) {
  const todayClass = (date: string) => (date === today ? 'is-today' : undefined);
  const r = week.rules;
  const hoursCap = r.overtimeAllowed
    ? Math.max(r.maxWeekMinutes, r.maxWeekMinutesWithOvertime)
    : r.maxWeekMinutes;
  return (
    <div className="week-scroll card flush">
      <table className="week-grid" data-testid="week-grid">
        <caption className="sr-only">
          Shifts of the week, one row per DA, one column per day from Sunday to Saturday
        </caption>
        <thead>
          <tr>
            <th scope="col" className="da-col">
              DA
            </th>
            {week.dates.map((date) => (
              <th key={date} scope="col" className={todayClass(date)}>
                <span className="day-name">{WEEKDAYS_SHORT[weekdayOf(date)]}</span>{' '}
                <span className="day-date">{formatMonthDay(date)}</span>
                {date === today ? <span className="sr-only"> (today)</span> : null}
              </th>
            ))}
          </tr>
          <tr className="summary-row">
            <th scope="row" className="da-col">
              <span className="summary-head">Scheduled / needed</span>
              <span className="cell-sub">standby plan</span>
            </th>
            {week.days.map((d) => (
              <td key={d.date} className={todayClass(d.date)}>
                <DaySummary day={d} />
              </td>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const under = row.scheduledDays < row.wantsDays;
            const over = row.scheduledDays > row.wantsDays || row.scheduledMinutes > hoursCap;
            return (
              <tr key={row.driver.id} data-testid={`week-row-${row.driver.id}`}>
                <th scope="row" className="da-col">
                  <Link to={`/drivers/${row.driver.id}?tab=availability`} className="da-name">
                    {driverName(row.driver)}
                  </Link>
                  <span className={`cell-sub${over ? ' over' : ''}`}>
                    {row.scheduledDays}/{row.wantsDays} days
                    {row.scheduledMinutes > 0 ? ` · ${hoursText(row.scheduledMinutes)}` : ''}
                    {under ? <span className="sr-only"> (wants more days)</span> : null}
                    {over ? <span className="sr-only"> (more than asked or over the hours cap)</span> : null}
                  </span>
                  {row.driver.status !== 'active' ? (
                    <span className="cell-sub">{row.driver.status}</span>
                  ) : null}
                </th>
                {row.days.map((day) => {
                  const label = describe(row, day);
                  return (
                    <td key={day.date} className={todayClass(day.date)}>
                      {canWrite ? (
                        <button
                          type="button"
                          className={slotClass(day)}
                          aria-label={label}
                          title={label}
                          data-date={day.date}
                          onClick={() => onOpen(row, day)}
                        >
                          <SlotContent day={day} canWrite />
                        </button>
                      ) : (
                        <div className={slotClass(day)} title={label} data-date={day.date}>
                          <span className="sr-only">{label}</span>
                          <span aria-hidden="true">
                            <SlotContent day={day} canWrite={false} />
                          </span>
                        </div>
                      )}
                    </td>
                  );
                })}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

/** What the marks in the grid mean. */
export function GridLegend() {
  return (
    <ul className="grid-legend" aria-label="What the marks mean">
      <li>
        <span className="slot slot-shift slot-route legend-swatch">Route 10:20</span> published
      </li>
      <li>
        <span className="slot slot-shift slot-route slot-draft legend-swatch">Route 10:20</span> draft, not
        published yet
      </li>
      <li>
        <span className="slot-confirmed">✓</span> confirmed by the DA
      </li>
      <li>
        <span className="slot-pref legend-pref">★</span> a day the DA prefers
      </li>
      <li>
        <span className="slot-flag flag-warn">Time off asked</span> a request waits for a decision
      </li>
      <li>
        <span className="slot slot-off legend-swatch">Off</span> /{' '}
        <span className="slot slot-time-off legend-swatch">Time off</span> /{' '}
        <span className="slot slot-not-cleared legend-swatch">Not cleared</span> can’t work that day
      </li>
    </ul>
  );
}
