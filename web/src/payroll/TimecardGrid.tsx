import { addDays, formatDayShort } from '../schedule/labels.js';
import type { TimecardDay, TimecardRow, Timecards } from './api.js';
import { hours } from './clock.js';

export interface DaySelection {
  driverId: string;
  date: string;
}

/** Whether a DA-day needs a look: an open exception, a law's violation, a cap crossed, or unpaired punches. */
export const flagged = (d: TimecardDay): boolean =>
  d.openExceptions > 0 || d.violations.length > 0 || d.flags.length > 0 || d.problems.length > 0;

function describe(row: TimecardRow, d: TimecardDay): string {
  const parts = [`${row.name}, ${formatDayShort(d.date)}`];
  parts.push(d.workedMinutes > 0 ? `${hours(d.workedMinutes)} h worked` : 'no time worked');
  if (d.minutes.OT) parts.push(`${hours(d.minutes.OT)} h overtime`);
  if (d.minutes.DT) parts.push(`${hours(d.minutes.DT)} h double time`);
  if (d.openExceptions) parts.push(`${d.openExceptions} open exception${d.openExceptions === 1 ? '' : 's'}`);
  if (d.violations.length) parts.push(d.violations.map((v) => v.rule).join(', '));
  return parts.join('; ');
}

function premiumText(t: TimecardRow['totals']): string {
  const parts = [
    t.mealPremiumHours ? `${t.mealPremiumHours} meal` : '',
    t.restPremiumHours ? `${t.restPremiumHours} rest` : '',
  ].filter(Boolean);
  return parts.length ? parts.join(', ') : '—';
}

/** The week grid: a DA a row (the name stays in view when scrolling sideways), a day a cell, then totals. */
export function TimecardGrid({
  data,
  selected,
  onSelect,
}: {
  data: Timecards;
  selected: DaySelection | null;
  onSelect: (s: DaySelection) => void;
}) {
  const dates = Array.from({ length: 7 }, (_, i) => addDays(data.weekStart, i));
  const sum = (pick: (r: TimecardRow) => number) => data.rows.reduce((s, r) => s + pick(r), 0);
  return (
    <section className="timecard-scroll" aria-label="Timecards of the week">
      <table className="timecard-grid">
        <thead>
          <tr>
            <th scope="col" className="timecard-name">
              DA
            </th>
            {dates.map((date) => (
              <th key={date} scope="col">
                {formatDayShort(date)}
              </th>
            ))}
            <th scope="col" className="timecard-total">
              REG
            </th>
            <th scope="col" className="timecard-total">
              OT
            </th>
            <th scope="col" className="timecard-total">
              DT
            </th>
            <th scope="col" className="timecard-total">
              Premium h
            </th>
          </tr>
        </thead>
        <tbody>
          {data.rows.map((row) => (
            <tr key={row.driverId}>
              <th scope="row" className="timecard-name">
                {row.name}
                {row.totals.openExceptions > 0 ? (
                  <span className="timecard-open" title="Open exceptions this week">
                    {row.totals.openExceptions} open
                  </span>
                ) : null}
              </th>
              {row.days.map((d) => {
                const isSelected = selected?.driverId === row.driverId && selected.date === d.date;
                return (
                  <td key={d.date}>
                    <button
                      type="button"
                      className={`timecard-cell${flagged(d) ? ' is-flagged' : ''}${isSelected ? ' is-selected' : ''}`}
                      aria-label={describe(row, d)}
                      aria-pressed={isSelected}
                      title={describe(row, d)}
                      onClick={() => onSelect({ driverId: row.driverId, date: d.date })}
                    >
                      <span className="timecard-hours">{hours(d.workedMinutes)}</span>
                      {d.minutes.OT || d.minutes.DT ? (
                        <span className="timecard-ot">
                          {d.minutes.OT ? `OT ${hours(d.minutes.OT)}` : ''}
                          {d.minutes.DT ? ` DT ${hours(d.minutes.DT)}` : ''}
                        </span>
                      ) : null}
                      {flagged(d) ? (
                        <span className="timecard-flag" aria-hidden="true">
                          ⚑
                        </span>
                      ) : null}
                    </button>
                  </td>
                );
              })}
              <td className="timecard-total">{hours(row.totals.minutes.REG)}</td>
              <td className="timecard-total">{hours(row.totals.minutes.OT)}</td>
              <td className="timecard-total">{hours(row.totals.minutes.DT)}</td>
              <td className="timecard-total">{premiumText(row.totals)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row" className="timecard-name">
              Total
            </th>
            {dates.map((date, i) => (
              <td key={date}>{hours(sum((r) => r.days[i]?.workedMinutes ?? 0))}</td>
            ))}
            <td className="timecard-total">{hours(sum((r) => r.totals.minutes.REG))}</td>
            <td className="timecard-total">{hours(sum((r) => r.totals.minutes.OT))}</td>
            <td className="timecard-total">{hours(sum((r) => r.totals.minutes.DT))}</td>
            <td className="timecard-total">
              {sum((r) => r.totals.mealPremiumHours + r.totals.restPremiumHours) || '—'}
            </td>
          </tr>
        </tfoot>
      </table>
    </section>
  );
}
