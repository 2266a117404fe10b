import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { DataTable, RowButton } from '../app/table.js';
import { Checkbox } from '../app/ui/fields.js';
import { ErrorNotice } from '../app/ui/notice.js';
import { QueryStatus, StatusBadge } from '../app/ui/status.js';
import { FLEET_KEY, fleetApi, type Schedule, VAN_TYPES } from './api.js';
import { intervalLabel, VAN_TYPE_LABELS } from './labels.js';
import { ScheduleDialog } from './ScheduleDialog.js';

/** The org's maintenance schedules, and the setting that grounds a van when a critical item is overdue. */
export function SchedulesPanel({
  canWrite,
  onSaved,
}: {
  canWrite: boolean;
  onSaved: (message: string) => void;
}) {
  const queryClient = useQueryClient();
  const schedules = useQuery({ queryKey: [...FLEET_KEY, 'schedules'], queryFn: fleetApi.schedules });
  const settings = useQuery({ queryKey: [...FLEET_KEY, 'settings'], queryFn: fleetApi.settings });
  const [editing, setEditing] = useState<Schedule | 'new' | null>(null);
  const refresh = () => queryClient.invalidateQueries({ queryKey: FLEET_KEY });
  const toggle = useMutation({
    mutationFn: (on: boolean) => fleetApi.updateSettings({ groundOnOverdueCritical: on }),
    onSuccess: async (s) => {
      await refresh();
      onSaved(
        s.groundOnOverdueCritical
          ? 'Vans with overdue critical maintenance are now grounded.'
          : 'Overdue critical maintenance no longer grounds vans.',
      );
    },
  });
  const retire = useMutation({
    mutationFn: (s: Schedule) =>
      s.retiredAt
        ? fleetApi.updateSchedule(s.id, { retired: false }).then(() => 'restored')
        : fleetApi.removeSchedule(s.id).then((r) => r.outcome),
    onSuccess: async (outcome, s) => {
      await refresh();
      onSaved(`${s.name} ${outcome}.`);
    },
  });
  const rows = schedules.data?.items ?? [];

  return (
    <section className="stack" aria-labelledby="schedules-title">
      <div className="section-head">
        <h2 id="schedules-title">Schedules</h2>
        {canWrite ? (
          <button type="button" className="button-secondary" onClick={() => setEditing('new')}>
            Add schedule
          </button>
        ) : null}
      </div>
      <div className="card stack">
        <Checkbox
          label="Ground a van when a critical item is overdue"
          checked={settings.data?.groundOnOverdueCritical ?? false}
          onChecked={(on) => toggle.mutate(on)}
          disabled={!canWrite || !settings.data || toggle.isPending}
          hint="Applies at once, and whenever an odometer reading or the calendar makes a critical item overdue. Putting the van back on the road waits until the service is recorded."
        />
        <ErrorNotice error={toggle.error ?? retire.error} />
      </div>
      <QueryStatus query={schedules} />
      <DataTable
        caption="Maintenance schedules"
        card
        rows={rows}
        rowClassName={(s) => (s.retiredAt ? 'row-retired' : undefined)}
        columns={[
          {
            header: 'Item',
            cell: (s) => (
              <>
                {s.name} {s.critical ? <StatusBadge tone="neutral">Critical</StatusBadge> : null}{' '}
                {s.retiredAt ? <StatusBadge tone="neutral">Retired</StatusBadge> : null}
              </>
            ),
          },
          { header: 'Interval', cell: (s) => intervalLabel(s) },
          {
            header: 'Van types',
            cell: (s) =>
              VAN_TYPES.filter((t) => s.vanTypes.includes(t))
                .map((t) => VAN_TYPE_LABELS[t])
                .join(', '),
          },
        ]}
        actions={
          canWrite
            ? (s) => (
                <span className="row-actions">
                  {s.retiredAt ? null : (
                    <RowButton label="Edit" subject={s.name} onClick={() => setEditing(s)} />
                  )}
                  <RowButton
                    label={s.retiredAt ? 'Restore' : 'Remove'}
                    subject={s.name}
                    danger={!s.retiredAt}
                    onClick={() => retire.mutate(s)}
                  />
                </span>
              )
            : undefined
        }
      />
      <p className="muted">
        Stationhand starts every DSP with tire rotation, preventive maintenance, brake inspection and the
        annual DOT inspection for step vans; change them to match your lessor’s and manufacturer’s schedules.
        A schedule with service records is retired rather than deleted.
      </p>
      {editing ? (
        <ScheduleDialog
          schedule={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
          onSaved={async (s) => {
            await refresh();
            setEditing(null);
            onSaved(`${s.name} saved.`);
          }}
        />
      ) : null}
    </section>
  );
}
