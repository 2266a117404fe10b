import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { todayIn } from '../app/format.js';
import { Checkbox, TextAreaField, TextField } from '../app/ui/fields.js';
import { Form, SubmitButton } from '../app/ui/form.js';
import { ErrorNotice } from '../app/ui/notice.js';
import { type CatalogueEntry, PERFORMANCE_KEY, type ProfileView, performanceApi } from './api.js';
import { METRIC_LABELS } from './labels.js';
import { draftOf, type MetricDraft, nextSunday, type ProfileDraft, profileOf } from './profile-draft.js';

const BAND_LABELS: Record<keyof ProfileDraft['bands'], string> = {
  fantastic_plus: 'Fantastic Plus from',
  fantastic: 'Fantastic from',
  great: 'Great from',
  fair: 'Fair from',
};
const CAP_LABELS: Record<keyof ProfileDraft['poorCaps'], string> = {
  one: 'Cap with one Poor metric',
  twoOrMore: 'Cap with two or more',
  penaltyPerPoor: 'Less per Poor metric',
  maxPenalty: 'At most less',
};

/** One metric's fields: tier thresholds in the metric's own unit, its weight, what it means to a DA. */
function MetricFields({
  entry,
  value,
  onChange,
}: {
  entry: CatalogueEntry;
  value: MetricDraft;
  onChange: (next: MetricDraft) => void;
}) {
  const set = (patch: Partial<MetricDraft>) => onChange({ ...value, ...patch });
  const unit = entry.unit === 'ratio' ? '%' : entry.unit;
  const better = entry.direction === 'higher' ? 'at least' : 'at most';
  return (
    <details className="card profile-metric">
      <summary>
        {METRIC_LABELS.en[entry.key]} <span className="muted">({entry.direction} is better)</span>
      </summary>
      <div className="form-grid">
        {(['fantastic', 'great', 'fair'] as const).map((tier) => (
          <TextField
            key={tier}
            label={`${tier[0]?.toUpperCase()}${tier.slice(1)}: ${better} (${unit})`}
            inputMode="decimal"
            value={value[tier]}
            onValue={(v) => set({ [tier]: v })}
            hint="Blank: not known"
          />
        ))}
      </div>
      <Checkbox
        label="The threshold itself misses the tier (under rather than up to)"
        checked={value.strict}
        onChecked={(strict) => set({ strict })}
      />
      <div className="form-grid">
        <TextField
          label="Weight in the score"
          inputMode="decimal"
          value={value.weight}
          onValue={(v) => set({ weight: v })}
          hint="Points per unit; shares as fractions; 0 leaves it out"
        />
        <TextField
          label="Counts as 1 − value ÷"
          inputMode="decimal"
          value={value.scale}
          onValue={(v) => set({ scale: v })}
          hint="Blank: the value itself"
        />
        <TextField
          label={`With no data, take (${unit})`}
          inputMode="decimal"
          value={value.ifNoData}
          onValue={(v) => set({ ifNoData: v })}
          hint="Blank: no score without it"
        />
      </div>
      <TextAreaField
        label="What it means (English)"
        value={value.en}
        onValue={(en) => set({ en })}
        rows={2}
      />
      <TextAreaField
        label="Qué significa (español)"
        value={value.es}
        onValue={(es) => set({ es })}
        rows={2}
      />
    </details>
  );
}

/** The owner's editor of the profile in force from a week on; earlier weeks keep the one they had. */
export function ProfileEditor({ view, onDone }: { view: ProfileView; onDone: () => void }) {
  const queryClient = useQueryClient();
  const [draft, setDraft] = useState<ProfileDraft>(() =>
    draftOf(view.inForce.profile, nextSunday(todayIn(undefined))),
  );
  const save = useMutation({
    mutationFn: () => performanceApi.saveProfile(draft.effectiveWeek, profileOf(draft)),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: PERFORMANCE_KEY });
      onDone();
    },
  });
  const set = (patch: Partial<ProfileDraft>) => setDraft((d) => ({ ...d, ...patch }));
  return (
    <Form onSubmit={() => save.mutate()} className="stack card" aria-label="Edit the scoring profile">
      <ErrorNotice error={save.error} title="Not saved." />
      <div className="form-grid">
        <TextField label="Name" value={draft.name} onValue={(name) => set({ name })} />
        <TextField
          label="In force from the week of"
          type="date"
          value={draft.effectiveWeek}
          onValue={(effectiveWeek) => set({ effectiveWeek })}
          hint="A Sunday: Amazon’s weeks start on Sundays."
        />
      </div>
      <Checkbox
        label="An estimate (not Amazon’s own formula)"
        checked={draft.estimate}
        onChecked={(estimate) => set({ estimate })}
      />
      <div className="form-grid">
        <TextField
          label="Score starts at"
          inputMode="decimal"
          value={draft.intercept}
          onValue={(intercept) => set({ intercept })}
        />
        {(Object.keys(BAND_LABELS) as (keyof ProfileDraft['bands'])[]).map((k) => (
          <TextField
            key={k}
            label={BAND_LABELS[k]}
            inputMode="decimal"
            value={draft.bands[k]}
            onValue={(v) => set({ bands: { ...draft.bands, [k]: v } })}
          />
        ))}
      </div>
      <div className="form-grid">
        {(Object.keys(CAP_LABELS) as (keyof ProfileDraft['poorCaps'])[]).map((k) => (
          <TextField
            key={k}
            label={CAP_LABELS[k]}
            inputMode="decimal"
            value={draft.poorCaps[k]}
            onValue={(v) => set({ poorCaps: { ...draft.poorCaps, [k]: v } })}
          />
        ))}
      </div>
      {view.catalogue.map((entry) => (
        <MetricFields
          key={entry.key}
          entry={entry}
          value={draft.metrics[entry.key]}
          onChange={(m) => set({ metrics: { ...draft.metrics, [entry.key]: m } })}
        />
      ))}
      <div className="form-actions">
        <button
          type="button"
          className="button-secondary"
          onClick={() => setDraft(draftOf(view.defaultProfile, draft.effectiveWeek))}
        >
          Start from the community estimate
        </button>
        <button type="button" className="button-secondary" onClick={onDone}>
          Cancel
        </button>
        <SubmitButton pending={save.isPending} pendingLabel="Saving…">
          Save
        </SubmitButton>
      </div>
    </Form>
  );
}
