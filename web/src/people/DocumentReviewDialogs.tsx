import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { isProfileDocument } from '../../../src/people/domain/documents.js';
import { FormDialog } from '../app/ui/dialog.js';
import { fieldError, TextAreaField, TextField } from '../app/ui/fields.js';
import { DRIVERS_KEY } from './api.js';
import { FileCell } from './DocumentCells.js';
import { DOCUMENT_LABELS } from './record-labels.js';
import { type DriverDocument, recordsApi } from './records-api.js';

/** Approves a DA's upload, with its expiry checked against the card. */
export function ApproveDialog({ doc, onClose }: { doc: DriverDocument; onClose: () => void }) {
  const queryClient = useQueryClient();
  const [expiry, setExpiry] = useState(doc.expiry ?? '');
  const approve = useMutation({
    mutationFn: () =>
      recordsApi.approveDocument(doc.id, expiry && expiry !== doc.expiry ? expiry : undefined),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: DRIVERS_KEY });
      onClose();
    },
  });
  return (
    <FormDialog
      title={`Approve ${DOCUMENT_LABELS[doc.type].toLowerCase()}`}
      onClose={onClose}
      submission={approve}
      ready={!isProfileDocument(doc.type) || Boolean(expiry)}
      whyNotReady="Enter the expiry date."
      submitLabel="Approve"
      pendingLabel="Approving…"
      intro={
        <div className="stack">
          <FileCell doc={doc} />
          <p className="muted">Check the expiry against the card before approving.</p>
        </div>
      }
    >
      <TextField
        label="Expires"
        type="date"
        value={expiry}
        onValue={setExpiry}
        error={fieldError(approve.error, 'expiry')}
        hint={isProfileDocument(doc.type) ? 'This date goes on the DA’s profile.' : undefined}
      />
    </FormDialog>
  );
}

/** Sends a DA's upload back with the reason, which the DA reads on their phone. */
export function RejectDialog({ doc, onClose }: { doc: DriverDocument; onClose: () => void }) {
  const queryClient = useQueryClient();
  const [reason, setReason] = useState('');
  const reject = useMutation({
    mutationFn: () => recordsApi.rejectDocument(doc.id, reason.trim()),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: DRIVERS_KEY });
      onClose();
    },
  });
  return (
    <FormDialog
      title={`Reject ${DOCUMENT_LABELS[doc.type].toLowerCase()}`}
      onClose={onClose}
      submission={reject}
      ready={Boolean(reason.trim())}
      whyNotReady="Write why, for the DA."
      submitLabel="Reject"
      pendingLabel="Rejecting…"
    >
      <TextAreaField
        label="Reason"
        value={reason}
        onValue={setReason}
        rows={3}
        maxLength={500}
        required
        error={fieldError(reject.error, 'reason')}
        hint="The DA reads this on their phone, e.g. “Blurry: retake it in daylight.”"
      />
    </FormDialog>
  );
}
