import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { ApiError } from '../app/api.js';
import { formatDateTime } from '../app/format.js';
import { ConfirmDialog, DoneDialog, FormDialog } from '../app/ui/dialog.js';
import { fieldError, SelectField, TextAreaField, TextField } from '../app/ui/fields.js';
import { StatusBadge } from '../app/ui/status.js';
import {
  type DriverDay,
  SHIFT_KINDS,
  type Shift,
  type ShiftKind,
  scheduleApi,
  scheduleKeys,
  type Week,
  type WeekDriver,
} from './api.js';
import {
  formatDayShort,
  hoursText,
  hoursToMinutes,
  KIND_LABELS,
  minutesToHours,
  STATUS_LABELS,
} from './labels.js';

/** The form's fields as the server names them; other paths of a refusal (`driverId`) are reasons. */
const FIELDS = ['kind', 'startTime', 'minutes', 'note', 'date', 'stationId'];

/**
 * Why the server refused, when it gave exactly one reason not tied to a field of the form (the
 * error notice lists two or more itself, and only the title for one).
 */
export function Refusal({ error, fields = FIELDS }: { error: unknown; fields?: string[] }) {
  if (!(error instanceof ApiError)) return null;
  const reasons = (error.problem.errors ?? []).filter(
    (e) => e.message !== error.message && !fields.some((f) => e.path === f || e.path.startsWith(`${f}.`)),
  );
  if (reasons.length !== 1) return null;
  return (
    <ul className="refusal" data-testid="refusal">
      {reasons.map((e) => (
        <li key={e.message}>{e.message}</li>
      ))}
    </ul>
  );
}

export const driverName = (d: WeekDriver['driver'] | { firstName: string; lastName: string }) =>
  `${d.firstName} ${d.lastName}`;

/** What the day looks like for the DA: availability, clearance and the shift's state, in words. */
export function DayFacts({ day }: { day: DriverDay }) {
  const { availability: a, clearance: c, shift } = day;
  const facts: { tone: 'good' | 'bad' | 'neutral' | 'warn'; text: string }[] = [];
  if (a.cause === 'time_off') facts.push({ tone: 'bad', text: `On ${a.reason ?? 'approved time off'}` });
  else if (!a.available) facts.push({ tone: 'warn', text: capitalise(a.reason ?? 'Not available') });
  if (a.timeOffPending) facts.push({ tone: 'warn', text: 'A time-off request for this day is waiting' });
  if (!c.cleared) facts.push({ tone: 'bad', text: `Not cleared to drive: ${c.reasons.join(' ')}` });
  if (a.preferred) facts.push({ tone: 'neutral', text: 'A preferred day' });
  if (shift) {
    if (shift.status !== 'scheduled') facts.push({ tone: 'bad', text: STATUS_LABELS[shift.status] });
    facts.push(
      shift.publishedAt
        ? { tone: 'good', text: `Published ${formatDateTime(shift.publishedAt)}` }
        : { tone: 'neutral', text: 'Draft: the DA will see it when the week is published' },
    );
    if (shift.confirmedAt)
      facts.push({ tone: 'good', text: `Confirmed ${formatDateTime(shift.confirmedAt)}` });
    if (shift.checkedInAt)
      facts.push({ tone: 'good', text: `Checked in ${formatDateTime(shift.checkedInAt)}` });
  }
  if (facts.length === 0) return null;
  return (
    <ul className="day-facts">
      {facts.map((f) => (
        <li key={f.text}>
          <StatusBadge tone={f.tone}>{f.text}</StatusBadge>
        </li>
      ))}
    </ul>
  );
}

const capitalise = (s: string) => (s ? s[0]?.toUpperCase() + s.slice(1) : s);

type Step = { step: 'edit' } | { step: 'remove' } | { step: 'saved'; warnings: string[]; shift: Shift };

/**
 * Puts a DA on a day (or changes or removes their shift): the day's facts on top, the server's
 * refusal when it refuses, and its warnings once saved.
 */
