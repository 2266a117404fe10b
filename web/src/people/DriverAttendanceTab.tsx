import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useSession } from '../app/auth.js';
import { formatDate, formatShort } from '../app/format.js';
import { CellLines, DataTable, RowButton } from '../app/table.js';
import { QueryStatus, StatusBadge } from '../app/ui/status.js';
import { ExcuseDialog, RemoveDialog } from './AttendanceEventDialogs.js';
import { PolicyPanel } from './AttendancePolicyPanel.js';
import { SummaryTiles } from './AttendanceSummaryTiles.js';
import { DRIVERS_KEY, type Driver } from './api.js';
import { LogAttendanceDialog } from './LogAttendanceDialog.js';
import { ATTENDANCE_LABELS, formatPoints } from './record-labels.js';
import { type AttendanceEvent, recordKeys, recordsApi } from './records-api.js';

/** What one event was, in a few words: "2 h notice", "25 min late". */
export function eventDetail(e: Pick<AttendanceEvent, 'kind' | 'noticeHours' | 'lateMinutes'>): string {
  if (e.kind === 'callout' && e.noticeHours !== null) return `${formatPoints(e.noticeHours)} h notice`;
  if (e.kind === 'late' && e.lateMinutes !== null) return `${e.lateMinutes} min late`;
  return '';
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
      {logging ? (
        <LogAttendanceDialog driverId={driver.id} today={today} onClose={() => setLogging(false)} />
      ) : null}
      {excusing ? <ExcuseDialog event={excusing} onClose={() => setExcusing(null)} /> : null}
      {removing ? <RemoveDialog event={removing} onClose={() => setRemoving(null)} /> : null}
    </div>
  );
}
