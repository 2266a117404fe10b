import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useSession } from '../app/auth.js';
import { formatDate, formatShort, plural } from '../app/format.js';
import { CellLines, DataTable, RowButton } from '../app/table.js';
import { ConfirmDialog, FormDialog } from '../app/ui/dialog.js';
import { fieldError, SelectField, TextAreaField, TextField } from '../app/ui/fields.js';
import { Form, SubmitButton } from '../app/ui/form.js';
import { ErrorNotice, Notice } from '../app/ui/notice.js';
import { QueryStatus, StatusBadge } from '../app/ui/status.js';
import type { Driver } from '../people/api.js';
import {
  type Availability,
  type AvailabilityException,
  scheduleApi,
  scheduleKeys,
  type TimeOffRequest,
} from './api.js';
import { formatSpan, TIME_OFF_LABELS, TIME_OFF_TONES, WEEKDAYS, WEEKDAYS_SHORT } from './labels.js';
import { ApproveDialog, DenyDialog, decisionMessage, spanDays } from './TimeOffQueue.js';
import './schedule.css';

/**
 * A DA's availability on their profile: the weekly pattern (days they can work and prefer, days a
 * week wanted), dated exceptions, and time-off requests, which staff may also ask for on their behalf.
 */
export function DriverAvailabilityTab({ driver }: { driver: Driver }) {
  const query = useQuery({
    queryKey: scheduleKeys.availability(driver.id),
    queryFn: () => scheduleApi.availability(driver.id),
  });
  const [message, setMessage] = useState<string | null>(null);
  const data = query.data;
  const name = `${driver.firstName} ${driver.lastName}`;
  return (
    <div className="stack-lg">
      {message ? <Notice kind="success">{message}</Notice> : null}
      <QueryStatus query={query} />
      {data ? (
        <>
          <PatternForm
            key={JSON.stringify([data.pattern, data.note])}
            driverId={driver.id}
            data={data}
            onSaved={() => setMessage(`${name}’s weekly availability saved.`)}
          />
          <Exceptions driverId={driver.id} data={data} onMessage={setMessage} />
          <TimeOff driverId={driver.id} name={name} data={data} onMessage={setMessage} />
        </>
      ) : null}
    </div>
  );
}

