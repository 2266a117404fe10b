import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { CellLines } from '../app/table.js';
import { fieldError, SelectField, TextField } from '../app/ui/fields.js';
import { Form, SubmitButton } from '../app/ui/form.js';
import { ErrorNotice } from '../app/ui/notice.js';
import { QueryStatus } from '../app/ui/status.js';
import { DRIVERS_KEY } from './api.js';
import { RenameStepDialog } from './RenameStepDialog.js';
import { type OnboardingStep, recordKeys, recordsApi } from './records-api.js';

/** The org's checklist: add, rename, reorder, retire and restore steps. */
export function ChecklistStepsPanel() {
  const queryClient = useQueryClient();
  const steps = useQuery({ queryKey: recordKeys.steps, queryFn: () => recordsApi.steps() });
  const [label, setLabel] = useState('');
  const [appliesTo, setAppliesTo] = useState<'all' | 'step_van'>('all');
  const [renaming, setRenaming] = useState<OnboardingStep | null>(null);
  const refresh = async () => {
    await queryClient.invalidateQueries({ queryKey: recordKeys.steps });
    await queryClient.invalidateQueries({ queryKey: DRIVERS_KEY });
  };
  const add = useMutation({
    mutationFn: () => recordsApi.addStep({ label: label.trim(), appliesTo, documentType: null }),
    onSuccess: async () => {
      setLabel('');
      await refresh();
    },
  });
  const change = useMutation({
    mutationFn: (v: { id: string; active: boolean }) => recordsApi.changeStep(v.id, { active: v.active }),
    onSuccess: refresh,
  });
  const order = useMutation({
    mutationFn: (ids: string[]) => recordsApi.orderSteps(ids),
    onSuccess: refresh,
  });
  const all = steps.data?.items ?? [];
  const active = all.filter((s) => s.active);
  const retired = all.filter((s) => !s.active);
  const move = (i: number, by: number) => {
    const ids = active.map((s) => s.id);
    const [id] = ids.splice(i, 1);
    if (id) ids.splice(i + by, 0, id);
    order.mutate(ids);
  };

  return (
    <details className="card">
      <summary>
        <strong>Checklist steps</strong> <span className="muted">— the steps every new DA goes through</span>
      </summary>
      <div className="stack">
        <QueryStatus query={steps} />
        <ErrorNotice error={change.error ?? order.error} />
        <ol className="checklist">
          {active.map((s, i) => (
            <li key={s.id}>
              <CellLines
                main={s.label}
                sub={s.appliesTo === 'step_van' ? 'Step-van drivers only' : 'Everyone'}
              />
              <div className="step-actions">
                <button
                  type="button"
                  className="button-ghost button-small"
                  disabled={i === 0 || order.isPending}
                  onClick={() => move(i, -1)}
                  aria-label={`Move ${s.label} up`}
                >
                  ↑
                </button>
                <button
                  type="button"
                  className="button-ghost button-small"
                  disabled={i === active.length - 1 || order.isPending}
                  onClick={() => move(i, 1)}
                  aria-label={`Move ${s.label} down`}
                >
                  ↓
                </button>
                <button
                  type="button"
                  className="button-secondary button-small"
                  onClick={() => setRenaming(s)}
                >
                  Rename<span className="sr-only"> {s.label}</span>
                </button>
                <button
                  type="button"
                  className="button-danger-ghost button-small"
                  onClick={() => change.mutate({ id: s.id, active: false })}
                >
                  Retire<span className="sr-only"> {s.label}</span>
                </button>
              </div>
            </li>
          ))}
        </ol>
        {retired.length ? (
          <p className="muted">
            Retired:{' '}
            {retired.map((s) => (
              <button
                key={s.id}
                type="button"
                className="link-button"
                onClick={() => change.mutate({ id: s.id, active: true })}
              >
                restore {s.label}
              </button>
            ))}
          </p>
        ) : null}
        <Form onSubmit={() => add.mutate()} className="filters">
          <TextField
            label="New step"
            value={label}
            onValue={setLabel}
            maxLength={80}
            error={fieldError(add.error, 'label')}
            placeholder="e.g. Uniform issued"
          />
          <SelectField
            label="For"
            value={appliesTo}
            onValue={(v) => setAppliesTo(v as 'all' | 'step_van')}
            options={[
              { value: 'all', label: 'Everyone' },
              { value: 'step_van', label: 'Step-van drivers only' },
            ]}
          />
          <div className="filter-actions">
            <SubmitButton
              pending={add.isPending}
              pendingLabel="Adding…"
              disabled={!label.trim()}
              whyDisabled="Name the step."
            >
              Add step
            </SubmitButton>
          </div>
        </Form>
      </div>
      {renaming ? (
        <RenameStepDialog step={renaming} onClose={() => setRenaming(null)} onSaved={refresh} />
      ) : null}
    </details>
  );
}
