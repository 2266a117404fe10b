import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { answer, client } from '../app/api.js';
import { FormDialog } from '../app/ui/dialog.js';
import { TextAreaField } from '../app/ui/fields.js';

/**
 * Writes a discrepancy off with the reason: an open one directly (not worth a dispute), a disputed one
 * as its dispute's outcome (Amazon denied it), so the dispute's total follows.
 */
export function WriteOffButton({
  id,
  disputeId,
  description,
}: {
  id: string;
  disputeId: string | null;
  description: string;
}) {
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const line = { status: 'written_off' as const, reason: reason.trim() };
  const writeOff = useMutation({
    mutationFn: (): Promise<unknown> =>
      disputeId
        ? answer(
            client.POST('/money/disputes/{id}/outcome', {
              params: { path: { id: disputeId } },
              body: { lines: [{ discrepancyId: id, ...line }] },
            }),
          )
        : answer(client.POST('/money/discrepancies/{id}/settle', { params: { path: { id } }, body: line })),
    onSuccess: async () => {
      setOpen(false);
      await queryClient.invalidateQueries({ queryKey: ['money'] });
    },
  });
  return (
    <>
      <button type="button" className="button-secondary" onClick={() => setOpen(true)}>
        Write off
      </button>
      {open ? (
        <FormDialog
          title="Write off"
          onClose={() => setOpen(false)}
          submission={writeOff}
          ready={line.reason.length > 0}
          whyNotReady="Say why it is written off."
          submitLabel="Write off"
          pendingLabel="Writing off…"
          intro={<p>{description}</p>}
        >
          <TextAreaField
            label="Reason"
            value={reason}
            onValue={setReason}
            hint={disputeId ? 'What Amazon answered.' : 'Why it is not worth a dispute.'}
            maxLength={500}
          />
        </FormDialog>
      ) : null}
    </>
  );
}
