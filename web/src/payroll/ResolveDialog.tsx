import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import { FormDialog } from '../app/ui/dialog.js';
import { fieldError, SelectField, TextField } from '../app/ui/fields.js';
import {
  PUNCH_KIND_LABELS,
  payrollApi,
  payrollKeys,
  type QueuedException,
  RESOLUTION_LABELS,
  type Resolution,
} from './api.js';
import { clockOf } from './clock.js';

/**
 * Which resolutions fit an exception: a premium is owed only for a meal or a rest (CA Labor Code §226.7);
 * only a DA's question is answered, and it is answered or settled by a corrected punch.
 */
function fits(kind: string, r: Resolution): boolean {
  if (kind === 'da_question') return r === 'answered' || r === 'corrected';
  if (r === 'answered') return false;
  return r !== 'premium' || kind === 'meal' || kind === 'rest';
}

/** The resolution a manager most often gives a kind, chosen first; any other may be picked. */
function likely(kind: string): Resolution {
  if (kind === 'da_question') return 'answered';
  if (kind === 'meal' || kind === 'rest') return 'premium';
  if (['unapproved_overtime', 'day_hours', 'rolling_7_days_hours', 'days_in_7'].includes(kind))
    return 'overtime_approved';
  return 'corrected';
}

/** One resolution with a reason; "corrected" names the manager's punch of that DA-day that settles it. */
export function ResolveDialog({
  exception: ex,
  zone,
  onClose,
  onDone,
}: {
  exception: QueuedException;
  zone: string;
  onClose: () => void;
  onDone: (text: string) => void;
}) {
  const queryClient = useQueryClient();
  const choices = (Object.keys(RESOLUTION_LABELS) as Resolution[]).filter((r) => fits(ex.kind, r));
  const [resolution, setResolution] = useState<Resolution>(likely(ex.kind));
  const [reason, setReason] = useState('');
  const [correctionId, setCorrectionId] = useState('');
  const day = useQuery({
    queryKey: ['payroll', 'day-punches', ex.stationId, ex.workday],
    queryFn: () => payrollApi.dayPunches(ex.stationId, ex.workday),
    enabled: resolution === 'corrected',
  });
  const managers = (day.data?.items ?? []).filter(
    (p) => p.driverId === ex.driverId && p.source === 'manager',
  );
  const pickedCorrection = correctionId || managers.at(-1)?.id || '';
  const save = useMutation({
    mutationFn: () =>
      payrollApi.resolve(ex.id, {
        resolution,
        reason,
        ...(resolution === 'corrected' ? { correctionId: pickedCorrection } : {}),
      }),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: payrollKeys.all });
      onDone(`${ex.driverName}: ${RESOLUTION_LABELS[resolution].toLowerCase()}.`);
    },
  });
  const ready = reason.trim().length > 0 && (resolution !== 'corrected' || pickedCorrection !== '');
  const timecard = `/timecards?station=${ex.stationId}&week=${ex.workday}&da=${ex.driverId}&day=${ex.workday}`;
  return (
    <FormDialog
      title={`Resolve: ${ex.driverName}`}
      onClose={onClose}
      submission={save}
      ready={ready}
      submitLabel="Resolve"
      pendingLabel="Resolving…"
      intro={<p>{ex.message}</p>}
    >
      <SelectField
        label="Resolution"
        value={resolution}
        onValue={(v) => setResolution(v as Resolution)}
        options={choices.map((r) => ({ value: r, label: RESOLUTION_LABELS[r] }))}
        error={fieldError(save.error, 'resolution')}
      />
      {resolution === 'corrected' ? (
        managers.length > 0 ? (
          <SelectField
            label="The punch that settles it"
            value={pickedCorrection}
            onValue={setCorrectionId}
            options={managers.map((p) => ({
              value: p.id,
              label: `${clockOf(p.at, zone)} ${PUNCH_KIND_LABELS[p.kind]} — ${p.reason ?? ''}`,
            }))}
            error={fieldError(save.error, 'correctionId')}
          />
        ) : (
          <p className="notice notice-warning">
            No manager’s punch on this day yet.{' '}
            <Link to={timecard}>Add or correct the punch on the timecard</Link> (that resolves it by itself
            when the punch settles it).
          </p>
        )
      ) : null}
      <TextField
        label="Reason"
        value={reason}
        onValue={setReason}
        placeholder={resolution === 'waiver' ? 'e.g. Signed meal waiver on file, dated 2026-03-02' : ''}
        error={fieldError(save.error, 'reason')}
      />
    </FormDialog>
  );
}
