import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import { useSession } from '../app/auth.js';
import { formatShort, plural } from '../app/format.js';
import { CellLines, DataTable, RowButton } from '../app/table.js';
import { ConfirmDialog, FormDialog } from '../app/ui/dialog.js';
import { fieldError, SelectField, TextAreaField } from '../app/ui/fields.js';
import { Notice } from '../app/ui/notice.js';
import { QueryStatus, StatusBadge } from '../app/ui/status.js';
import {
  type QueuedTimeOff,
  scheduleApi,
  scheduleKeys,
  TIME_OFF_STATUSES,
  type TimeOffDecision,
  type TimeOffRequest,
  type TimeOffStatus,
} from './api.js';
import {
  addDays,
  formatDayShort,
  formatSpan,
  KIND_LABELS,
  TIME_OFF_LABELS,
  TIME_OFF_TONES,
} from './labels.js';
import { Refusal } from './ShiftDialog.js';

/** Days in a request, first and last included. */
export const spanDays = (r: Pick<TimeOffRequest, 'firstDate' | 'lastDate'>) => {
  let n = 1;
  for (let d = r.firstDate; d < r.lastDate && n < 400; d = addDays(d, 1)) n++;
  return n;
};

/** What an approval or denial did, in a sentence for the page. */
export function decisionMessage(name: string, decision: TimeOffDecision): string {
  const r = decision.request;
  const span = formatSpan(r.firstDate, r.lastDate);
  if (r.status === 'denied')
    return `Denied ${name}’s time off (${span}). ${name} gets a message with your reason.`;
  const removed = decision.shiftsRemoved;
  const shifts = removed.length
    ? `${plural(removed.length, 'shift')} taken off the schedule: ${removed
        .map(
          (s) =>
            `${formatDayShort(s.date)} ${(KIND_LABELS as Record<string, string>)[s.kind]?.toLowerCase() ?? s.kind}`,
        )
        .join(', ')}.`
    : 'No shifts were scheduled in those days.';
  return `Approved ${name}’s time off (${span}). ${shifts} ${name} gets a message.`;
}

const refresh = (queryClient: ReturnType<typeof useQueryClient>) =>
  Promise.all([
    queryClient.invalidateQueries({ queryKey: scheduleKeys.all }),
    queryClient.invalidateQueries({ queryKey: ['drivers'] }),
  ]);

/** Approve a request: the DA's shifts in those days come off the schedule and the DA is told. */
export function ApproveDialog({
  request,
  name,
  onCancel,
  onDone,
}: {
  request: TimeOffRequest;
  name: string;
  onCancel: () => void;
  onDone: (decision: TimeOffDecision) => void;
}) {
  const queryClient = useQueryClient();
  return (
    <ConfirmDialog
      title={`Approve ${name}’s time off?`}
      confirmLabel="Approve"
      run={() => scheduleApi.decide(request.id, true, null)}
      onDone={async (decision) => {
        await refresh(queryClient);
        onDone(decision);
      }}
      onCancel={onCancel}
    >
      <p>
        <strong>{formatSpan(request.firstDate, request.lastDate)}</strong> ({plural(spanDays(request), 'day')}
        ){request.reason ? ` · ${request.reason}` : ''}
      </p>
      <p>
        Any shift {name} has in those days comes off the schedule, and {name} gets a message.
      </p>
    </ConfirmDialog>
  );
}

/** Deny a request with the reason the DA will read. */
export function DenyDialog({
  request,
  name,
  onClose,
  onDone,
}: {
  request: TimeOffRequest;
  name: string;
  onClose: () => void;
  onDone: (decision: TimeOffDecision) => void;
}) {
  const queryClient = useQueryClient();
  const [note, setNote] = useState('');
  const deny = useMutation({
    mutationFn: () => scheduleApi.decide(request.id, false, note.trim()),
    onSuccess: async (decision) => {
      await refresh(queryClient);
      onDone(decision);
    },
  });
  return (
    <FormDialog
      title={`Deny ${name}’s time off`}
      onClose={onClose}
      submission={deny}
      ready={Boolean(note.trim())}
      whyNotReady="Write why, for the DA."
      submitLabel="Deny"
      pendingLabel="Saving…"
      intro={
        <p>
          <strong>{formatSpan(request.firstDate, request.lastDate)}</strong>
          {request.reason ? ` · ${request.reason}` : ''}
        </p>
      }
    >
      <Refusal error={deny.error} fields={['note']} />
      <TextAreaField
        label="Reason"
        value={note}
        onValue={setNote}
        rows={3}
        maxLength={500}
        required
        error={fieldError(deny.error, 'note')}
        hint={`${name} reads it in the message that tells them.`}
      />
    </FormDialog>
  );
}

