import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { fieldError, SelectField, TextField } from '../app/ui/fields.js';
import { Form, SubmitButton } from '../app/ui/form.js';
import { ErrorNotice } from '../app/ui/notice.js';
import { PUNCH_KIND_LABELS, type Punch, type PunchKind, payrollApi, payrollKeys } from './api.js';
import { clockOf, dateOf, instantOf } from './clock.js';

const KINDS = Object.keys(PUNCH_KIND_LABELS) as PunchKind[];

/**
 * Adds a DA's punch, or corrects one (`corrects`): the time on the station's clock and the reason,
 * which the audit trail keeps beside the original.
 */
export function PunchForm({
  stationId,
  driverId,
  workday,
  zone,
  corrects,
  onDone,
  onCancel,
}: {
  stationId: string;
  driverId: string;
  workday: string;
  zone: string;
  corrects?: Punch;
  onDone: () => void;
  onCancel: () => void;
}) {
  const queryClient = useQueryClient();
  const [kind, setKind] = useState<PunchKind>(corrects?.kind ?? 'out');
  const [date, setDate] = useState(corrects ? dateOf(corrects.at, zone) : workday);
  const [time, setTime] = useState(corrects ? clockOf(corrects.at, zone) : '');
  const [reason, setReason] = useState('');
  const save = useMutation({
    mutationFn: () => {
      const at = instantOf(date, time, zone);
      return corrects
        ? payrollApi.correctPunch(corrects.id, { kind, at, reason })
        : payrollApi.addPunch({ driverId, stationId, kind, at, reason });
    },
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: payrollKeys.all });
      onDone();
    },
  });
  const ready = /^\d{2}:\d{2}$/.test(time) && /^\d{4}-\d{2}-\d{2}$/.test(date) && reason.trim().length > 0;
  return (
    <Form onSubmit={() => save.mutate()} className="stack punch-form">
      <strong>{corrects ? 'Correct this punch' : 'Add a punch'}</strong>
      <ErrorNotice error={save.error} />
      <div className="punch-form-fields">
        <SelectField
          label="Punch"
          value={kind}
          onValue={(v) => setKind(v as PunchKind)}
          options={KINDS.map((k) => ({ value: k, label: PUNCH_KIND_LABELS[k] }))}
          error={fieldError(save.error, 'kind')}
        />
        <TextField
          label="Date"
          type="date"
          value={date}
          onValue={setDate}
          hint="The next day for a punch out past midnight."
        />
        <TextField
          label="Time (station clock)"
          type="time"
          value={time}
          onValue={setTime}
          error={fieldError(save.error, 'at')}
        />
      </div>
      <TextField
        label="Reason"
        value={reason}
        onValue={setReason}
        placeholder="e.g. Forgot to clock out; route closed 18:55"
        error={fieldError(save.error, 'reason')}
        maxLength={500}
      />
      <div className="form-actions">
        <button type="button" className="button-secondary" onClick={onCancel}>
          Cancel
        </button>
        <SubmitButton pending={save.isPending} pendingLabel="Saving…" disabled={!ready}>
          {corrects ? 'Save correction' : 'Add punch'}
        </SubmitButton>
      </div>
    </Form>
  );
}
