import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { formatDate } from '../app/format.js';
import { FormDialog } from '../app/ui/dialog.js';
import { fieldError, TextAreaField } from '../app/ui/fields.js';
import { DRIVERS_KEY } from './api.js';
import { ATTENDANCE_LABELS } from './record-labels.js';
import { type AttendanceEvent, recordsApi } from './records-api.js';

/** Excuses an event, with why: it stays on file but costs no points. */
export function ExcuseDialog({ event, onClose }: { event: AttendanceEvent; onClose: () => void }) {
  const queryClient = useQueryClient();
  const [note, setNote] = useState('');
  const excuse = useMutation({
    mutationFn: () => recordsApi.excuse(event.id, true, note.trim() || undefined),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: DRIVERS_KEY });
      onClose();
    },
  });
  return (
    <FormDialog
      title={`Excuse ${ATTENDANCE_LABELS[event.kind].toLowerCase()} of ${formatDate(event.date)}`}
      onClose={onClose}
      submission={excuse}
      ready
      submitLabel="Excuse"
      pendingLabel="Saving…"
      intro={<p className="muted">An excused event stays on file but costs no points.</p>}
    >
      <TextAreaField
        label="Why"
        value={note}
        onValue={setNote}
        rows={2}
        maxLength={500}
        hint="e.g. Doctor’s note seen."
      />
    </FormDialog>
  );
}

/** Removes an event logged by mistake. */
export function RemoveDialog({ event, onClose }: { event: AttendanceEvent; onClose: () => void }) {
  const queryClient = useQueryClient();
  const [reason, setReason] = useState('');
  const remove = useMutation({
    mutationFn: () => recordsApi.removeAttendance(event.id, reason.trim()),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: DRIVERS_KEY });
      onClose();
    },
  });
  return (
    <FormDialog
      title={`Remove ${ATTENDANCE_LABELS[event.kind].toLowerCase()} of ${formatDate(event.date)}`}
      onClose={onClose}
      submission={remove}
      ready={Boolean(reason.trim())}
      whyNotReady="Write the reason."
      submitLabel="Remove"
      pendingLabel="Removing…"
      intro={<p className="muted">It stays on file, crossed out, and counts nothing.</p>}
    >
      <TextAreaField
        label="Reason"
        value={reason}
        onValue={setReason}
        rows={2}
        maxLength={500}
        required
        error={fieldError(remove.error, 'reason')}
        hint="e.g. Logged for the wrong DA."
      />
    </FormDialog>
  );
}
