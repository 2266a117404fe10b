import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { oneOf } from '../app/api.js';
import { ConfirmDialog, FormDialog } from '../app/ui/dialog.js';
import { fieldError, SelectField, TextField } from '../app/ui/fields.js';
import { VAN_TYPE_LABELS } from '../fleet/labels.js';
import type { VanType } from '../people/api.js';
import { dispatchApi } from './api.js';
import { type DialogProps, whole } from './route-dialog.js';

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
