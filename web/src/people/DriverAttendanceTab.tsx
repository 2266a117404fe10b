import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Fragment, useState } from 'react';
import { useSession } from '../app/auth.js';
import { formatDate, formatShort } from '../app/format.js';
import { CellLines, DataTable, RowButton } from '../app/table.js';
import { FormDialog } from '../app/ui/dialog.js';
import { Checkbox, fieldError, SelectField, TextAreaField, TextField } from '../app/ui/fields.js';
import { QueryStatus, StatusBadge } from '../app/ui/status.js';
import { DRIVERS_KEY, type Driver } from './api.js';
import { ATTENDANCE_LABELS, formatPoints } from './record-labels.js';
import {
  ATTENDANCE_KINDS,
  type AttendanceEvent,
  type AttendanceKind,
  type AttendancePolicy,
  type AttendanceSummary,
  recordKeys,
  recordsApi,
} from './records-api.js';

/** What one event was, in a few words: "2 h notice", "25 min late". */
export function eventDetail(e: Pick<AttendanceEvent, 'kind' | 'noticeHours' | 'lateMinutes'>): string {
  if (e.kind === 'callout' && e.noticeHours !== null) return `${formatPoints(e.noticeHours)} h notice`;
  if (e.kind === 'late' && e.lateMinutes !== null) return `${e.lateMinutes} min late`;
  return '';
}

export function SummaryTiles({ summary }: { summary: AttendanceSummary }) {
  const count = (w: AttendanceSummary['last30']) =>
    ATTENDANCE_KINDS.filter((k) => w.counts[k] > 0)
      .map((k) => `${w.counts[k]} ${ATTENDANCE_LABELS[k].toLowerCase()}`)
      .join(', ') || 'Nothing logged';
  const { policyWindow: w } = summary;
  return (
    <div className="summary-tiles" data-testid="attendance-summary">
      <div>
        <span className="muted">Last 30 days</span>
        <strong>{formatPoints(summary.last30.points)} pts</strong>
        <span className="cell-sub">{count(summary.last30)}</span>
      </div>
      <div>
        <span className="muted">Last 90 days</span>
        <strong>{formatPoints(summary.last90.points)} pts</strong>
        <span className="cell-sub">{count(summary.last90)}</span>
      </div>
      <div className={summary.flagged ? 'flagged' : undefined}>
        <span className="muted">Policy: {w.days} days</span>
        <strong>
          {formatPoints(w.points)} / {formatPoints(summary.flagPoints)}
        </strong>
        <span className="cell-sub">
          {summary.flagged ? <StatusBadge tone="bad">Flagged</StatusBadge> : 'Under the flag'}
        </span>
      </div>
    </div>
  );
}

/** A DA's attendance: rolling counts and points, every event logged, and the org's points policy. */
export function DriverAttendanceTab({ driver, today }: { driver: Driver; today: string }) {
  const { can } = useSession();
  const attendance = useQuery({
    queryKey: recordKeys.attendance(driver.id),
    queryFn: () => recordsApi.attendance(driver.id),
  });
  const [logging, setLogging] = useState(false);
  const [removing, setRemoving] = useState<AttendanceEvent | null>(null);
  const [excusing, setExcusing] = useState<AttendanceEvent | null>(null);
  const queryClient = useQueryClient();
  const unexcuse = useMutation({
    mutationFn: (id: string) => recordsApi.excuse(id, false),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: DRIVERS_KEY }),
  });
  const manage = can('people.write');
  const items = attendance.data?.items ?? [];

  return (
    <div className="stack-lg">
      <section className="stack" aria-labelledby="attendance-title">
        <div className="section-head">
          <h2 id="attendance-title">Attendance</h2>
          {can('attendance.write') ? (
            <button type="button" className="button-primary" onClick={() => setLogging(true)}>
              Log attendance
            </button>
          ) : null}
        </div>
        <QueryStatus query={attendance} />
        {attendance.data ? <SummaryTiles summary={attendance.data.summary} /> : null}
        {attendance.isSuccess && items.length === 0 ? <p className="muted">Nothing logged.</p> : null}
        <DataTable
          caption="Attendance events"
          card
          rows={items}
          testId="attendance-table"
          rowClassName={(e) => (e.removed ? 'removed-row' : undefined)}
          columns={[
            {
              header: 'Date',
              cell: (e) => <CellLines main={formatDate(e.date)} sub={ATTENDANCE_LABELS[e.kind]} />,
            },
            {
              header: 'Details',
              cell: (e) => (
                <CellLines
                  main={eventDetail(e) || '—'}
                  sub={
                    e.removed ? (
                      <span className="removed-why">Removed: {e.removed.reason}</span>
                    ) : (
                      (e.reason ?? null)
                    )
                  }
                />
              ),
            },
            {
              header: 'Points',
              className: 'num',
              cell: (e) => (
                <CellLines
                  main={formatPoints(e.points)}
                  sub={e.excused ? <StatusBadge tone="good">Excused</StatusBadge> : null}
                />
              ),
            },
            {
              header: 'Logged by',
              className: 'hide-narrow',
              cell: (e) => <CellLines main={e.recordedBy} sub={formatShort(e.recordedAt)} />,
            },
          ]}
          actions={
            manage
              ? (e) =>
                  e.removed ? null : (
                    <>
                      {e.excused ? (
                        <RowButton
                          label="Unexcuse"
                          subject={`${ATTENDANCE_LABELS[e.kind]} ${e.date}`}
                          onClick={() => unexcuse.mutate(e.id)}
                        />
                      ) : (
                        <RowButton
                          label="Excuse"
                          subject={`${ATTENDANCE_LABELS[e.kind]} ${e.date}`}
                          onClick={() => setExcusing(e)}
                        />
                      )}
                      <RowButton
                        label="Remove"
                        subject={`${ATTENDANCE_LABELS[e.kind]} ${e.date}`}
                        danger
                        onClick={() => setRemoving(e)}
                      />
                    </>
                  )
              : undefined
          }
        />
      </section>
      <PolicyPanel />
      {logging ? <LogDialog driverId={driver.id} today={today} onClose={() => setLogging(false)} /> : null}
      {excusing ? <ExcuseDialog event={excusing} onClose={() => setExcusing(null)} /> : null}
      {removing ? <RemoveDialog event={removing} onClose={() => setRemoving(null)} /> : null}
    </div>
  );
}

