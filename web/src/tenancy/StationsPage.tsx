import { useInfiniteQuery, useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { ME_KEY, useSession } from '../app/auth.js';
import { formatShort } from '../app/format.js';
import {
  EmptyState,
  ErrorNotice,
  fieldError,
  Loading,
  LoadMore,
  Modal,
  Notice,
  PageHeader,
  SelectField,
  TextField,
} from '../app/ui.js';
import { type Station, type StationInput, tenancyApi } from './api.js';
import { US_STATES, ZONE_OF_STATE, zoneOptions } from './places.js';

export const STATIONS_KEY = ['stations'] as const;

export function useStationsList() {
  return useInfiniteQuery({
    queryKey: STATIONS_KEY,
    queryFn: ({ pageParam }) => tenancyApi.stations(pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}

export function StationsPage() {
  const { can } = useSession();
  const stations = useStationsList();
  const [adding, setAdding] = useState(false);
  const [editing, setEditing] = useState<Station | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const items = stations.data?.pages.flatMap((p) => p.items) ?? [];
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
      {stations.isPending ? <Loading /> : null}
      <ErrorNotice error={stations.error} />
      {stations.isSuccess && items.length === 0 ? (
        <EmptyState>No stations yet.{canWrite ? ' Add your first station to get started.' : ''}</EmptyState>
      ) : null}
      {items.length > 0 ? (
        <div className="table-wrap card flush">
          <table className="stack-table">
            <caption className="sr-only">Stations</caption>
            <thead>
              <tr>
                <th scope="col">Code</th>
                <th scope="col">Name</th>
                <th scope="col">State</th>
                <th scope="col">Time zone</th>
                <th scope="col" className="hide-narrow">
                  Updated
                </th>
                {canWrite ? (
                  <th scope="col">
                    <span className="sr-only">Actions</span>
                  </th>
                ) : null}
              </tr>
            </thead>
            <tbody>
              {items.map((s) => (
                <tr key={s.id}>
                  <td>
                    <strong className="mono">{s.code}</strong>
                  </td>
                  <td data-label="Name">{s.name}</td>
                  <td data-label="State">{s.state}</td>
                  <td data-label="Time zone">{s.timeZone}</td>
                  <td data-label="Updated" className="hide-narrow">
                    {formatShort(s.updatedAt)}
                  </td>
                  {canWrite ? (
                    <td className="actions">
                      <button
                        type="button"
                        className="button-secondary button-small"
                        onClick={() => setEditing(s)}
                      >
                        Edit<span className="sr-only"> {s.code}</span>
                      </button>
                    </td>
                  ) : null}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      <LoadMore
        hasMore={stations.hasNextPage}
        loading={stations.isFetchingNextPage}
        onMore={() => void stations.fetchNextPage()}
      />
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

  function submit(e: FormEvent) {
    e.preventDefault();
    save.mutate();
  }

  const stateOptions = [
    { value: '', label: 'Choose a state' },
    ...US_STATES.map(([v, l]) => ({ value: v, label: `${v} — ${l}` })),
  ];
  const zones = [{ value: '', label: 'Choose a time zone' }, ...zoneOptions(form.timeZone)];

  return (
    <Modal title={station ? `Edit station ${station.code}` : 'Add a station'} onClose={onClose}>
      <form className="stack" onSubmit={submit} noValidate>
        <ErrorNotice error={save.error} />
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
        <div className="form-actions">
          <button type="button" className="button-secondary" onClick={onClose}>
            Cancel
          </button>
          <button
            type="submit"
            className="button-primary"
            disabled={
              save.isPending ||
              !form.name.trim() ||
              !form.state ||
              !form.timeZone ||
              (!station && !form.code.trim())
            }
          >
            {save.isPending ? 'Saving…' : station ? 'Save station' : 'Add station'}
          </button>
        </div>
      </form>
    </Modal>
  );
}
