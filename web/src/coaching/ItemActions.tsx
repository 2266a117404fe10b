import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { FormDialog } from '../app/ui/dialog.js';
import { fieldError, SelectField, TextAreaField } from '../app/ui/fields.js';
import { coachingApi, coachingKeys, type ItemDetail, type Resolution } from './api.js';

/** After a step the item's page shows the server's answer, and every list of items is stale. */
function useItemStep(item: { id: string }, step: () => Promise<ItemDetail>, onDone: () => void) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: step,
    onSuccess: async (saved) => {
      queryClient.setQueryData(coachingKeys.item(item.id), saved);
      await queryClient.invalidateQueries({ queryKey: coachingKeys.all });
      onDone();
    },
  });
}

/** A disputed item: the manager upholds it (the DA acknowledges it after all) or dismisses it, and says why. */
export function ResolveDialog({ item, onClose }: { item: ItemDetail; onClose: () => void }) {
  const [resolution, setResolution] = useState<Resolution>('upheld');
  const [note, setNote] = useState('');
  const resolve = useItemStep(item, () => coachingApi.resolve(item.id, resolution, note.trim()), onClose);
  return (
    <FormDialog
      title={`Resolve ${item.driverName}’s dispute`}
      onClose={onClose}
      submission={resolve}
      ready={note.trim().length > 0}
      whyNotReady="Write what was decided."
      submitLabel="Resolve"
      pendingLabel="Saving…"
      intro={
        item.disputeText ? <blockquote className="coaching-answer">{item.disputeText}</blockquote> : null
      }
    >
      <SelectField
        label="Decision"
        value={resolution}
        onValue={(r) => setResolution(r as Resolution)}
        options={[
          { value: 'upheld', label: 'Upheld: the coaching stands' },
          { value: 'dismissed', label: 'Dismissed: the DA is right' },
        ]}
      />
      <TextAreaField
        label="Note to the DA"
        value={note}
        onValue={setNote}
        rows={3}
        maxLength={2000}
        required
        error={fieldError(resolve.error, 'note')}
        hint="Required. The DA reads it on their phone."
      />
    </FormDialog>
  );
}

/** A 1:1, ride-along or written-warning meeting took place. */
export function HoldDialog({ item, onClose }: { item: ItemDetail; onClose: () => void }) {
  const [note, setNote] = useState('');
  const hold = useItemStep(item, () => coachingApi.held(item.id, note.trim()), onClose);
  return (
    <FormDialog
      title={`Mark held with ${item.driverName}`}
      onClose={onClose}
      submission={hold}
      ready
      submitLabel="Mark held"
      pendingLabel="Saving…"
    >
      <TextAreaField
        label="Note"
        value={note}
        onValue={setNote}
        rows={3}
        maxLength={2000}
        error={fieldError(hold.error, 'note')}
        hint="Optional: what was agreed."
      />
    </FormDialog>
  );
}

const REVIEW_ACTIONS = {
  send: {
    title: 'Send the written warning to',
    submit: 'Send to the DA',
    hint: 'Optional. Sent with the warning, in your words; the DA reads it on their phone.',
    run: coachingApi.send,
  },
  note: {
    title: 'Note on the written warning to',
    submit: 'Save note',
    hint: 'Optional. Sent with the warning when it is sent.',
    run: coachingApi.editNote,
  },
  dismiss: {
    title: 'Dismiss the written warning to',
    submit: 'Dismiss',
    hint: 'Required: why. The DA is never told of a dismissed warning.',
    run: coachingApi.dismiss,
  },
} as const;
export type ReviewAction = keyof typeof REVIEW_ACTIONS;

/** A written warning a rule proposed: a manager sends it (with a note), edits the note, or dismisses it. */
export function ReviewDialog({
  item,
  action,
  onClose,
}: {
  item: { id: string; driverName: string; managerNote: string | null };
  action: ReviewAction;
  onClose: () => void;
}) {
  const spec = REVIEW_ACTIONS[action];
  const [note, setNote] = useState(action === 'dismiss' ? '' : (item.managerNote ?? ''));
  const required = action === 'dismiss';
  const step = useItemStep(item, () => spec.run(item.id, note.trim()), onClose);
  return (
    <FormDialog
      title={`${spec.title} ${item.driverName}`}
      onClose={onClose}
      submission={step}
      ready={!required || note.trim().length > 0}
      whyNotReady="Write a note: it is required here."
      submitLabel={spec.submit}
      pendingLabel="Saving…"
    >
      <TextAreaField
        label={required ? 'Why' : 'Note to the DA'}
        value={note}
        onValue={setNote}
        rows={3}
        maxLength={2000}
        required={required}
        error={fieldError(step.error, 'note')}
        hint={spec.hint}
      />
    </FormDialog>
  );
}
