import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { FormDialog } from '../app/ui/dialog.js';
import { fieldError, TextAreaField, TextField } from '../app/ui/fields.js';
import { scheduleApi, scheduleKeys, type TimeOffRequest } from './api.js';

/** Staff ask for time off on a DA's behalf: the dates and the reason. */
export function AskTimeOffDialog({
  driverId,
  name,
  today,
  onClose,
  onDone,
}: {
  driverId: string;
  name: string;
  today: string;
  onClose: () => void;
  onDone: (r: TimeOffRequest) => void;
}) {
  const queryClient = useQueryClient();
  const [firstDate, setFirstDate] = useState('');
  const [lastDate, setLastDate] = useState('');
  const [reason, setReason] = useState('');
  const order =
    firstDate && lastDate && lastDate < firstDate ? 'The last day is before the first.' : undefined;
  const ask = useMutation({
    mutationFn: () =>
      scheduleApi.askTimeOff(driverId, {
        firstDate,
        lastDate: lastDate || firstDate,
        reason: reason.trim() || null,
      }),
    onSuccess: async (r) => {
      await queryClient.invalidateQueries({ queryKey: scheduleKeys.all });
      onDone(r);
    },
  });
  return (
    <FormDialog
      title={`Time off for ${name}`}
      onClose={onClose}
      submission={ask}
      ready={Boolean(firstDate) && !order}
      whyNotReady={firstDate ? 'The last day is before the first.' : 'Choose the first day.'}
      submitLabel="Ask for time off"
      pendingLabel="Sending…"
      intro={
        <p className="muted">It waits for an owner or manager to approve it, like the DA’s own request.</p>
      }
    >
      <div className="form-grid">
        <TextField
          label="First day off"
          type="date"
          value={firstDate}
          min={today}
          onValue={(v) => {
            setFirstDate(v);
            if (!lastDate || lastDate < v) setLastDate(v);
          }}
          required
          error={fieldError(ask.error, 'firstDate')}
        />
        <TextField
          label="Last day off"
          type="date"
          value={lastDate}
          min={firstDate || today}
          onValue={setLastDate}
          error={order ?? fieldError(ask.error, 'lastDate')}
        />
      </div>
      <TextAreaField
        label="Reason"
        value={reason}
        onValue={setReason}
        rows={2}
        maxLength={500}
        error={fieldError(ask.error, 'reason')}
        hint="Optional. The manager who decides reads it."
      />
    </FormDialog>
  );
}
