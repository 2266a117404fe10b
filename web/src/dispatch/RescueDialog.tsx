import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { FormDialog } from '../app/ui/dialog.js';
import { fieldError, SelectField, TextField } from '../app/ui/fields.js';
import { dispatchApi } from './api.js';
import { type DialogProps, whole } from './route-dialog.js';

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
