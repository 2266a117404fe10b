import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { oneOf } from '../app/api.js';
import { ConfirmDialog, FormDialog, Modal } from '../app/ui/dialog.js';
import { Checkbox, fieldError, SelectField, TextAreaField, TextField } from '../app/ui/fields.js';
import { ErrorNotice } from '../app/ui/notice.js';
import { QueryStatus } from '../app/ui/status.js';
import { VAN_TYPE_LABELS } from '../fleet/labels.js';
import type { VanType } from '../people/api.js';
import { type Board, type BoardRoute, dispatchApi, type Replacement } from './api.js';
import { assignChoices, dropOutcome, hours } from './board-model.js';

interface DialogProps {
  board: Board;
  route: BoardRoute;
  onClose: () => void;
  /** After a change: the board reloads; `note` is shown to the dispatcher (warnings). */
  onDone: (note?: string) => void;
}

/** Whole dollars: an overtime cost is an estimate. */
const money = (cents: number) => `$${Math.round(cents / 100).toLocaleString('en-US')}`;
const whole = (v: string) => (v.trim() === '' ? Number.NaN : Number(v));

const GROUP_LABELS: Record<Replacement['group'], string> = {
  standby: 'Free standbys',
  scheduled: 'Scheduled, no route yet',
  off_today: 'Off today',
};

const vanTypes = (types: string[]) => types.map((t) => VAN_TYPE_LABELS[t as VanType] ?? t).join(', ');

/** One DA's facts for a route: their week, what they drive and the overtime it would cost. */
const replacementFacts = (r: Replacement) =>
  `${r.checkedIn ? 'checked in · ' : ''}${hours(r.weekMinutes)} this week → ${hours(r.weekMinutesAfter)} · ${vanTypes(r.vanTypes)} · ${
    r.overtimeMinutes > 0
      ? `${hours(r.overtimeMinutes)} overtime, about ${money(r.overtimeCostCents)}`
      : 'no overtime'
  }`;

/** Picks a DA and a van from lists (the keyboard's way to do what dragging does), with live conflicts. */
export function AssignDialog({ board, route, onClose, onDone }: DialogProps) {
  const [driverId, setDriverId] = useState(route.driverId ?? '');
  const [vanId, setVanId] = useState(route.vanId ?? '');
  const [pinned, setPinned] = useState(true);
  const outcome = dropOutcome(
    board,
    { ...route, driverId: driverId || null, vanId: vanId || null },
    {
      kind: 'driver',
      id: driverId,
      fromRouteId: null,
    },
  );
  const conflicts = driverId ? outcome.conflicts : [];
  const save = useMutation({
    mutationFn: () =>
      dispatchApi.assign(route.id, {
        driverId: driverId || null,
        vanId: vanId || null,
        version: route.version,
        pinned,
      }),
    onSuccess: (r) => onDone(r.warnings.join(' ')),
  });
  const choices = assignChoices(board, route);
  return (
    <FormDialog
      title={`Assign ${route.code}`}
      onClose={onClose}
      submission={save}
      ready={!outcome.blocked || !driverId}
      whyNotReady="This DA cannot take the route: see why above."
      submitLabel="Save"
      pendingLabel="Saving…"
    >
      <SelectField
        label="DA"
        value={driverId}
        onValue={setDriverId}
        error={fieldError(save.error, 'driverId')}
        options={[
          { value: '', label: '— nobody —' },
          ...choices.offered.map((r) => ({
            value: r.driverId,
            label: `${r.name} · ${r.driverId === route.driverId ? `on ${route.code} now` : GROUP_LABELS[r.group].toLowerCase()} · ${replacementFacts(r)}`,
          })),
          ...choices.others.map(({ driver, reason }) => ({
            value: driver.id,
            label: `${driver.name} · ${reason === 'called out today' ? 'CALLED OUT today' : reason}`,
          })),
        ]}
      />
      <SelectField
        label="Van"
        value={vanId}
        onValue={setVanId}
        error={fieldError(save.error, 'vanId')}
        options={[
          { value: '', label: '— none yet —' },
          ...board.vans
            .filter((v) => v.dispatchable)
            .map((v) => ({
              value: v.id,
              label: `${v.fleetNumber} · ${VAN_TYPE_LABELS[v.vanType as VanType] ?? v.vanType}${v.routeId && v.routeId !== route.id ? ' · on another route' : ''}`,
            })),
        ]}
      />
      <Checkbox label="Keep this pair when the roster is rebuilt" checked={pinned} onChecked={setPinned} />
      {conflicts.length ? (
        <ul className="route-conflicts">
          {conflicts.map((c) => (
            <li key={c.message} className={`conflict-${c.level}`}>
              {c.message}
            </li>
          ))}
        </ul>
      ) : null}
    </FormDialog>
  );
}

