import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { FormDialog, fieldError, SelectField, TextField } from '../app/ui.js';
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

/** The owner's payroll settings: how often the DSP pays, from which Sunday, and its own pay codes. */
export function PayrollSettingsDialog({
  current,
  onClose,
}: {
  current: SettingsAnswer;
  onClose: () => void;
}) {
  const queryClient = useQueryClient();
  const [draft, setDraft] = useState<PayrollSettings>(current.settings);
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
          hint="A Sunday: the workweek starts on Sunday."
          error={fieldError(save.error, 'body.firstPeriodStart')}
        />
      </div>
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
              />
            ) : null}
            {p.coded.map((item) => (
              <TextField
                key={item}
                label={`${ITEM_LABEL[item]} code`}
                value={draft.providers[p.id].codes[item]}
                onValue={(v) => setProvider(p.id, { codes: { ...draft.providers[p.id].codes, [item]: v } })}
                error={fieldError(save.error, `body.providers.${p.id}.codes.${item}`)}
              />
            ))}
          </div>
        </fieldset>
      ))}
    </FormDialog>
  );
}
