import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { plural } from '../app/format.js';
import { FormDialog } from '../app/ui/dialog.js';
import { fieldError, TextField } from '../app/ui/fields.js';
import { scheduleApi, scheduleKeys, type Week, type WeekDemand } from './api.js';
import { formatDayShort, hoursText, hoursToMinutes, minutesToHours, percent } from './labels.js';

const isCount = (v: string, max: number) => /^\d+$/.test(v.trim()) && Number(v) <= max;

/** What the week must cover: routes and standbys per day, shift lengths and the start time. */
export function DemandDialog({
  week,
  onClose,
  onSaved,
}: {
  week: Week;
  onClose: () => void;
  onSaved: () => void;
}) {
  const queryClient = useQueryClient();
  const [days, setDays] = useState(() =>
    week.demand.days.map((d) => ({ routes: String(d.routes), standbys: String(d.standbys) })),
  );
  const [routeHours, setRouteHours] = useState(minutesToHours(week.demand.routeMinutes));
  const [standbyHours, setStandbyHours] = useState(minutesToHours(week.demand.standbyMinutes));
  const [startTime, setStartTime] = useState(week.demand.startTime);
  const routeMinutes = hoursToMinutes(routeHours);
  const standbyMinutes = hoursToMinutes(standbyHours);
  const lengthProblem = (m: number) =>
    !Number.isFinite(m) || m < 60 || m > 14 * 60 ? 'Between 1 and 14 hours.' : undefined;
  const ready =
    days.every((d) => isCount(d.routes, 300) && isCount(d.standbys, 60)) &&
    !lengthProblem(routeMinutes) &&
    !lengthProblem(standbyMinutes) &&
    /^\d\d:\d\d$/.test(startTime);
  const demand: WeekDemand = {
    days: days.map((d) => ({ routes: Number(d.routes), standbys: Number(d.standbys) })),
    routeMinutes,
    standbyMinutes,
    startTime,
  };
  const save = useMutation({
    mutationFn: () => scheduleApi.saveDemand(week.station.id, week.weekStart, demand),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: scheduleKeys.all });
      onSaved();
    },
  });
  const set = (i: number, key: 'routes' | 'standbys', value: string) =>
    setDays(days.map((d, j) => (j === i ? { ...d, [key]: value } : d)));
  const cellError = (i: number, key: 'routes' | 'standbys', max: number) =>
    (days[i] && !isCount(days[i][key], max) ? `0 to ${max}.` : undefined) ??
    fieldError(save.error, `days.${i}.${key}`);

  return (
    <FormDialog
      title={`Demand for the week of ${formatDayShort(week.weekStart)}`}
      onClose={onClose}
      submission={save}
      ready={ready}
      whyNotReady="Fix the fields marked in red."
      submitLabel="Save demand"
      pendingLabel="Saving…"
      wide
      intro={
        <p className="muted">
          What {week.station.code} must cover each day. Routes entered or imported for a day replace its
          number here; the shortfalls, the standby plan and the auto-scheduler follow it.
        </p>
      }
    >
      <div className="table-wrap">
        <table className="compact demand-table">
          <caption className="sr-only">Routes and standbys per day</caption>
          <thead>
            <tr>
              <th scope="col">Day</th>
              <th scope="col">Routes</th>
              <th scope="col">Standbys</th>
              <th scope="col">Standby plan</th>
            </tr>
          </thead>
          <tbody>
            {week.dates.map((date, i) => {
              const d = days[i] ?? { routes: '', standbys: '' };
              const day = week.days[i];
              const routeError = cellError(i, 'routes', 300);
              const standbyError = cellError(i, 'standbys', 60);
              return (
                <tr key={date}>
                  <th scope="row">
                    {formatDayShort(date)}
                    {day && day.routesKnown > 0 ? (
                      <span className="cell-sub">{plural(day.routesKnown, 'route')} entered</span>
                    ) : null}
                  </th>
                  <td>
                    <input
                      aria-label={`Routes on ${formatDayShort(date)}`}
                      inputMode="numeric"
                      value={d.routes}
                      onChange={(e) => set(i, 'routes', e.target.value)}
                      aria-invalid={routeError ? true : undefined}
                      className="count-input"
                    />
                    {routeError ? <p className="field-error">{routeError}</p> : null}
                  </td>
                  <td>
                    <input
                      aria-label={`Standbys on ${formatDayShort(date)}`}
                      inputMode="numeric"
                      value={d.standbys}
                      onChange={(e) => set(i, 'standbys', e.target.value)}
                      aria-invalid={standbyError ? true : undefined}
                      className="count-input"
                    />
                    {standbyError ? <p className="field-error">{standbyError}</p> : null}
                  </td>
                  <td className="muted">
                    {day && (day.routesKnown || day.demand.routes) > 0
                      ? `${day.standby.recommendedStandbys} for ${percent(day.standby.coverageWithRecommended)}`
                      : '—'}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <div className="form-grid">
        <TextField
          label="Route shift (hours)"
          value={routeHours}
          onValue={setRouteHours}
          inputMode="decimal"
          error={
            (routeHours.trim() ? lengthProblem(routeMinutes) : undefined) ??
            fieldError(save.error, 'routeMinutes')
          }
          hint={lengthProblem(routeMinutes) ? undefined : hoursText(routeMinutes)}
        />
        <TextField
          label="Standby shift (hours)"
          value={standbyHours}
          onValue={setStandbyHours}
          inputMode="decimal"
          error={
            (standbyHours.trim() ? lengthProblem(standbyMinutes) : undefined) ??
            fieldError(save.error, 'standbyMinutes')
          }
          hint={lengthProblem(standbyMinutes) ? undefined : hoursText(standbyMinutes)}
        />
        <TextField
          label="Start (first wave)"
          type="time"
          value={startTime}
          onValue={setStartTime}
          error={fieldError(save.error, 'startTime')}
        />
      </div>
    </FormDialog>
  );
}
