import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { FormDialog } from '../app/ui/dialog.js';
import { fieldError, TextField } from '../app/ui/fields.js';
import { dispatchApi } from './api.js';
import { type DialogProps, whole } from './route-dialog.js';

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
