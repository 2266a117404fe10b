import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useSession } from '../app/auth.js';
import { formatDate } from '../app/format.js';
import { DataTable, RowButton } from '../app/table.js';
import { ConfirmDialog } from '../app/ui/dialog.js';
import { fieldError, SelectField, TextField } from '../app/ui/fields.js';
import { Form, SubmitButton } from '../app/ui/form.js';
import { ErrorNotice } from '../app/ui/notice.js';
import { StatusBadge } from '../app/ui/status.js';
import { type Availability, type AvailabilityException, scheduleApi, scheduleKeys } from './api.js';
import { formatSpan } from './labels.js';

/** Dated exceptions to a DA's weekly pattern: days they can or cannot work after all. */
export function AvailabilityExceptions({
  driverId,
  data,
  onMessage,
}: {
  driverId: string;
  data: Availability;
  onMessage: (m: string | null) => void;
}) {
  const { can } = useSession();
  const queryClient = useQueryClient();
  const canWrite = can('schedule.write');
  const [date, setDate] = useState('');
  const [available, setAvailable] = useState('no');
  const [note, setNote] = useState('');
  const [removing, setRemoving] = useState<AvailabilityException | null>(null);
  const add = useMutation({
    mutationFn: () =>
      scheduleApi.setException(driverId, { date, available: available === 'yes', note: note.trim() || null }),
    onSuccess: async (saved) => {
      await queryClient.invalidateQueries({ queryKey: scheduleKeys.all });
      setDate('');
      setNote('');
      onMessage(`${formatDate(saved.date)} marked ${saved.available ? 'available' : 'not available'}.`);
    },
  });
  const rows = data.exceptions;
  return (
    <section className="card stack" aria-labelledby="exceptions-title">
      <h2 id="exceptions-title">Dated exceptions</h2>
      <p className="muted">One date that differs from the weekly pattern, from today on.</p>
      {rows.length === 0 ? <p className="muted">None.</p> : null}
      <DataTable
        caption="Dated exceptions"
        rows={rows}
        testId="exceptions"
        columns={[
          { header: 'Date', cell: (e) => formatSpan(e.date, e.date) },
          {
            header: 'Can work',
            cell: (e) =>
              e.available ? (
                <StatusBadge tone="good">Can work</StatusBadge>
              ) : (
                <StatusBadge tone="warn">Can’t work</StatusBadge>
              ),
          },
          { header: 'Note', cell: (e) => e.note ?? <span className="muted">—</span> },
        ]}
        actions={
          canWrite
            ? (e) => <RowButton label="Remove" subject={e.date} danger onClick={() => setRemoving(e)} />
            : undefined
        }
      />
      {canWrite ? (
        <Form onSubmit={() => add.mutate()} className="stack">
          <ErrorNotice error={add.error} />
          <div className="exception-form">
            <TextField
              label="Date"
              type="date"
              value={date}
              min={data.today}
              onValue={setDate}
              error={fieldError(add.error, 'date')}
            />
            <SelectField
              label="That day"
              value={available}
              onValue={setAvailable}
              options={[
                { value: 'no', label: 'Can’t work' },
                { value: 'yes', label: 'Can work' },
              ]}
              error={fieldError(add.error, 'available')}
            />
            <TextField
              label="Note"
              value={note}
              onValue={setNote}
              maxLength={500}
              error={fieldError(add.error, 'note')}
            />
            <div>
              <SubmitButton
                pending={add.isPending}
                pendingLabel="Adding…"
                disabled={!date}
                className="button-secondary"
              >
                Add exception
              </SubmitButton>
            </div>
          </div>
        </Form>
      ) : null}
      {removing ? (
        <ConfirmDialog
          title={`Remove the exception of ${formatDate(removing.date)}?`}
          confirmLabel="Remove"
          danger
          run={() => scheduleApi.removeException(driverId, removing.id)}
          onDone={async () => {
            await queryClient.invalidateQueries({ queryKey: scheduleKeys.all });
            onMessage(`The exception of ${formatDate(removing.date)} was removed.`);
            setRemoving(null);
          }}
          onCancel={() => setRemoving(null)}
        >
          <p>The weekly pattern decides that day again.</p>
        </ConfirmDialog>
      ) : null}
    </section>
  );
}