/** A DA on this route called out or did not show: logged in attendance, the route goes back to uncovered. */
export function CalloutDialog({ board, route, onClose, onDone }: DialogProps) {
  const driver = board.drivers.find((d) => d.id === route.driverId);
  const [kind, setKind] = useState<'callout' | 'ncns'>('callout');
  const [notice, setNotice] = useState('');
  const [reason, setReason] = useState('');
  const save = useMutation({
    mutationFn: () =>
      dispatchApi.callout({
        stationId: board.station.id,
        date: board.date,
        driverId: route.driverId as string,
        kind,
        noticeHours: kind === 'callout' ? Number(notice) : null,
        reason: reason || null,
      }),
    onSuccess: () => onDone(`${driver?.name ?? 'The DA'} is off ${route.code}; pick a replacement.`),
  });
  return (
    <FormDialog
      title={`${driver?.name ?? 'DA'} is not coming`}
      onClose={onClose}
      submission={save}
      ready={kind === 'ncns' || (notice.trim() !== '' && Number(notice) >= 0)}
      whyNotReady="Enter how many hours of notice they gave."
      submitLabel="Mark it"
      pendingLabel="Saving…"
      intro={
        <p className="muted">
          It goes into their attendance with the org’s points, and {route.code} needs a DA.
        </p>
      }
    >
      <SelectField
        label="What happened"
        value={kind}
        onValue={(v) => setKind(v as 'callout' | 'ncns')}
        options={[
          { value: 'callout', label: 'Called out' },
          { value: 'ncns', label: 'No call, no show' },
        ]}
      />
      {kind === 'callout' ? (
        <TextField
          label="Notice given (hours before the shift)"
          required
          value={notice}
          onValue={setNotice}
          inputMode="decimal"
          error={fieldError(save.error, 'noticeHours')}
        />
      ) : null}
      <TextAreaField label="Reason (optional)" value={reason} onValue={setReason} />
    </FormDialog>
  );
}

/**
 * "Find a DA": who could take an uncovered route, best first (free standbys, scheduled DAs without a
 * route, DAs off today), who was left out and why; one click puts them on it with a free van.
 */
export function ReplacementsDialog({ route, onClose, onDone }: DialogProps) {
  const query = useQuery({
    queryKey: ['replacements', route.id, route.version],
    queryFn: () => dispatchApi.replacements(route.id),
  });
  const van = query.data?.van ?? null;
  const take = useMutation({
    mutationFn: (driverId: string) =>
      dispatchApi.assign(route.id, { driverId, vanId: van?.id ?? route.vanId, version: route.version }),
    onSuccess: (r) => onDone([...r.warnings, ...(van ? [] : [query.data?.vanNote ?? ''])].join(' ').trim()),
  });
  const list = query.data?.replacements ?? [];
  const groups = (['standby', 'scheduled', 'off_today'] as const)
    .map((g) => ({ g, items: list.filter((r) => r.group === g) }))
    .filter((x) => x.items.length > 0);
  return (
    <Modal title={`Who can take ${route.code}`} onClose={onClose}>
      <div className="stack" data-testid="find-a-da">
        <QueryStatus query={query} />
        <ErrorNotice error={take.error} />
        {query.data ? (
          <p className="muted">{van ? `Van: ${van.fleetNumber}` : (query.data.vanNote ?? 'No van free.')}</p>
        ) : null}
        {query.data && list.length === 0 ? <p>Nobody can take it.</p> : null}
        {groups.map(({ g, items }) => (
          <section key={g}>
            <h3>{GROUP_LABELS[g]}</h3>
            <ol className="replacements">
              {items.map((r) => (
                <li key={r.driverId}>
                  <span>
                    <strong>{r.name}</strong> · {replacementFacts(r)}
                  </span>
                  <button
                    type="button"
                    className="button-primary button-small"
                    disabled={take.isPending}
                    onClick={() => take.mutate(r.driverId)}
                  >
                    Put on {route.code}
                  </button>
                </li>
              ))}
            </ol>
          </section>
        ))}
        {query.data?.leftOut.length ? (
          <details>
            <summary>Left out ({query.data.leftOut.reduce((n, l) => n + l.names.length, 0)})</summary>
            <ul>
              {query.data.leftOut.map((l) => (
                <li key={l.reason}>
                  {l.reason[0]?.toUpperCase()}
                  {l.reason.slice(1)}: {l.names.join(', ')}
                </li>
              ))}
            </ul>
          </details>
        ) : null}
      </div>
    </Modal>
  );
}