type Deciding = { request: QueuedTimeOff; approve: boolean } | null;

/** Time-off requests of the station's DAs, waiting first; those who decide approve or deny them. */
export function TimeOffQueue({ stationId }: { stationId: string }) {
  const { can } = useSession();
  const [status, setStatus] = useState<TimeOffStatus>('pending');
  const [deciding, setDeciding] = useState<Deciding>(null);
  const [message, setMessage] = useState<string | null>(null);
  // DAs ask from their phones at any time: opening the queue always asks the server again.
  const query = useQuery({
    queryKey: scheduleKeys.timeOff(status, stationId),
    queryFn: () => scheduleApi.timeOff(status, stationId),
    refetchOnMount: 'always',
  });
  const items = query.data?.items ?? [];
  const decide = can('timeoff.decide') && status === 'pending';
  const nameOf = (r: QueuedTimeOff) => `${r.driver.firstName} ${r.driver.lastName}`;
  const done = (r: QueuedTimeOff) => (decision: TimeOffDecision) => {
    setDeciding(null);
    setMessage(decisionMessage(nameOf(r), decision));
  };

  return (
    <section className="stack" aria-labelledby="time-off-title">
      <div className="section-head">
        <h2 id="time-off-title">Time-off requests</h2>
        <div className="inline-field">
          <SelectField
            label="Show"
            value={status}
            onValue={(v) => {
              setStatus(v as TimeOffStatus);
              setMessage(null);
            }}
            options={TIME_OFF_STATUSES.map((s) => ({
              value: s,
              label: s === 'pending' ? 'Waiting for a decision' : TIME_OFF_LABELS[s],
            }))}
          />
        </div>
      </div>
      {message ? <Notice kind="success">{message}</Notice> : null}
      {!can('timeoff.decide') && status === 'pending' ? (
        <p className="muted">Owners and managers approve or deny time off.</p>
      ) : null}
      <QueryStatus
        query={query}
        isEmpty={items.length === 0}
        empty={status === 'pending' ? 'No requests waiting for a decision.' : 'No requests.'}
      />
      <DataTable
        caption="Time-off requests"
        card
        rows={items}
        testId="time-off-queue"
        columns={[
          {
            header: 'DA',
            cell: (r) => (
              <CellLines
                main={<Link to={`/drivers/${r.driver.id}?tab=availability`}>{nameOf(r)}</Link>}
                sub={
                  r.status === 'pending' ? null : (
                    <StatusBadge tone={TIME_OFF_TONES[r.status]}>{TIME_OFF_LABELS[r.status]}</StatusBadge>
                  )
                }
              />
            ),
          },
          {
            header: 'Days',
            cell: (r) => (
              <CellLines main={formatSpan(r.firstDate, r.lastDate)} sub={plural(spanDays(r), 'day')} />
            ),
          },
          { header: 'Reason', cell: (r) => r.reason ?? <span className="muted">—</span> },
          {
            header: 'Asked',
            className: 'hide-narrow',
            cell: (r) => <CellLines main={r.requestedBy} sub={formatShort(r.requestedAt)} />,
          },
          ...(status === 'pending'
            ? []
            : [
                {
                  header: 'Decision',
                  cell: (r: QueuedTimeOff) =>
                    r.decidedBy ? (
                      <CellLines
                        main={r.decisionNote ?? '—'}
                        sub={`${r.decidedBy}, ${formatShort(r.decidedAt)}`}
                      />
                    ) : (
                      <span className="muted">—</span>
                    ),
                },
              ]),
        ]}
        actions={
          decide
            ? (r) => (
                <div className="button-row">
                  <RowButton
                    label="Approve"
                    subject={`${nameOf(r)} ${r.firstDate}`}
                    onClick={() => {
                      setMessage(null);
                      setDeciding({ request: r, approve: true });
                    }}
                  />
                  <RowButton
                    label="Deny"
                    subject={`${nameOf(r)} ${r.firstDate}`}
                    danger
                    onClick={() => {
                      setMessage(null);
                      setDeciding({ request: r, approve: false });
                    }}
                  />
                </div>
              )
            : undefined
        }
      />
      {deciding?.approve ? (
        <ApproveDialog
          request={deciding.request}
          name={nameOf(deciding.request)}
          onCancel={() => setDeciding(null)}
          onDone={done(deciding.request)}
        />
      ) : null}
      {deciding && !deciding.approve ? (
        <DenyDialog
          request={deciding.request}
          name={nameOf(deciding.request)}
          onClose={() => setDeciding(null)}
          onDone={done(deciding.request)}
        />
      ) : null}
    </section>
  );
}
