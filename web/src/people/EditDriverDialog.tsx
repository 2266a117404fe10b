import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { FormDialog } from '../app/ui/dialog.js';
import { DRIVERS_KEY, type Driver, peopleApi } from './api.js';
import { DriverFields } from './DriverFields.js';
import { draftOf, draftReady, patchOf } from './driver-draft.js';
import { fullName } from './labels.js';

/** Edits a DA's profile fields. */
export function EditDriverDialog({
  driver,
  onClose,
  onSaved,
}: {
  driver: Driver;
  onClose: () => void;
  onSaved: (driver: Driver) => void;
}) {
  const queryClient = useQueryClient();
  const [initial] = useState(() => draftOf(driver));
  const [draft, setDraft] = useState(initial);
  const patch = patchOf(initial, draft);
  const dirty = Object.keys(patch).length > 0;
  const save = useMutation({
    mutationFn: () => peopleApi.updateDriver(driver.id, patch),
    onSuccess: async (saved) => {
      await queryClient.invalidateQueries({ queryKey: DRIVERS_KEY });
      onSaved(saved);
    },
  });

  return (
    <FormDialog
      title={`Edit ${fullName(driver)}`}
      onClose={onClose}
      submission={save}
      ready={dirty && draftReady(draft)}
      whyNotReady={dirty ? 'Fill in the required fields (marked *).' : 'Nothing changed yet.'}
      submitLabel="Save"
      pendingLabel="Saving…"
      wide
    >
      <DriverFields value={draft} onChange={setDraft} error={save.error} />
    </FormDialog>
  );
}