function LogDialog({ driverId, today, onClose }: { driverId: string; today: string; onClose: () => void }) {
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

function ExcuseDialog({ event, onClose }: { event: AttendanceEvent; onClose: () => void }) {
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

function RemoveDialog({ event, onClose }: { event: AttendanceEvent; onClose: () => void }) {
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

const POLICY_FIELDS: [keyof AttendancePolicy, string, string][] = [
  ['ncnsPoints', 'No call, no show', 'points'],
  ['calloutShortNoticePoints', 'Callout with short notice', 'points'],
  ['calloutPoints', 'Callout with notice', 'points'],
  ['shortNoticeHours', 'Short notice is less than', 'hours'],
  ['latePoints', 'Late', 'points'],
  ['lateGraceMinutes', 'Late grace', 'minutes'],
  ['leftEarlyPoints', 'Left early', 'points'],
  ['sentHomePoints', 'Sent home', 'points'],
  ['flagPoints', 'Flag at', 'points'],
  ['windowDays', 'Within', 'days'],
];

/** The org's points policy; owners change it (events still counting get the new points). */
export function PolicyPanel() {
  const { can } = useSession();
  const policy = useQuery({ queryKey: recordKeys.policy, queryFn: () => recordsApi.policy() });
  const [editing, setEditing] = useState(false);
  const p = policy.data;
  return (
    <section className="card stack" aria-labelledby="policy-title">
      <div className="section-head">
        <h2 id="policy-title">Points policy</h2>
        {can('org.settings') && p ? (
          <button type="button" className="button-secondary button-small" onClick={() => setEditing(true)}>
            Change policy
          </button>
        ) : null}
      </div>
      <QueryStatus query={policy} />
      {p ? (
        <dl className="details">
          {POLICY_FIELDS.map(([key, label, unit]) => (
            <Fragment key={key}>
              <dt>{label}</dt>
              <dd>
                {formatPoints(p[key])} {unit}
              </dd>
            </Fragment>
          ))}
        </dl>
      ) : null}
      {p && !p.updatedBy ? <p className="muted">The defaults: no one has changed the policy yet.</p> : null}
      {editing && p ? <PolicyDialog policy={p} onClose={() => setEditing(false)} /> : null}
    </section>
  );
}

function PolicyDialog({ policy, onClose }: { policy: AttendancePolicy; onClose: () => void }) {
  const queryClient = useQueryClient();
  const [draft, setDraft] = useState(
    () =>
      Object.fromEntries(POLICY_FIELDS.map(([k]) => [k, String(policy[k])])) as Record<
        keyof AttendancePolicy,
        string
      >,
  );
  const values = Object.fromEntries(
    POLICY_FIELDS.map(([k]) => [k, Number(draft[k])]),
  ) as unknown as AttendancePolicy;
  const ready = POLICY_FIELDS.every(([k]) => draft[k].trim() !== '' && Number.isFinite(values[k]));
  const save = useMutation({
    mutationFn: () => recordsApi.changePolicy(values),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: recordKeys.policy });
      await queryClient.invalidateQueries({ queryKey: DRIVERS_KEY });
      onClose();
    },
  });
  return (
    <FormDialog
      title="Attendance points policy"
      onClose={onClose}
      submission={save}
      ready={ready}
      whyNotReady="Every field needs a number."
      submitLabel="Save policy"
      pendingLabel="Saving…"
      wide
      intro={
        <p className="muted">
          Events still inside a counting window are given the new points; older ones keep theirs.
        </p>
      }
    >
      <div className="form-grid">
        {POLICY_FIELDS.map(([key, label, unit]) => (
          <TextField
            key={key}
            label={`${label} (${unit})`}
            value={draft[key]}
            onValue={(v) => setDraft({ ...draft, [key]: v })}
            inputMode="decimal"
            error={fieldError(save.error, key)}
          />
        ))}
      </div>
    </FormDialog>
  );
}
