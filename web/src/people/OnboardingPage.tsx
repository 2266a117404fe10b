import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import { useSession } from '../app/auth.js';
import { useStation, useStationCode } from '../app/station.js';
import { StationFilter } from '../app/station-filter.js';
import { CellLines, DataTable } from '../app/table.js';
import { ErrorNotice } from '../app/ui/notice.js';
import { PageHeader } from '../app/ui/page.js';
import { QueryStatus, StatusBadge } from '../app/ui/status.js';
import { DRIVERS_KEY, peopleApi } from './api.js';
import { ChecklistStepsPanel } from './ChecklistStepsPanel.js';
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
  const { can } = useSession();
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
  const codeOf = useStationCode();

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
      <DataTable
        caption="Onboarding board"
        card
        wide
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
      {canWrite ? <ChecklistStepsPanel /> : null}
    </div>
  );
}
