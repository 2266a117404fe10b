import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Fragment, useState } from 'react';
import { useSession } from '../app/auth.js';
import { FormDialog } from '../app/ui/dialog.js';
import { Checkbox, fieldError, TextField } from '../app/ui/fields.js';
import { type DispatchRules, scheduleApi, scheduleKeys } from './api.js';
import { hoursText, hoursToMinutes, minutesToHours, percent } from './labels.js';

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
