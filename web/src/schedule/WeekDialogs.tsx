import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Fragment, useState } from 'react';
import { Link } from 'react-router';
import { useSession } from '../app/auth.js';
import { plural } from '../app/format.js';
import { FormDialog } from '../app/ui/dialog.js';
import { Checkbox, fieldError, TextField } from '../app/ui/fields.js';
import {
  type AutoScheduleResult,
  type DispatchRules,
  scheduleApi,
  scheduleKeys,
  type Week,
  type WeekDemand,
} from './api.js';
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

const RULE_LINES: [string, (r: DispatchRules) => string][] = [
  ['Days a week', (r) => `at most ${r.maxDaysPerWeek}`],
  ['Hours a week', (r) => `at most ${hoursText(r.maxWeekMinutes)}`],
  [
    'Overtime',
    (r) =>
      r.overtimeAllowed ? `allowed, up to ${hoursText(r.maxWeekMinutesWithOvertime)} a week` : 'not allowed',
  ],
  ['Hours a day', (r) => `at most ${hoursText(r.maxDayMinutes)}`],
  ['Hours in any 7 days', (r) => `at most ${hoursText(r.maxSevenDayMinutes)}`],
  ['Rest between shifts', (r) => `at least ${hoursText(r.minRestMinutes)}`],
  ['Days in a row', (r) => `at most ${r.maxConsecutiveDays}`],
  ['Standby target', (r) => `every route covered ${percent(r.standbyCoverageTarget)} of mornings`],
];

/** The org's scheduling rules, folded away; owners and managers change them. */
export function RulesPanel({ rules }: { rules: DispatchRules }) {
  const { can } = useSession();
  const [editing, setEditing] = useState(false);
  return (
    <details className="card rules-panel">
      <summary>Scheduling rules</summary>
      <div className="stack">
        <p className="muted">
          The auto-scheduler never breaks them; a shift put in by hand that breaks one is saved with a
          warning. The hours a day, in any 7 days and the rest between shifts are hard limits on the day’s
          roster: it never breaks them, nor does Find a DA or a drop on the board.
        </p>
        <dl className="details">
          {RULE_LINES.map(([label, text]) => (
            <Fragment key={label}>
              <dt>{label}</dt>
              <dd>{text(rules)}</dd>
            </Fragment>
          ))}
        </dl>
        {can('schedule.rules') ? (
          <div>
            <button type="button" className="button-secondary button-small" onClick={() => setEditing(true)}>
              Change rules
            </button>
          </div>
        ) : null}
      </div>
      {editing ? <RulesDialog rules={rules} onClose={() => setEditing(false)} /> : null}
    </details>
  );
}

function RulesDialog({ rules, onClose }: { rules: DispatchRules; onClose: () => void }) {
  const queryClient = useQueryClient();
  const [draft, setDraft] = useState({
    maxDaysPerWeek: String(rules.maxDaysPerWeek),
    maxWeekHours: minutesToHours(rules.maxWeekMinutes),
    overtimeAllowed: rules.overtimeAllowed,
    maxOvertimeHours: minutesToHours(rules.maxWeekMinutesWithOvertime),
    minRestHours: minutesToHours(rules.minRestMinutes),
    maxDayHours: minutesToHours(rules.maxDayMinutes),
    maxSevenDayHours: minutesToHours(rules.maxSevenDayMinutes),
    maxConsecutiveDays: String(rules.maxConsecutiveDays),
    targetPercent: String(Math.round(rules.standbyCoverageTarget * 1000) / 10),
  });
  const set = (patch: Partial<typeof draft>) => setDraft({ ...draft, ...patch });
  const next: DispatchRules = {
    maxDaysPerWeek: Number(draft.maxDaysPerWeek),
    maxWeekMinutes: hoursToMinutes(draft.maxWeekHours),
    overtimeAllowed: draft.overtimeAllowed,
    maxWeekMinutesWithOvertime: hoursToMinutes(draft.maxOvertimeHours),
    minRestMinutes: hoursToMinutes(draft.minRestHours),
    maxDayMinutes: hoursToMinutes(draft.maxDayHours),
    maxSevenDayMinutes: hoursToMinutes(draft.maxSevenDayHours),
    maxConsecutiveDays: Number(draft.maxConsecutiveDays),
    standbyCoverageTarget: Math.round(Number(draft.targetPercent.replace(',', '.')) * 10) / 1000,
  };
  const ready = Object.values(next).every((v) => typeof v === 'boolean' || Number.isFinite(v));
  const save = useMutation({
    mutationFn: () => scheduleApi.saveRules(next),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: scheduleKeys.all });
      onClose();
    },
  });
  return (
    <FormDialog
      title="Scheduling rules"
      onClose={onClose}
      submission={save}
      ready={ready}
      whyNotReady="Every rule needs a number."
      submitLabel="Save rules"
      pendingLabel="Saving…"
      wide
      intro={<p className="muted">For every station of the organisation, from the next shift checked on.</p>}
    >
      <div className="form-grid">
        <TextField
          label="Most days a week"
          value={draft.maxDaysPerWeek}
          onValue={(v) => set({ maxDaysPerWeek: v })}
          inputMode="numeric"
          error={fieldError(save.error, 'maxDaysPerWeek')}
        />
        <TextField
          label="Most hours a week"
          value={draft.maxWeekHours}
          onValue={(v) => set({ maxWeekHours: v })}
          inputMode="decimal"
          error={fieldError(save.error, 'maxWeekMinutes')}
          hint="Hours past this are overtime, which the roster asks a dispatcher to approve."
        />
        <TextField
          label="Most hours a day"
          value={draft.maxDayHours}
          onValue={(v) => set({ maxDayHours: v })}
          inputMode="decimal"
          error={fieldError(save.error, 'maxDayMinutes')}
          hint="1 to 16; nobody is put on a route longer than this."
        />
        <TextField
          label="Most hours in any 7 days"
          value={draft.maxSevenDayHours}
          onValue={(v) => set({ maxSevenDayHours: v })}
          inputMode="decimal"
          error={fieldError(save.error, 'maxSevenDayMinutes')}
          hint="1 to 84, counting the 6 days before and the day itself."
        />
        <TextField
          label="Rest between shifts (hours)"
          value={draft.minRestHours}
          onValue={(v) => set({ minRestHours: v })}
          inputMode="decimal"
          error={fieldError(save.error, 'minRestMinutes')}
          hint="0 to 24, from the end of yesterday's route to the next wave."
        />
        <TextField
          label="Most days in a row"
          value={draft.maxConsecutiveDays}
          onValue={(v) => set({ maxConsecutiveDays: v })}
          inputMode="numeric"
          error={fieldError(save.error, 'maxConsecutiveDays')}
        />
        <TextField
          label="Standby target (%)"
          value={draft.targetPercent}
          onValue={(v) => set({ targetPercent: v })}
          inputMode="decimal"
          error={fieldError(save.error, 'standbyCoverageTarget')}
          hint="How often every route should be covered, 50 to 99.9."
        />
        <div className="field-check">
          <Checkbox
            label="Overtime allowed"
            checked={draft.overtimeAllowed}
            onChecked={(overtimeAllowed) => set({ overtimeAllowed })}
          />
        </div>
        {draft.overtimeAllowed ? (
          <TextField
            label="Most hours with overtime"
            value={draft.maxOvertimeHours}
            onValue={(v) => set({ maxOvertimeHours: v })}
            inputMode="decimal"
            error={fieldError(save.error, 'maxWeekMinutesWithOvertime')}
          />
        ) : null}
      </div>
    </FormDialog>
  );
}

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
