import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { FormDialog } from '../app/ui/dialog.js';
import { fieldError, TextField } from '../app/ui/fields.js';
import { type OnboardingStep, recordsApi } from './records-api.js';

/** Renames a step of the org's onboarding checklist. */
export function RenameStepDialog({
  step,
  onClose,
  onSaved,
}: {
  step: OnboardingStep;
  onClose: () => void;
  onSaved: () => Promise<void>;
}) {
  const [label, setLabel] = useState(step.label);
  const save = useMutation({
    mutationFn: () => recordsApi.changeStep(step.id, { label: label.trim() }),
    onSuccess: async () => {
      await onSaved();
      onClose();
    },
  });
  return (
    <FormDialog
      title={`Rename ${step.label}`}
      onClose={onClose}
      submission={save}
      ready={Boolean(label.trim()) && label.trim() !== step.label}
      whyNotReady={label.trim() ? 'Nothing changed yet.' : 'Enter the name.'}
      submitLabel="Save"
      pendingLabel="Saving…"
    >
      <TextField
        label="Name"
        value={label}
        onValue={setLabel}
        maxLength={80}
        error={fieldError(save.error, 'label')}
      />
    </FormDialog>
  );
}