/** End of day: when the route actually ran and what came back. */
export function CloseDialog({ route, onClose, onDone }: DialogProps) {
  const c = route.close;
  const [start, setStart] = useState(c?.actualStart ?? route.waveTime);
  const [end, setEnd] = useState(c?.actualEnd ?? '');
  const [stops, setStops] = useState(String(c?.stopsCompleted ?? route.stops ?? ''));
  const [delivered, setDelivered] = useState(String(c?.packagesDelivered ?? ''));
  const [returned, setReturned] = useState(String(c?.packagesReturned ?? '0'));
  const save = useMutation({
    mutationFn: () =>
      dispatchApi.close(route.id, {
        version: route.version,
        actualStart: start,
        actualEnd: end,
        stopsCompleted: whole(stops),
        packagesDelivered: whole(delivered),
        packagesReturned: whole(returned),
      }),
    onSuccess: () => onDone(),
  });
  const ready =
    Boolean(start && end) && [stops, delivered, returned].every((v) => Number.isInteger(whole(v)));
  return (
    <FormDialog
      title={`Close ${route.code}`}
      onClose={onClose}
      submission={save}
      ready={ready}
      whyNotReady="Enter the start and end times and whole numbers of stops and packages."
      submitLabel="Close route"
      pendingLabel="Saving…"
    >
      <div className="form-grid">
        <TextField
          label="Started"
          required
          type="time"
          value={start}
          onValue={setStart}
          error={fieldError(save.error, 'actualStart')}
        />
        <TextField
          label="Back at"
          required
          type="time"
          value={end}
          onValue={setEnd}
          error={fieldError(save.error, 'actualEnd')}
          hint="Before the start means after midnight."
        />
      </div>
      <TextField
        label="Stops completed"
        required
        value={stops}
        onValue={setStops}
        inputMode="numeric"
        error={fieldError(save.error, 'stopsCompleted')}
      />
      <div className="form-grid">
        <TextField
          label="Packages delivered"
          required
          value={delivered}
          onValue={setDelivered}
          inputMode="numeric"
          error={fieldError(save.error, 'packagesDelivered')}
        />
        <TextField
          label="Packages returned"
          required
          value={returned}
          onValue={setReturned}
          inputMode="numeric"
          error={fieldError(save.error, 'packagesReturned')}
        />
      </div>
    </FormDialog>
  );
}

/** Another DA takes stops and packages off this route. */
export function RescueDialog({ board, route, onClose, onDone }: DialogProps) {
  const [rescuer, setRescuer] = useState('');
  const [stops, setStops] = useState('');
  const [packages, setPackages] = useState('');
  const [start, setStart] = useState('');
  const [end, setEnd] = useState('');
  const save = useMutation({
    mutationFn: () =>
      dispatchApi.rescue({
        routeId: route.id,
        rescuerDriverId: rescuer,
        stops: whole(stops),
        packages: whole(packages),
        startTime: start,
        endTime: end || null,
        note: null,
      }),
    onSuccess: () => onDone(),
  });
  const ready =
    Boolean(rescuer && start) && Number.isInteger(whole(stops)) && Number.isInteger(whole(packages));
  return (
    <FormDialog
      title={`Rescue ${route.code}`}
      onClose={onClose}
      submission={save}
      ready={ready}
      whyNotReady="Choose the rescuer and the start time; stops and packages are whole numbers."
      submitLabel="Record rescue"
      pendingLabel="Saving…"
    >
      <SelectField
        label="Rescuer"
        required
        value={rescuer}
        onValue={setRescuer}
        error={fieldError(save.error, 'rescuerDriverId')}
        options={[
          { value: '', label: 'Pick a DA' },
          ...board.drivers
            .filter((d) => d.id !== route.driverId && d.cleared)
            .map((d) => ({ value: d.id, label: d.name })),
        ]}
      />
      <div className="form-grid">
        <TextField
          label="Stops taken"
          required
          value={stops}
          onValue={setStops}
          inputMode="numeric"
          error={fieldError(save.error, 'stops')}
        />
        <TextField
          label="Packages taken"
          required
          value={packages}
          onValue={setPackages}
          inputMode="numeric"
          error={fieldError(save.error, 'packages')}
        />
      </div>
      <div className="form-grid">
        <TextField label="Started" required type="time" value={start} onValue={setStart} />
        <TextField label="Finished (optional)" type="time" value={end} onValue={setEnd} />
      </div>
    </FormDialog>
  );
}