export function ShiftDialog({
  week,
  row,
  day,
  onClose,
  onDone,
}: {
  week: Week;
  row: WeekDriver;
  day: DriverDay;
  onClose: () => void;
  /** A message for the page once the dialog has closed on success. */
  onDone: (message: string) => void;
}) {
  const queryClient = useQueryClient();
  const existing = day.shift;
  const name = driverName(row.driver);
  const when = formatDayShort(day.date);
  const [step, setStep] = useState<Step>({ step: 'edit' });
  const [kind, setKind] = useState<ShiftKind>(existing?.kind ?? 'route');
  const defaultMinutes = (k: ShiftKind) =>
    k === 'standby' ? week.demand.standbyMinutes : week.demand.routeMinutes;
  const [startTime, setStartTime] = useState(existing?.startTime ?? week.demand.startTime);
  const [hours, setHours] = useState(minutesToHours(existing?.minutes ?? defaultMinutes(kind)));
  const [hoursTouched, setHoursTouched] = useState(Boolean(existing));
  const [note, setNote] = useState(existing?.note ?? '');
  const minutes = hoursToMinutes(hours);
  const minutesProblem =
    hours.trim() === ''
      ? undefined
      : !Number.isFinite(minutes) || minutes < 30 || minutes > 14 * 60
        ? 'Between 0.5 and 14 hours.'
        : undefined;
  const published = Boolean(week.published) || Boolean(existing?.publishedAt);

  const refresh = () => queryClient.invalidateQueries({ queryKey: scheduleKeys.all });
  const save = useMutation({
    mutationFn: () =>
      scheduleApi.putShift({
        stationId: week.station.id,
        driverId: row.driver.id,
        date: day.date,
        kind,
        startTime,
        minutes,
        note: note.trim() || null,
      }),
    onSuccess: async (result) => {
      await refresh();
      const message = `${name} is on ${when}: ${KIND_LABELS[result.shift.kind].toLowerCase()} at ${result.shift.startTime}.`;
      if (result.warnings.length) setStep({ step: 'saved', warnings: result.warnings, shift: result.shift });
      else onDone(message);
    },
  });

  if (step.step === 'saved') {
    return (
      <DoneDialog title="Saved, with warnings" onClose={onClose}>
        <p>
          {name} is on {when}: {KIND_LABELS[step.shift.kind].toLowerCase()} at {step.shift.startTime} for{' '}
          {hoursText(step.shift.minutes)}.
        </p>
        <div className="notice notice-warning" data-testid="shift-warnings">
          <strong>Check:</strong>
          <ul>
            {step.warnings.map((w) => (
              <li key={w}>{w}</li>
            ))}
          </ul>
        </div>
      </DoneDialog>
    );
  }

  if (step.step === 'remove' && existing) {
    return (
      <ConfirmDialog
        title={`Take ${name} off ${when}?`}
        confirmLabel="Take off the schedule"
        danger
        run={() => scheduleApi.removeShift(existing.id)}
        onDone={async () => {
          await refresh();
          onDone(`${name} is off the schedule on ${when}.`);
        }}
        onCancel={() => setStep({ step: 'edit' })}
      >
        <p>
          Their {KIND_LABELS[existing.kind].toLowerCase()} at {existing.startTime} comes off the schedule.
        </p>
        {existing.publishedAt ? (
          <p className="notice notice-info">The week is published: {name} gets a message at once.</p>
        ) : null}
      </ConfirmDialog>
    );
  }

  return (
    <FormDialog
      title={`${name} · ${when}`}
      onClose={onClose}
      submission={save}
      ready={Boolean(startTime) && Number.isFinite(minutes) && !minutesProblem}
      whyNotReady={startTime ? (minutesProblem ?? 'Enter the length.') : 'Enter the start time.'}
      submitLabel={existing ? 'Save shift' : 'Put on the schedule'}
      pendingLabel="Saving…"
      intro={
        <div className="stack">
          <DayFacts day={day} />
          {published ? (
            <p className="notice notice-info">
              This week is published: {name} gets a message about the change at once and confirms it again.
            </p>
          ) : null}
        </div>
      }
    >
      <Refusal error={save.error} />
      <div className="form-grid">
        <SelectField
          label="Kind"
          value={kind}
          onValue={(v) => {
            const k = v as ShiftKind;
            setKind(k);
            if (!hoursTouched) setHours(minutesToHours(defaultMinutes(k)));
          }}
          options={SHIFT_KINDS.map((k) => ({ value: k, label: KIND_LABELS[k] }))}
          error={fieldError(save.error, 'kind')}
        />
        <TextField
          label="Start"
          type="time"
          value={startTime}
          onValue={setStartTime}
          required
          error={fieldError(save.error, 'startTime')}
          hint={`The week starts routes at ${week.demand.startTime}.`}
        />
        <TextField
          label="Length (hours)"
          value={hours}
          onValue={(v) => {
            setHours(v);
            setHoursTouched(true);
          }}
          inputMode="decimal"
          required
          error={minutesProblem ?? fieldError(save.error, 'minutes')}
          hint={Number.isFinite(minutes) && !minutesProblem ? hoursText(minutes) : 'e.g. 10 or 9.5'}
        />
      </div>
      <TextAreaField
        label="Note"
        value={note}
        onValue={setNote}
        rows={2}
        maxLength={500}
        error={fieldError(save.error, 'note')}
        hint="Optional, e.g. who trains them or where to report."
      />
      {existing ? (
        <div className="form-actions form-actions-start">
          <button type="button" className="button-danger-ghost" onClick={() => setStep({ step: 'remove' })}>
            Take off the schedule
          </button>
        </div>
      ) : null}
    </FormDialog>
  );
}
