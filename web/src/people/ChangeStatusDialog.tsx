import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { formatDate } from '../app/format.js';
import { FormDialog } from '../app/ui/dialog.js';
import { Checkbox, fieldError, SelectField, TextAreaField, TextField } from '../app/ui/fields.js';
import { DRIVER_STATUSES, DRIVERS_KEY, type Driver, type DriverStatus, peopleApi } from './api.js';
import { fullName, STATUS_LABELS } from './labels.js';

/** The usual next step from each status, offered first when changing it. */
const NEXT_STATUS: Record<DriverStatus, DriverStatus> = {
  applicant: 'onboarding',
  onboarding: 'active',
  active: 'inactive',
  inactive: 'active',
  terminated: 'active',
};

const needsReason = (s: DriverStatus) => s === 'inactive' || s === 'terminated';

/** Moves a DA to another status, with the date and, for leaving, the reason. */
export function ChangeStatusDialog({
  driver,
  today,
  onClose,
  onSaved,
}: {
  driver: Driver;
  today: string;
  onClose: () => void;
  onSaved: (driver: Driver) => void;
}) {
  const queryClient = useQueryClient();
  const [status, setStatus] = useState<DriverStatus>(NEXT_STATUS[driver.status]);
  const [reason, setReason] = useState('');
  const [effectiveDate, setEffectiveDate] = useState(today);
  const [checksOnFile, setChecksOnFile] = useState(false);
  // A new hire becomes active once onboarding is done, unless the manager says the checks are on file.
  const hiring = status === 'active' && (driver.status === 'applicant' || driver.status === 'onboarding');
  const reasonNeeded = needsReason(status) || (hiring && checksOnFile);
  // The history reads in order: a change takes effect after the current status began, and not later than today.
  const dateProblem =
    effectiveDate && effectiveDate > today
      ? 'A status change cannot take effect in the future.'
      : effectiveDate && effectiveDate < driver.statusSince && driver.statusSince <= today
        ? `Not before ${formatDate(driver.statusSince)}, when the current status began.`
        : undefined;
  const change = useMutation({
    mutationFn: () =>
      peopleApi.changeStatus(driver.id, {
        status,
        ...(reason.trim() ? { reason: reason.trim() } : {}),
        ...(effectiveDate ? { effectiveDate } : {}),
        ...(hiring && checksOnFile ? { checksOnFile: true } : {}),
      }),
    onSuccess: async (saved) => {
      await queryClient.invalidateQueries({ queryKey: DRIVERS_KEY });
      onSaved(saved);
    },
  });
  const reasonHint =
    hiring && checksOnFile
      ? 'Say which checks are on file, e.g. “Rehire: checks from 2025 on file”. Kept in the status history.'
      : reasonNeeded
        ? `Required for ${STATUS_LABELS[status].toLowerCase()}. Kept in the status history.`
        : 'Optional. Kept in the status history.';

  return (
    <FormDialog
      title={`Change status of ${fullName(driver)}`}
      onClose={onClose}
      submission={change}
      ready={(!reasonNeeded || Boolean(reason.trim())) && !dateProblem}
      whyNotReady={dateProblem ? 'Fix the date.' : 'Write the reason.'}
      submitLabel="Change status"
      pendingLabel="Saving…"
      intro={
        <p className="muted">
          {STATUS_LABELS[driver.status]} since {formatDate(driver.statusSince)}
          {driver.statusReason ? ` (${driver.statusReason})` : ''}.
        </p>
      }
    >
      <SelectField
        label="New status"
        value={status}
        onValue={(s) => setStatus(s as DriverStatus)}
        options={DRIVER_STATUSES.filter((s) => s !== driver.status).map((s) => ({
          value: s,
          label: STATUS_LABELS[s],
        }))}
        error={fieldError(change.error, 'status')}
        hint={status === 'active' ? 'Active DAs with a valid license can be given work.' : undefined}
      />
      {hiring ? (
        <Checkbox
          label="Their checks are on file (a rehire, or checks done before Stationhand)"
          checked={checksOnFile}
          onChecked={setChecksOnFile}
          hint={
            fieldError(change.error, 'checksOnFile') ??
            'Otherwise a new hire becomes active once every onboarding step is done or waived.'
          }
        />
      ) : null}
      <TextAreaField
        label="Reason"
        value={reason}
        onValue={setReason}
        error={fieldError(change.error, 'reason')}
        hint={reasonHint}
        rows={3}
        maxLength={500}
        required={reasonNeeded}
      />
      <TextField
        label="Effective date"
        type="date"
        value={effectiveDate}
        onValue={setEffectiveDate}
        error={dateProblem ?? fieldError(change.error, 'effectiveDate')}
        hint="Today unless you are recording a change made earlier."
        min={driver.statusSince <= today ? driver.statusSince : undefined}
        max={today}
      />
    </FormDialog>
  );
}