const VAN_TYPES = ['edv', 'cdv', 'step_van', 'rental'] as const;

/** A route by hand: a late add from Amazon or one the file missed. */
export function AddRouteDialog({ board, onClose, onDone }: Omit<DialogProps, 'route'>) {
  const [code, setCode] = useState('');
  const [wave, setWave] = useState(board.routes[0]?.waveTime ?? '10:20');
  const [staging, setStaging] = useState('');
  const [minutes, setMinutes] = useState('600');
  const [stops, setStops] = useState('');
  const [packages, setPackages] = useState('');
  const [vanType, setVanType] = useState<VanType>('cdv');
  const count = (v: string) => (v.trim() === '' ? null : whole(v));
  const save = useMutation({
    mutationFn: () =>
      dispatchApi.addRoute(board.station.id, board.date, {
        code,
        waveTime: wave,
        stagingLocation: staging || null,
        serviceType: null,
        plannedMinutes: whole(minutes),
        stops: count(stops),
        packages: count(packages),
        vanType,
      }),
    onSuccess: () => onDone(),
  });
  return (
    <FormDialog
      title="Add a route"
      onClose={onClose}
      submission={save}
      ready={Boolean(code.trim() && wave)}
      whyNotReady="Enter the route code and choose the wave."
      submitLabel="Add route"
      pendingLabel="Adding…"
    >
      <div className="form-grid">
        <TextField
          label="Route code"
          required
          value={code}
          onValue={(v) => setCode(v.toUpperCase())}
          error={fieldError(save.error, 'code')}
          placeholder="CX127"
          autoCapitalize="characters"
          autoComplete="off"
          maxLength={20}
        />
        <TextField
          label="Wave time"
          required
          type="time"
          value={wave}
          onValue={setWave}
          error={fieldError(save.error, 'waveTime')}
        />
      </div>
      <div className="form-grid">
        <TextField label="Staging location" value={staging} onValue={setStaging} maxLength={40} />
        <SelectField
          label="Van type"
          value={vanType}
          onValue={(v) => setVanType(oneOf(VAN_TYPES, v) ?? vanType)}
          options={VAN_TYPES.map((t) => ({ value: t, label: VAN_TYPE_LABELS[t] }))}
        />
      </div>
      <div className="form-grid">
        <TextField
          label="Planned minutes"
          value={minutes}
          onValue={setMinutes}
          inputMode="numeric"
          error={fieldError(save.error, 'plannedMinutes')}
          hint="30 to 840 (14 hours)."
          maxLength={3}
        />
        <TextField
          label="Stops"
          value={stops}
          onValue={setStops}
          inputMode="numeric"
          error={fieldError(save.error, 'stops')}
        />
        <TextField
          label="Packages"
          value={packages}
          onValue={setPackages}
          inputMode="numeric"
          error={fieldError(save.error, 'packages')}
        />
      </div>
    </FormDialog>
  );
}

/** Removes a route Amazon took back. */
export function RemoveRouteDialog({ route, onClose, onDone }: DialogProps) {
  return (
    <ConfirmDialog
      title={`Remove ${route.code}?`}
      confirmLabel="Remove route"
      danger
      run={() => dispatchApi.removeRoute(route.id, route.version)}
      onDone={() => onDone()}
      onCancel={onClose}
    >
      <p>Use this when Amazon took the route back. Its DA and van go back to the pools.</p>
    </ConfirmDialog>
  );
}
