import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useSession } from '../app/auth.js';
import { FormDialog } from '../app/ui/dialog.js';
import { Checkbox, fieldError, SelectField, TextAreaField, TextField } from '../app/ui/fields.js';
import { DRIVERS_KEY } from './api.js';
import { ATTENDANCE_LABELS } from './record-labels.js';
import { ATTENDANCE_KINDS, type AttendanceKind, recordsApi } from './records-api.js';

/** Logs an attendance event for a DA: a call-out, no-call no-show, late arrival, early leave or sending home. */
export function LogAttendanceDialog({
  driverId,
  today,
  onClose,
}: {
  driverId: string;
  today: string;
  onClose: () => void;
}) {
  const { can } = useSession();
  const queryClient = useQueryClient();
  const [date, setDate] = useState(today);
  const [kind, setKind] = useState<AttendanceKind>('callout');
  const [noticeHours, setNoticeHours] = useState('');
  const [lateMinutes, setLateMinutes] = useState('');
  const [reason, setReason] = useState('');
  const [excused, setExcused] = useState(false);
  const notice = Number(noticeHours);
  const late = Number(lateMinutes);
  const ready =
    Boolean(date) &&
    (kind !== 'callout' || (noticeHours.trim() !== '' && notice >= 0)) &&
    (kind !== 'late' || (Number.isInteger(late) && late >= 1));
  const save = useMutation({
    mutationFn: () =>
      recordsApi.recordAttendance(driverId, {
        date,
        kind,
        ...(kind === 'callout' ? { noticeHours: notice } : {}),
        ...(kind === 'late' ? { lateMinutes: late } : {}),
        ...(reason.trim() ? { reason: reason.trim() } : {}),
        ...(excused ? { excused } : {}),
      }),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: DRIVERS_KEY });
      onClose();
    },
  });
  return (
    <FormDialog
      title="Log attendance"
      onClose={onClose}
      submission={save}
      ready={ready}
      whyNotReady="Choose the date and fill in the notice or minutes late."
      submitLabel="Log it"
      pendingLabel="Saving…"
    >
      <SelectField
        label="What happened"
        value={kind}
        onValue={(v) => setKind(v as AttendanceKind)}
        options={ATTENDANCE_KINDS.map((k) => ({ value: k, label: ATTENDANCE_LABELS[k] }))}
        error={fieldError(save.error, 'kind')}
      />
      <TextField
        label="Shift date"
        required
        type="date"
        value={date}
        onValue={setDate}
        error={fieldError(save.error, 'date')}
        hint="The station’s business date. A callout may be logged up to 14 days ahead."
      />
      {kind === 'callout' ? (
        <TextField
          label="Notice given (hours before the shift)"
          required
          value={noticeHours}
          onValue={setNoticeHours}
          inputMode="decimal"
          error={fieldError(save.error, 'noticeHours')}
          hint="e.g. 1.5 for a call an hour and a half before start."
        />
      ) : null}
      {kind === 'late' ? (
        <TextField
          label="Minutes late"
          required
          value={lateMinutes}
          onValue={setLateMinutes}
          inputMode="numeric"
          error={fieldError(save.error, 'lateMinutes')}
        />
      ) : null}
      <TextAreaField label="Reason" value={reason} onValue={setReason} rows={2} maxLength={500} />
      {can('people.write') ? (
        <Checkbox
          label="Excused (no points)"
          checked={excused}
          onChecked={setExcused}
          hint="e.g. a doctor’s note."
        />
      ) : null}
    </FormDialog>
  );
}
