import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { FormDialog } from '../app/ui/dialog.js';
import { fieldError, SelectField, TextField } from '../app/ui/fields.js';
import {
  type PayrollSettings,
  PERIODS_KEY,
  periodsApi,
  SETTINGS_KEY,
  type SettingsAnswer,
} from './periods-api.js';

const ITEM_LABEL = {
  REG: 'Regular',
  OT: 'Overtime',
  DT: 'Double time',
  MEAL: 'Meal premium',
  REST: 'Rest premium',
};

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/**
 * The owner's payroll settings: how often the DSP pays and from which day, the workweek's first day,
 * the org's caps (the day, 7 days, days in 7, overtime only when approved) and its own pay codes.
 */
export function PayrollSettingsDialog({
  current,
  onClose,
}: {
  current: SettingsAnswer;
  onClose: () => void;
}) {
  const queryClient = useQueryClient();
  const [draft, setDraft] = useState(current.settings);
  const caps = draft.caps;
  const setCaps = (change: Partial<typeof caps>) => setDraft({ ...draft, caps: { ...caps, ...change } });
  const hours = (minutes: number) => String(minutes / 60);
  const minutesOf = (v: string) => Math.round(Number(v) * 60);
  const save = useMutation({
    mutationFn: () => periodsApi.saveSettings(draft),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: SETTINGS_KEY });
      await queryClient.invalidateQueries({ queryKey: PERIODS_KEY });
      onClose();
    },
  });
  type ProviderId = keyof PayrollSettings['providers'];
  const setProvider = (id: ProviderId, change: Partial<PayrollSettings['providers'][ProviderId]>) =>
    setDraft((d) => ({ ...d, providers: { ...d.providers, [id]: { ...d.providers[id], ...change } } }));

  return (
    <FormDialog
      title="Payroll settings"
      onClose={onClose}
      submission={save}
      ready={Boolean(draft.firstPeriodStart)}
      submitLabel="Save settings"
      pendingLabel="Saving…"
      wide
    >
      <div className="form-grid">
        <SelectField
          label="Pay frequency"
          value={draft.frequency}
          onValue={(v) => setDraft({ ...draft, frequency: v as PayrollSettings['frequency'] })}
          options={[
            { value: 'weekly', label: 'Weekly' },
            { value: 'biweekly', label: 'Every two weeks' },
          ]}
        />
        <TextField
          label="First pay period starts"
          type="date"
          value={draft.firstPeriodStart}
          onValue={(v) => setDraft({ ...draft, firstPeriodStart: v })}
          hint={`A ${WEEKDAYS[draft.workweekStartsOn]}: the workweek's first day.`}
          error={fieldError(save.error, 'firstPeriodStart')}
        />
        <SelectField
          label="Workweek starts on"
          value={String(draft.workweekStartsOn)}
          onValue={(v) => setDraft({ ...draft, workweekStartsOn: Number(v) })}
          options={WEEKDAYS.map((label, i) => ({ value: String(i), label }))}
        />
      </div>
      <fieldset className="stack">
        <legend>The org's caps (flags for managers, not law)</legend>
        <div className="form-grid">
          <TextField
            label="Longest day (hours)"
            type="number"
            value={hours(caps.maxDayMinutes)}
            onValue={(v) => setCaps({ maxDayMinutes: minutesOf(v) })}
            error={fieldError(save.error, 'caps.maxDayMinutes')}
            hint="Shared with Settings → Scheduling."
          />
          <TextField
            label="Most hours in any 7 days"
            type="number"
            value={hours(caps.maxRolling7DaysMinutes)}
            onValue={(v) => setCaps({ maxRolling7DaysMinutes: minutesOf(v) })}
            error={fieldError(save.error, 'caps.maxRolling7DaysMinutes')}
            hint="Shared with Settings → Scheduling."
          />
          <TextField
            label="Most days worked in any 7"
            type="number"
            value={String(caps.maxDaysIn7)}
            onValue={(v) => setCaps({ maxDaysIn7: Number(v) })}
            error={fieldError(save.error, 'caps.maxDaysIn7')}
          />
          <SelectField
            label="Overtime"
            value={caps.overtimeNeedsApproval ? 'approval' : 'allowed'}
            onValue={(v) => setCaps({ overtimeNeedsApproval: v === 'approval' })}
            options={[
              { value: 'approval', label: 'Only when approved (on the roster or in the queue)' },
              { value: 'allowed', label: 'Allowed in advance' },
            ]}
          />
        </div>
      </fieldset>
      {current.providers.map((p) => (
        <fieldset key={p.id} className="stack">
          <legend>{p.label}</legend>
          {p.coded.length === 0 && !p.companyCode ? (
            <p className="muted">Fixed columns: nothing to map.</p>
          ) : null}
          <div className="form-grid">
            {p.companyCode ? (
              <TextField
                label={p.companyCode}
                value={draft.providers[p.id].companyCode}
                onValue={(v) => setProvider(p.id, { companyCode: v })}
                error={fieldError(save.error, `providers.${p.id}.companyCode`)}
                maxLength={30}
              />
            ) : null}
            {p.coded.map((item) => (
              <TextField
                key={item}
                label={`${ITEM_LABEL[item]} code`}
                value={draft.providers[p.id].codes[item]}
                onValue={(v) => setProvider(p.id, { codes: { ...draft.providers[p.id].codes, [item]: v } })}
                error={fieldError(save.error, `providers.${p.id}.codes.${item}`)}
                maxLength={30}
              />
            ))}
          </div>
        </fieldset>
      ))}
    </FormDialog>
  );
}