function PatternForm({
  driverId,
  data,
  onSaved,
}: {
  driverId: string;
  data: Availability;
  onSaved: () => void;
}) {
  const { can } = useSession();
  const queryClient = useQueryClient();
  const canWrite = can('schedule.write');
  const [weekdays, setWeekdays] = useState(data.pattern.weekdays);
  const [preferred, setPreferred] = useState(data.pattern.preferredWeekdays);
  const [wantsDays, setWantsDays] = useState(String(data.pattern.wantsDays));
  const [note, setNote] = useState(data.note ?? '');
  const available = weekdays.filter(Boolean).length;
  const wants = Number(wantsDays);
  const tooMany = wants > available ? `Asks for ${wants} days but can work on ${available}.` : undefined;
  const dirty =
    JSON.stringify([weekdays, preferred, wants, note.trim()]) !==
    JSON.stringify([
      data.pattern.weekdays,
      data.pattern.preferredWeekdays,
      data.pattern.wantsDays,
      data.note ?? '',
    ]);
  const save = useMutation({
    mutationFn: () =>
      scheduleApi.savePattern(driverId, {
        weekdays,
        preferredWeekdays: preferred,
        wantsDays: wants,
        note: note.trim() || null,
      }),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: scheduleKeys.all });
      onSaved();
    },
  });
  const toggle = (list: boolean[], i: number, on: boolean) => list.map((v, j) => (j === i ? on : v));
  return (
    <section className="card stack" aria-labelledby="pattern-title">
      <div className="section-head">
        <h2 id="pattern-title">Weekly availability</h2>
        <span className="muted">
          {data.updatedBy ? `Last set by ${data.updatedBy}` : 'Not set yet: every day, 5 days a week'}
        </span>
      </div>
      <Form onSubmit={() => save.mutate()}>
        <ErrorNotice error={save.error} />
        <div className="table-wrap">
          <table className="compact pattern-table" data-testid="pattern">
            <caption className="sr-only">Days the DA can work and prefers, Sunday to Saturday</caption>
            <thead>
              <tr>
                <td />
                {WEEKDAYS_SHORT.map((d) => (
                  <th key={d} scope="col">
                    {d}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              <tr>
                <th scope="row">Can work</th>
                {WEEKDAYS.map((d, i) => (
                  <td key={d}>
                    <input
                      type="checkbox"
                      aria-label={`Can work on ${d}`}
                      checked={weekdays[i] ?? false}
                      disabled={!canWrite}
                      onChange={(e) => {
                        setWeekdays(toggle(weekdays, i, e.target.checked));
                        if (!e.target.checked) setPreferred(toggle(preferred, i, false));
                      }}
                    />
                  </td>
                ))}
              </tr>
              <tr>
                <th scope="row">Preferred</th>
                {WEEKDAYS.map((d, i) => (
                  <td key={d}>
                    <input
                      type="checkbox"
                      aria-label={`Prefers ${d}`}
                      checked={preferred[i] ?? false}
                      disabled={!canWrite || !weekdays[i]}
                      onChange={(e) => setPreferred(toggle(preferred, i, e.target.checked))}
                    />
                  </td>
                ))}
              </tr>
            </tbody>
          </table>
        </div>
        {fieldError(save.error, 'weekdays') || fieldError(save.error, 'preferredWeekdays') ? (
          <p className="field-error">
            {fieldError(save.error, 'weekdays') ?? fieldError(save.error, 'preferredWeekdays')}
          </p>
        ) : null}
        <div className="form-grid">
          <SelectField
            label="Days a week wanted"
            value={wantsDays}
            onValue={setWantsDays}
            disabled={!canWrite}
            options={[0, 1, 2, 3, 4, 5, 6, 7].map((n) => ({ value: String(n), label: plural(n, 'day') }))}
            error={tooMany ?? fieldError(save.error, 'wantsDays')}
            hint={`Can work on ${plural(available, 'day')} a week. 5 is full time.`}
          />
          <TextAreaField
            label="Note"
            value={note}
            onValue={setNote}
            rows={2}
            maxLength={500}
            disabled={!canWrite}
            error={fieldError(save.error, 'note')}
            hint="e.g. school on Tuesday mornings."
          />
        </div>
        {canWrite ? (
          <div className="form-actions form-actions-start">
            <SubmitButton
              pending={save.isPending}
              pendingLabel="Saving…"
              disabled={!dirty || Boolean(tooMany)}
            >
              Save availability
            </SubmitButton>
          </div>
        ) : null}
      </Form>
    </section>
  );
}

function Exceptions({
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

type Deciding = { request: TimeOffRequest; approve: boolean } | null;

function TimeOff({
  driverId,
  name,
  data,
  onMessage,
}: {
  driverId: string;
  name: string;
  data: Availability;
  onMessage: (m: string | null) => void;
}) {
  const { can } = useSession();
  const [asking, setAsking] = useState(false);
  const [deciding, setDeciding] = useState<Deciding>(null);
  const rows = [...data.timeOff].sort((a, b) => b.firstDate.localeCompare(a.firstDate));
  const decide = can('timeoff.decide');
  return (
    <section className="stack" aria-labelledby="time-off-title">
      <div className="section-head">
        <h2 id="time-off-title">Time off</h2>
        {can('schedule.write') ? (
          <button
            type="button"
            className="button-primary"
            onClick={() => {
              onMessage(null);
              setAsking(true);
            }}
          >
            Ask for time off on their behalf
          </button>
        ) : null}
      </div>
      {rows.length === 0 ? <p className="muted">No time-off requests in the last 30 days or ahead.</p> : null}
      <DataTable
        caption="Time-off requests"
        card
        rows={rows}
        testId="driver-time-off"
        columns={[
          {
            header: 'Days',
            cell: (r) => (
              <CellLines main={formatSpan(r.firstDate, r.lastDate)} sub={plural(spanDays(r), 'day')} />
            ),
          },
          {
            header: 'Status',
            cell: (r) => (
              <StatusBadge tone={TIME_OFF_TONES[r.status]}>{TIME_OFF_LABELS[r.status]}</StatusBadge>
            ),
          },
          { header: 'Reason', cell: (r) => r.reason ?? <span className="muted">—</span> },
          {
            header: 'Asked',
            className: 'hide-narrow',
            cell: (r) => <CellLines main={r.requestedBy} sub={formatShort(r.requestedAt)} />,
          },
          {
            header: 'Decision',
            cell: (r) =>
              r.decidedBy ? (
                <CellLines main={r.decisionNote ?? '—'} sub={`${r.decidedBy}, ${formatShort(r.decidedAt)}`} />
              ) : (
                <span className="muted">—</span>
              ),
          },
        ]}
        actions={
          decide
            ? (r) =>
                r.status === 'pending' ? (
                  <div className="button-row">
                    <RowButton
                      label="Approve"
                      subject={r.firstDate}
                      onClick={() => {
                        onMessage(null);
                        setDeciding({ request: r, approve: true });
                      }}
                    />
                    <RowButton
                      label="Deny"
                      subject={r.firstDate}
                      danger
                      onClick={() => {
                        onMessage(null);
                        setDeciding({ request: r, approve: false });
                      }}
                    />
                  </div>
                ) : null
            : undefined
        }
      />
      {asking ? (
        <AskTimeOffDialog
          driverId={driverId}
          name={name}
          today={data.today}
          onClose={() => setAsking(false)}
          onDone={(r) => {
            setAsking(false);
            onMessage(
              `Time off asked for ${name} (${formatSpan(r.firstDate, r.lastDate)}). It waits for a manager’s decision.`,
            );
          }}
        />
      ) : null}
      {deciding?.approve ? (
        <ApproveDialog
          request={deciding.request}
          name={name}
          onCancel={() => setDeciding(null)}
          onDone={(d) => {
            setDeciding(null);
            onMessage(decisionMessage(name, d));
          }}
        />
      ) : null}
      {deciding && !deciding.approve ? (
        <DenyDialog
          request={deciding.request}
          name={name}
          onClose={() => setDeciding(null)}
          onDone={(d) => {
            setDeciding(null);
            onMessage(decisionMessage(name, d));
          }}
        />
      ) : null}
    </section>
  );
}

function AskTimeOffDialog({
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
