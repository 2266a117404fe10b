import { useState } from 'react';
import { useSession } from '../app/auth.js';
import { formatShort, plural } from '../app/format.js';
import { CellLines, DataTable, RowButton } from '../app/table.js';
import { StatusBadge } from '../app/ui/status.js';
import { AskTimeOffDialog } from './AskTimeOffDialog.js';
import type { Availability, TimeOffRequest } from './api.js';
import { formatSpan, TIME_OFF_LABELS, TIME_OFF_TONES } from './labels.js';
import { ApproveDialog, DenyDialog, decisionMessage, spanDays } from './TimeOffQueue.js';

type Deciding = { request: TimeOffRequest; approve: boolean } | null;

/** A DA's time-off requests, decided here by those who may; staff may ask on the DA's behalf. */
export function DriverTimeOff({
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
