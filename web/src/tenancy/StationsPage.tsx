import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { ME_KEY, useSession } from '../app/auth.js';
import { formatShort } from '../app/format.js';
import { usePagedQuery } from '../app/paging.js';
import { DataTable, RowButton } from '../app/table.js';
import { FormDialog } from '../app/ui/dialog.js';
import { fieldError, SelectField, TextField } from '../app/ui/fields.js';
import { Notice } from '../app/ui/notice.js';
import { PageHeader } from '../app/ui/page.js';
import { LoadMore, QueryStatus } from '../app/ui/status.js';
import { type Station, type StationInput, tenancyApi } from './api.js';
import { US_STATES, ZONE_OF_STATE, zoneOptions } from './places.js';

const STATIONS_KEY = ['stations'] as const;

export function StationsPage() {
  const { can } = useSession();
  const { query: stations, items } = usePagedQuery(STATIONS_KEY, tenancyApi.stations);
  const [adding, setAdding] = useState(false);
  const [editing, setEditing] = useState<Station | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const canWrite = can('stations.write');

  return (
    <div className="stack-lg">
      <PageHeader
        title="Stations"
        description="The Amazon delivery stations your DSP works out of."
        actions={
          canWrite ? (
            <button type="button" className="button-primary" onClick={() => setAdding(true)}>
              Add station
            </button>
          ) : null
        }
      />
      {saved ? <Notice kind="success">{saved}</Notice> : null}
      <QueryStatus
        query={stations}
        isEmpty={items.length === 0}
        empty={`No stations yet.${canWrite ? ' Add your first station to get started.' : ''}`}
      />
      <DataTable
        caption="Stations"
        card
        rows={items}
        columns={[
          { header: 'Code', cell: (s) => <strong className="mono">{s.code}</strong> },
          { header: 'Name', cell: (s) => s.name },
          { header: 'State', cell: (s) => s.state },
          { header: 'Time zone', cell: (s) => s.timeZone },
          { header: 'Updated', className: 'hide-narrow', cell: (s) => formatShort(s.updatedAt) },
        ]}
        actions={
          canWrite
            ? (s) => <RowButton label="Edit" subject={s.code} onClick={() => setEditing(s)} />
            : undefined
        }
      />
      <LoadMore query={stations} />
      {adding ? (
        <StationDialog
          onClose={() => setAdding(false)}
          onSaved={(s) => {
            setAdding(false);
            setSaved(`Station ${s.code} added.`);
          }}
        />
      ) : null}
      {editing ? (
        <StationDialog
          station={editing}
          onClose={() => setEditing(null)}
          onSaved={(s) => {
            setEditing(null);
            setSaved(`Station ${s.code} saved.`);
          }}
        />
      ) : null}
    </div>
  );
}

function StationDialog({
  station,
  onClose,
  onSaved,
}: {
  station?: Station;
  onClose: () => void;
  onSaved: (station: Station) => void;
}) {
  const queryClient = useQueryClient();
  const [form, setForm] = useState<StationInput>({
    code: station?.code ?? '',
    name: station?.name ?? '',
    state: station?.state ?? '',
    timeZone: station?.timeZone ?? '',
  });
  const [zoneTouched, setZoneTouched] = useState(Boolean(station));
  const save = useMutation({
    mutationFn: () =>
      station
        ? tenancyApi.updateStation(station.id, {
            name: form.name.trim(),
            state: form.state,
            timeZone: form.timeZone,
          })
        : tenancyApi.createStation({ ...form, code: form.code.trim().toUpperCase(), name: form.name.trim() }),
    onSuccess: async (saved) => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: STATIONS_KEY }),
        queryClient.invalidateQueries({ queryKey: ME_KEY }),
      ]);
      onSaved(saved);
    },
  });

  const stateOptions = [
    { value: '', label: 'Choose a state' },
    ...US_STATES.map(([v, l]) => ({ value: v, label: `${v} — ${l}` })),
  ];
  const zones = [{ value: '', label: 'Choose a time zone' }, ...zoneOptions(form.timeZone)];

  return (
    <FormDialog
      title={station ? `Edit station ${station.code}` : 'Add a station'}
      onClose={onClose}
      submission={save}
      ready={Boolean(form.name.trim() && form.state && form.timeZone && (station || form.code.trim()))}
      whyNotReady="Fill in the code, name, state and time zone."
      submitLabel={station ? 'Save station' : 'Add station'}
      pendingLabel="Saving…"
    >
      {station ? (
        <p className="muted">
          The station code cannot change; it is how Amazon and your files name the station.
        </p>
      ) : (
        <TextField
          label="Station code"
          value={form.code}
          onValue={(code) => setForm({ ...form, code: code.toUpperCase() })}
          error={fieldError(save.error, 'code')}
          hint="The Amazon code, e.g. DAU5."
          autoCapitalize="characters"
          autoComplete="off"
          maxLength={6}
          required
        />
      )}
      <TextField
        label="Name"
        value={form.name}
        onValue={(name) => setForm({ ...form, name })}
        error={fieldError(save.error, 'name')}
        hint="How your team calls it, e.g. Austin South."
        maxLength={120}
        required
      />
      <SelectField
        label="State"
        value={form.state}
        onValue={(state) =>
          setForm({
            ...form,
            state,
            timeZone: zoneTouched ? form.timeZone : (ZONE_OF_STATE[state] ?? form.timeZone),
          })
        }
        options={stateOptions}
        error={fieldError(save.error, 'state')}
        required
      />
      <SelectField
        label="Time zone"
        value={form.timeZone}
        onValue={(timeZone) => {
          setZoneTouched(true);
          setForm({ ...form, timeZone });
        }}
        options={zones}
        error={fieldError(save.error, 'timeZone')}
        hint="Business days (routes, punches) follow the station’s local time."
        required
      />
    </FormDialog>
  );
}
