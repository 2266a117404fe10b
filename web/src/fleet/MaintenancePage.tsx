import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import { useSession } from '../app/auth.js';
import { StationFilter, useStation } from '../app/station.js';
import { CellLines, DataTable, RowButton } from '../app/table.js';
import { FormDialog } from '../app/ui/dialog.js';
import { Checkbox, fieldError, TextField } from '../app/ui/fields.js';
import { ErrorNotice, Notice } from '../app/ui/notice.js';
import { PageHeader } from '../app/ui/page.js';
import { QueryStatus, StatusBadge } from '../app/ui/status.js';
import { FLEET_KEY, fleetApi, type Schedule, type ScheduleInput, VAN_TYPES, type VanType } from './api.js';
import {
  DUE_LABELS,
  DUE_TONES,
  dueDetail,
  formatMiles,
  intervalLabel,
  VAN_STATUS_LABELS,
  VAN_TYPE_LABELS,
} from './labels.js';
import './fleet.css';

/** Fleet maintenance: what is due across the fleet, the schedules, and the grounding setting. */
export function MaintenancePage() {
  const { can } = useSession();
  const [message, setMessage] = useState<string | null>(null);
  return (
    <div className="stack-lg">
      <p>
        <Link to="/fleet" className="back-to">
          <span aria-hidden="true">←</span>All vans
        </Link>
      </p>
      <PageHeader
        title="Fleet maintenance"
        description="What is due or overdue by miles and days, and the schedules it is counted from."
      />
      {message ? <Notice kind="success">{message}</Notice> : null}
      <DueList />
      <SchedulesPanel canWrite={can('fleet.write')} onSaved={setMessage} />
    </div>
  );
}

function DueList() {
  const { me } = useSession();
  const { stationId } = useStation();
  const [stationFilter, setStationFilter] = useState(stationId);
  const due = useQuery({
    queryKey: [...FLEET_KEY, 'due', stationFilter],
    queryFn: () => fleetApi.due(stationFilter || undefined),
  });
  const rows = (due.data?.items ?? []).map((e) => ({ ...e, id: `${e.van.id}:${e.item.scheduleId}` }));
  const codeOf = (id: string) => me.stations.find((s) => s.id === id)?.code ?? '—';
  return (
    <section className="stack" aria-labelledby="fleet-due-title">
      <div className="section-head">
        <h2 id="fleet-due-title">Due and overdue</h2>
        <StationFilter value={stationFilter} onValue={setStationFilter} />
      </div>
      <QueryStatus
        query={due}
        isEmpty={rows.length === 0}
        empty="Nothing is due within 500 miles or 14 days."
      />
      <DataTable
        caption="Maintenance due across the fleet"
        card
        rows={rows}
        rowClassName={(e) => (e.item.state === 'overdue' ? 'row-overdue' : undefined)}
        columns={[
          {
            header: 'Van',
            cell: (e) => (
              <CellLines
                main={
                  <Link to={`/fleet/${encodeURIComponent(e.van.id)}?tab=maintenance`}>
                    {e.van.fleetNumber}
                  </Link>
                }
                sub={`${VAN_TYPE_LABELS[e.van.vanType]} · ${codeOf(e.van.stationId)}${e.van.status === 'active' ? '' : ` · ${VAN_STATUS_LABELS[e.van.status]}`}`}
              />
            ),
          },
          {
            header: 'Item',
            cell: (e) => (
              <>
                {e.item.name} {e.item.critical ? <StatusBadge tone="neutral">Critical</StatusBadge> : null}
              </>
            ),
          },
          {
            header: 'State',
            cell: (e) => (
              <CellLines
                main={<StatusBadge tone={DUE_TONES[e.item.state]}>{DUE_LABELS[e.item.state]}</StatusBadge>}
                sub={dueDetail(e.item)}
              />
            ),
          },
          { header: 'Odometer', className: 'num hide-narrow', cell: (e) => formatMiles(e.van.odometerMiles) },
        ]}
      />
    </section>
  );
}

function SchedulesPanel({ canWrite, onSaved }: { canWrite: boolean; onSaved: (message: string) => void }) {
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

const number = (s: string): number | null | undefined => {
  const t = s.replace(/[,\s]/g, '');
  if (!t) return null;
  return /^\d+$/.test(t) ? Number(t) : undefined;
};

function ScheduleDialog({
  schedule,
  onClose,
  onSaved,
}: {
  schedule: Schedule | null;
  onClose: () => void;
  onSaved: (s: Schedule) => Promise<void>;
}) {
  const [name, setName] = useState(schedule?.name ?? '');
  const [miles, setMiles] = useState(
    schedule?.everyMiles === null || !schedule ? '' : String(schedule.everyMiles),
  );
  const [days, setDays] = useState(
    schedule?.everyDays === null || !schedule ? '' : String(schedule.everyDays),
  );
  const [vanTypes, setVanTypes] = useState<VanType[]>(schedule?.vanTypes ?? ['edv', 'cdv', 'step_van']);
  const [critical, setCritical] = useState(schedule?.critical ?? false);
  const everyMiles = number(miles);
  const everyDays = number(days);
  const input: ScheduleInput = {
    name: name.trim(),
    vanTypes,
    everyMiles: everyMiles ?? null,
    everyDays: everyDays ?? null,
    critical,
  };
  const save = useMutation({
    mutationFn: () =>
      schedule ? fleetApi.updateSchedule(schedule.id, input) : fleetApi.createSchedule(input),
    onSuccess: onSaved,
  });
  const ready =
    Boolean(input.name) &&
    vanTypes.length > 0 &&
    everyMiles !== undefined &&
    everyDays !== undefined &&
    (everyMiles !== null || everyDays !== null);
  return (
    <FormDialog
      title={schedule ? `Edit ${schedule.name}` : 'Add a maintenance schedule'}
      onClose={onClose}
      submission={save}
      ready={ready}
      whyNotReady="Fill in the name, van types and how often."
      submitLabel="Save"
      pendingLabel="Saving…"
    >
      <TextField
        label="Item"
        value={name}
        onValue={setName}
        error={fieldError(save.error, 'name')}
        maxLength={80}
        required
      />
      <div className="form-grid">
        <TextField
          label="Every … miles"
          inputMode="numeric"
          value={miles}
          onValue={setMiles}
          error={
            fieldError(save.error, 'everyMiles') ?? (everyMiles === undefined ? 'Whole miles.' : undefined)
          }
          hint="100 to 500,000 miles."
        />
        <TextField
          label="Every … days"
          inputMode="numeric"
          value={days}
          onValue={setDays}
          error={fieldError(save.error, 'everyDays') ?? (everyDays === undefined ? 'Whole days.' : undefined)}
          hint="1 to 3,650 days. Give miles, days or both: whichever comes first."
        />
      </div>
      <fieldset className="form-section">
        <legend>Van types</legend>
        {VAN_TYPES.map((t) => (
          <Checkbox
            key={t}
            label={VAN_TYPE_LABELS[t]}
            checked={vanTypes.includes(t)}
            onChecked={(on) => setVanTypes(on ? [...vanTypes, t] : vanTypes.filter((x) => x !== t))}
          />
        ))}
        {fieldError(save.error, 'vanTypes') ? (
          <p className="field-error">{fieldError(save.error, 'vanTypes')}</p>
        ) : null}
      </fieldset>
      <Checkbox
        label="Critical"
        checked={critical}
        onChecked={setCritical}
        hint="When overdue, the van can be grounded (see the setting above)."
      />
    </FormDialog>
  );
}
