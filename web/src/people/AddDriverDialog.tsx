import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useSession } from '../app/auth.js';
import { useStation } from '../app/station.js';
import { FormDialog } from '../app/ui/dialog.js';
import { fieldError, SelectField } from '../app/ui/fields.js';
import { type Driver, peopleApi, START_STATUSES } from './api.js';
import { DriverFields } from './DriverFields.js';
import { draftReady, emptyDraft, inputOf } from './driver-draft.js';
import { STATUS_LABELS } from './labels.js';

/** Adds a DA: their profile and the status they start in, at the station picked in the header if any. */
export function AddDriverDialog({
  onClose,
  onSaved,
}: {
  onClose: () => void;
  onSaved: (driver: Driver) => Promise<void>;
}) {
  const { me } = useSession();
  const { stationId } = useStation();
  const [draft, setDraft] = useState(() =>
    emptyDraft(stationId || (me.stations.length === 1 ? (me.stations[0]?.id ?? '') : '')),
  );
  const [status, setStatus] = useState<(typeof START_STATUSES)[number]>('applicant');
  const create = useMutation({
    mutationFn: () => peopleApi.createDriver({ ...inputOf(draft), status }),
    onSuccess: onSaved,
  });

  return (
    <FormDialog
      title="Add a DA"
      onClose={onClose}
      submission={create}
      ready={draftReady(draft)}
      whyNotReady="Fill in the required fields (marked *)."
      submitLabel="Add DA"
      pendingLabel="Adding…"
      wide
    >
      <DriverFields
        value={draft}
        onChange={setDraft}
        error={create.error}
        extra={
          <SelectField
            label="Starting status"
            value={status}
            onValue={(s) => setStatus(s as typeof status)}
            options={START_STATUSES.map((s) => ({ value: s, label: STATUS_LABELS[s] }))}
            error={fieldError(create.error, 'status')}
            hint="Only active DAs can be given work."
          />
        }
      />
    </FormDialog>
  );
}
