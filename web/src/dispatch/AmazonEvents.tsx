import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { type Answer, answer, client } from '../app/api.js';
import { SelectField, TextField } from '../app/ui/fields.js';
import { ErrorNotice } from '../app/ui/notice.js';
import type { Board } from './api.js';

type Events = Answer<'/dispatch/amazon-events', 'get'>;

const eventsApi = {
  day: (stationId: string, date: string) =>
    answer(client.GET('/dispatch/amazon-events', { params: { query: { stationId, date } } })),
  cancel: (routeId: string, time: string, note: string) =>
    answer(
      client.PUT('/dispatch/routes/{id}/late-cancel', {
        params: { path: { id: routeId } },
        body: { time, note: note || null },
      }),
    ),
  undoCancel: (routeId: string) =>
    answer(client.DELETE('/dispatch/routes/{id}/late-cancel', { params: { path: { id: routeId } } })),
  delay: (routeIds: string[], minutes: number, note: string) =>
    answer(client.POST('/dispatch/delays', { body: { routeIds, minutes, note: note || null } })),
  removeDelay: (id: string) => answer(client.DELETE('/dispatch/delays/{id}', { params: { path: { id } } })),
};

/** Records that Amazon cancelled a staffed route: the route keeps its DA, who is paid for the day. */
function LateCancelForm({ board, events, done }: { board: Board; events: Events; done: () => void }) {
  const cancelled = new Set(events.lateCancels.map((c) => c.routeId));
  const staffed = board.routes.filter((r) => r.driverId && !cancelled.has(r.id));
  const [routeId, setRouteId] = useState('');
  const [time, setTime] = useState('');
  const [note, setNote] = useState('');
  const save = useMutation({
    mutationFn: () => eventsApi.cancel(routeId, time, note),
    onSuccess: () => {
      setRouteId('');
      setNote('');
      done();
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate();
  };
  return (
    <form className="stack" onSubmit={submit} aria-label="Amazon cancelled a staffed route">
      <h3>Amazon cancelled a staffed route</h3>
      <div className="filters">
        <SelectField
          label="Route"
          value={routeId}
          onValue={setRouteId}
          options={[
            { value: '', label: 'Choose a route' },
            ...staffed.map((r) => ({ value: r.id, label: r.code })),
          ]}
        />
        <TextField label="When (local time)" type="time" value={time} onValue={setTime} required />
        <TextField label="Note" value={note} onValue={setNote} maxLength={500} />
      </div>
      <ErrorNotice error={save.error} />
      <div>
        <button type="submit" className="button-secondary" disabled={!routeId || !time || save.isPending}>
          Record late cancel
        </button>
      </div>
    </form>
  );
}

/** Logs an unplanned delay Amazon caused (a late truck) on the routes it held up. */
function DelayForm({ board, done }: { board: Board; done: () => void }) {
  const [minutes, setMinutes] = useState('');
  const [note, setNote] = useState('');
  const [chosen, setChosen] = useState<string[]>([]);
  const toggle = (id: string) => setChosen((c) => (c.includes(id) ? c.filter((x) => x !== id) : [...c, id]));
  const save = useMutation({
    mutationFn: () => eventsApi.delay(chosen, Number(minutes), note),
    onSuccess: () => {
      setChosen([]);
      setMinutes('');
      setNote('');
      done();
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate();
  };
  return (
    <form className="stack" onSubmit={submit} aria-label="Unplanned delay">
      <h3>Unplanned delay</h3>
      <div className="filters">
        <TextField
          label="Minutes"
          type="number"
          min={1}
          max={720}
          value={minutes}
          onValue={setMinutes}
          required
        />
        <TextField label="Note (what held the routes up)" value={note} onValue={setNote} maxLength={500} />
      </div>
      <fieldset className="field field-wide">
        <legend>Routes delayed ({chosen.length})</legend>
        <div className="amazon-routes">
          {board.routes.map((r) => (
            <label key={r.id} className="checkbox">
              <input type="checkbox" checked={chosen.includes(r.id)} onChange={() => toggle(r.id)} /> {r.code}
            </label>
          ))}
        </div>
      </fieldset>
      <ErrorNotice error={save.error} />
      <div>
        <button
          type="submit"
          className="button-secondary"
          disabled={chosen.length === 0 || !minutes || save.isPending}
        >
          Log delay
        </button>
      </div>
    </form>
  );
}

/**
 * What Amazon decided on the day that it owes the DSP for (issue 16 item 4): routes it cancelled after
 * we staffed them, and unplanned delays. The money checks price them as expected pay.
 */
export function AmazonEvents({ board, canWrite }: { board: Board; canWrite: boolean }) {
  const queryClient = useQueryClient();
  const key = ['dispatch-amazon', board.station.id, board.date, board.version];
  const query = useQuery({ queryKey: key, queryFn: () => eventsApi.day(board.station.id, board.date) });
  const done = () => queryClient.invalidateQueries({ queryKey: ['dispatch-amazon'] });
  const undo = useMutation({ mutationFn: eventsApi.undoCancel, onSuccess: done });
  const remove = useMutation({ mutationFn: eventsApi.removeDelay, onSuccess: done });
  const events = query.data;
  const count = (events?.lateCancels.length ?? 0) + (events?.delays.length ?? 0);
  return (
    <details className="card no-print" data-testid="amazon-events" open={count > 0 || undefined}>
      <summary>Amazon’s late cancels and delays today ({count})</summary>
      <ErrorNotice error={query.error ?? undo.error ?? remove.error} />
      {events ? (
        <ul>
          {events.lateCancels.map((c) => (
            <li key={c.id}>
              Route <strong>{c.code}</strong> cancelled by Amazon at {c.time}
              {c.note ? ` — ${c.note}` : ''} <span className="muted">({c.recordedBy})</span>{' '}
              {canWrite ? (
                <button type="button" className="button-ghost" onClick={() => undo.mutate(c.routeId)}>
                  Undo
                </button>
              ) : null}
            </li>
          ))}
          {events.delays.map((d) => (
            <li key={d.id}>
              Delay of <strong>{d.minutes} min</strong> on {d.codes.join(', ')}
              {d.note ? ` — ${d.note}` : ''} <span className="muted">({d.recordedBy})</span>{' '}
              {canWrite ? (
                <button type="button" className="button-ghost" onClick={() => remove.mutate(d.id)}>
                  Remove
                </button>
              ) : null}
            </li>
          ))}
          {count === 0 ? <li className="muted">None recorded.</li> : null}
        </ul>
      ) : null}
      {canWrite && events ? (
        <div className="stack">
          <LateCancelForm board={board} events={events} done={done} />
          <DelayForm board={board} done={done} />
        </div>
      ) : null}
    </details>
  );
}
