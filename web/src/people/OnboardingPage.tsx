import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import { useSession } from '../app/auth.js';
import { StationFilter, useStation } from '../app/station.js';
import { CellLines, DataTable } from '../app/table.js';
import { FormDialog } from '../app/ui/dialog.js';
import { fieldError, SelectField, TextField } from '../app/ui/fields.js';
import { Form, SubmitButton } from '../app/ui/form.js';
import { ErrorNotice } from '../app/ui/notice.js';
import { PageHeader } from '../app/ui/page.js';
import { QueryStatus, StatusBadge } from '../app/ui/status.js';
import { DRIVERS_KEY, peopleApi } from './api.js';
import { ProgressBar } from './DriverOnboardingTab.js';
import { fullName, STATUS_LABELS, STATUS_TONES } from './labels.js';
import './people.css';
import { ONBOARDING_LABELS } from './record-labels.js';
import { type BoardItem, type OnboardingStep, recordKeys, recordsApi } from './records-api.js';

/**
 * Every applicant and onboarding DA with their checklist on one page: one click marks a step done (or back
 * to do), and a DA whose steps are all done is made active from here.
 */
export function OnboardingPage() {
  const { me, can } = useSession();
  const { stationId } = useStation();
  const [stationFilter, setStationFilter] = useState(stationId);
  const queryClient = useQueryClient();
  const board = useQuery({
    queryKey: [...recordKeys.board, stationFilter],
    queryFn: () => recordsApi.board(stationFilter || undefined),
  });
  const refresh = () => queryClient.invalidateQueries({ queryKey: DRIVERS_KEY });
  const toggle = useMutation({
    mutationFn: (v: { driverId: string; stepId: string; done: boolean }) =>
      recordsApi.setStep(v.driverId, v.stepId, { status: v.done ? 'done' : 'todo' }),
    onSuccess: refresh,
  });
  const activate = useMutation({
    mutationFn: (driverId: string) => peopleApi.changeStatus(driverId, { status: 'active' }),
    onSuccess: refresh,
  });
  const canWrite = can('people.write');
  const steps = board.data?.steps ?? [];
  const items = (board.data?.items ?? []).map((i) => ({ ...i, id: i.driver.id }));
  const codeOf = (id: string) => me.stations.find((s) => s.id === id)?.code ?? '—';

  const stepCell = (step: OnboardingStep) => (row: BoardItem) => {
    const status = row.steps[step.id];
    if (!status)
      return (
        <span className="step-na" title="Does not apply (step vans only)">
          n/a
        </span>
      );
    const name = fullName(row.driver);
    const flips = status === 'todo' || status === 'done';
    return (
      <button
        type="button"
        className={`step-cell step-${status}`}
        disabled={!canWrite || !flips || toggle.isPending}
        title={flips ? undefined : 'Change it on the DA’s profile (it has a note).'}
        aria-label={`${step.label} for ${name}: ${ONBOARDING_LABELS[status]}${
          canWrite && flips ? `. Mark ${status === 'todo' ? 'done' : 'to do'}` : ''
        }`}
        onClick={() => toggle.mutate({ driverId: row.driver.id, stepId: step.id, done: status === 'todo' })}
      >
        {status === 'todo' ? '—' : status === 'done' ? '✓' : ONBOARDING_LABELS[status]}
      </button>
    );
  };

  return (
    <div className="stack-lg">
      <PageHeader
        title="Onboarding"
        description="Applicants and new hires, step by step until they may drive. Click a step to mark it done."
      />
      <fieldset className="filters">
        <legend className="sr-only">Filter the board</legend>
        <StationFilter value={stationFilter} onValue={setStationFilter} />
      </fieldset>
      <ErrorNotice error={toggle.error ?? activate.error} />
      <QueryStatus query={board} isEmpty={items.length === 0} empty="Nobody is onboarding right now." />
      <div className="board">
        <DataTable
          caption="Onboarding board"
          card
          rows={items}
          testId="onboarding-board"
          columns={[
            {
              header: 'DA',
              cell: (row) => (
                <CellLines
                  main={
                    <Link to={`/drivers/${encodeURIComponent(row.driver.id)}?tab=onboarding`}>
                      {row.driver.lastName}, {row.driver.firstName}
                    </Link>
                  }
                  sub={
                    <>
                      <StatusBadge tone={STATUS_TONES[row.driver.status]}>
                        {STATUS_LABELS[row.driver.status]}
                      </StatusBadge>{' '}
                      <span className="mono">{codeOf(row.driver.homeStationId)}</span>
                    </>
                  }
                />
              ),
            },
            {
              header: 'Progress',
              cell: (row) => (
                <CellLines
                  main={`${row.progress.complete} of ${row.progress.total}`}
                  sub={<ProgressBar progress={row.progress} />}
                />
              ),
            },
            ...steps.map((step) => ({
              header: step.label,
              className: 'step-head',
              cell: stepCell(step),
            })),
          ]}
          actions={
            canWrite
              ? (row) =>
                  row.progress.ready ? (
                    <button
                      type="button"
                      className="button-primary button-small"
                      disabled={activate.isPending}
                      onClick={() => activate.mutate(row.driver.id)}
                    >
                      Make active<span className="sr-only"> {fullName(row.driver)}</span>
                    </button>
                  ) : row.progress.failed ? (
                    <StatusBadge tone="bad">{row.progress.failed} failed</StatusBadge>
                  ) : null
              : undefined
          }
        />
      </div>
      {canWrite ? <StepsPanel /> : null}
    </div>
  );
}

/** The org's checklist: add, rename, reorder, retire and restore steps. */
function StepsPanel() {
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
      {renaming ? <RenameDialog step={renaming} onClose={() => setRenaming(null)} onSaved={refresh} /> : null}
    </details>
  );
}

function RenameDialog({
  step,
  onClose,
  onSaved,
}: {
  step: OnboardingStep;
  onClose: () => void;
  onSaved: () => Promise<void>;
}) {
  const [label, setLabel] = useState(step.label);
  const save = useMutation({
    mutationFn: () => recordsApi.changeStep(step.id, { label: label.trim() }),
    onSuccess: async () => {
      await onSaved();
      onClose();
    },
  });
  return (
    <FormDialog
      title={`Rename ${step.label}`}
      onClose={onClose}
      submission={save}
      ready={Boolean(label.trim()) && label.trim() !== step.label}
      whyNotReady={label.trim() ? 'Nothing changed yet.' : 'Enter the name.'}
      submitLabel="Save"
      pendingLabel="Saving…"
    >
      <TextField
        label="Name"
        value={label}
        onValue={setLabel}
        maxLength={80}
        error={fieldError(save.error, 'label')}
      />
    </FormDialog>
  );
}
