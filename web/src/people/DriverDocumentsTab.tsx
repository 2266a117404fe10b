import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useSession } from '../app/auth.js';
import { formatDate, formatShort } from '../app/format.js';
import { CellLines, DataTable, RowButton } from '../app/table.js';
import { ConfirmDialog, FormDialog } from '../app/ui/dialog.js';
import { Field, fieldError, SelectField, TextAreaField, TextField } from '../app/ui/fields.js';
import { QueryStatus, StatusBadge } from '../app/ui/status.js';
import { uploadFile } from '../files/api.js';
import { Thumb } from '../files/Thumb.js';
import { DRIVERS_KEY, type Driver } from './api.js';
import {
  BUCKET_LABELS,
  BUCKET_TONES,
  DOCUMENT_LABELS,
  DOCUMENT_STATUS_LABELS,
  DOCUMENT_STATUS_TONES,
} from './record-labels.js';
import {
  DOCUMENT_TYPES,
  type DocumentType,
  type DriverDocument,
  recordKeys,
  recordsApi,
} from './records-api.js';

const needsExpiry = (t: DocumentType) => t === 'drivers_license' || t === 'dot_medical_card';

export function ExpiryCell({ doc }: { doc: Pick<DriverDocument, 'expiry' | 'bucket'> }) {
  if (!doc.expiry) return <span className="muted">No expiry</span>;
  return (
    <CellLines
      main={formatDate(doc.expiry)}
      sub={
        doc.bucket && doc.bucket !== 'later' ? (
          <StatusBadge tone={BUCKET_TONES[doc.bucket]}>{BUCKET_LABELS[doc.bucket]}</StatusBadge>
        ) : null
      }
    />
  );
}

export function FileCell({ doc }: { doc: DriverDocument }) {
  return doc.file ? (
    <Thumb file={doc.file} label={DOCUMENT_LABELS[doc.type]} />
  ) : (
    <span className="muted">Paper only, no scan</span>
  );
}

/** A DA's documents: scans with their expiry, and the DA's own uploads waiting for review. */
export function DriverDocumentsTab({ driver }: { driver: Driver }) {
  const { can } = useSession();
  const canWrite = can('people.write');
  const documents = useQuery({
    queryKey: recordKeys.documents(driver.id),
    queryFn: () => recordsApi.documents(driver.id),
  });
  const [adding, setAdding] = useState(false);
  const [approving, setApproving] = useState<DriverDocument | null>(null);
  const [rejecting, setRejecting] = useState<DriverDocument | null>(null);
  const [removing, setRemoving] = useState<DriverDocument | null>(null);
  const queryClient = useQueryClient();
  const refresh = () => queryClient.invalidateQueries({ queryKey: DRIVERS_KEY });
  const items = documents.data?.items ?? [];

  return (
    <section className="stack" aria-labelledby="documents-title">
      <div className="section-head">
        <h2 id="documents-title">Documents</h2>
        {canWrite ? (
          <button type="button" className="button-primary" onClick={() => setAdding(true)}>
            Add document
          </button>
        ) : null}
      </div>
      <p className="muted">
        License and DOT card expiries on the profile are what cleared to drive reads; approving a scan of
        either updates them.
      </p>
      <QueryStatus query={documents} isEmpty={items.length === 0} empty="No documents filed yet." />
      <DataTable
        caption="Documents"
        card
        rows={items}
        testId="documents-table"
        columns={[
          {
            header: 'Document',
            cell: (d) => (
              <CellLines
                main={DOCUMENT_LABELS[d.type]}
                sub={d.note ? `“${d.note}”` : `Added ${formatShort(d.createdAt)} by ${d.uploadedBy}`}
              />
            ),
          },
          { header: 'File', cell: (d) => <FileCell doc={d} /> },
          { header: 'Expires', cell: (d) => <ExpiryCell doc={d} /> },
          {
            header: 'Status',
            cell: (d) => (
              <CellLines
                main={
                  <StatusBadge tone={DOCUMENT_STATUS_TONES[d.status]}>
                    {DOCUMENT_STATUS_LABELS[d.status]}
                  </StatusBadge>
                }
                sub={
                  d.reviewNote
                    ? `“${d.reviewNote}”`
                    : d.reviewedBy
                      ? `${d.reviewedBy} · ${formatShort(d.reviewedAt)}`
                      : null
                }
              />
            ),
          },
        ]}
        actions={
          canWrite
            ? (d) => (
                <>
                  {d.status === 'pending_review' ? (
                    <>
                      <RowButton
                        label="Approve"
                        subject={DOCUMENT_LABELS[d.type]}
                        onClick={() => setApproving(d)}
                      />
                      <RowButton
                        label="Reject"
                        subject={DOCUMENT_LABELS[d.type]}
                        danger
                        onClick={() => setRejecting(d)}
                      />
                    </>
                  ) : null}
                  <RowButton
                    label="Remove"
                    subject={DOCUMENT_LABELS[d.type]}
                    danger
                    onClick={() => setRemoving(d)}
                  />
                </>
              )
            : undefined
        }
      />
      {adding ? <AddDocumentDialog driverId={driver.id} onClose={() => setAdding(false)} /> : null}
      {approving ? <ApproveDialog doc={approving} onClose={() => setApproving(null)} /> : null}
      {rejecting ? <RejectDialog doc={rejecting} onClose={() => setRejecting(null)} /> : null}
      {removing ? (
        <ConfirmDialog
          title="Remove this document?"
          confirmLabel="Remove"
          danger
          run={() => recordsApi.removeDocument(removing.id)}
          onDone={async () => {
            await refresh();
            setRemoving(null);
          }}
          onCancel={() => setRemoving(null)}
        >
          <p>
            The {DOCUMENT_LABELS[removing.type].toLowerCase()} is removed from the DA’s file. Expiry dates on
            the profile stay as they are.
          </p>
        </ConfirmDialog>
      ) : null}
    </section>
  );
}

/** A file picker that takes a scan or a phone photo (PDF, JPEG or PNG). */
export function DocumentFileField({
  file,
  onFile,
  error,
  label = 'Scan or photo',
}: {
  file: File | null;
  onFile: (f: File | null) => void;
  error?: string | undefined;
  label?: string;
}) {
  return (
    <Field label={label} error={error} hint={file ? `${file.name}` : 'PDF, JPEG or PNG, up to 10 MB.'}>
      {(props) => (
        <input
          {...props}
          type="file"
          accept="image/*,application/pdf"
          onChange={(e) => onFile(e.target.files?.[0] ?? null)}
        />
      )}
    </Field>
  );
}

function AddDocumentDialog({ driverId, onClose }: { driverId: string; onClose: () => void }) {
  const queryClient = useQueryClient();
  const [type, setType] = useState<DocumentType>('drivers_license');
  const [file, setFile] = useState<File | null>(null);
  const [expiry, setExpiry] = useState('');
  const [note, setNote] = useState('');
  const save = useMutation({
    mutationFn: async () => {
      const uploaded = file ? await uploadFile(file, file.name, 'document', driverId) : null;
      return recordsApi.addDocument(driverId, {
        type,
        fileId: uploaded?.id ?? null,
        expiry: expiry || null,
        note: note.trim() || null,
      });
    },
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: DRIVERS_KEY });
      onClose();
    },
  });
  return (
    <FormDialog
      title="Add a document"
      onClose={onClose}
      submission={save}
      ready={!needsExpiry(type) || Boolean(expiry)}
      whyNotReady="Enter the expiry date."
      submitLabel="Add document"
      pendingLabel="Uploading…"
      intro={<p className="muted">Filed by you, so it counts as approved.</p>}
    >
      <SelectField
        label="Type"
        value={type}
        onValue={(v) => setType(v as DocumentType)}
        options={DOCUMENT_TYPES.map((t) => ({ value: t, label: DOCUMENT_LABELS[t] }))}
        error={fieldError(save.error, 'type')}
      />
      <DocumentFileField
        file={file}
        onFile={setFile}
        error={fieldError(save.error, 'file') ?? fieldError(save.error, 'fileId')}
      />
      <TextField
        label="Expires"
        type="date"
        value={expiry}
        onValue={setExpiry}
        required={needsExpiry(type)}
        error={fieldError(save.error, 'expiry')}
        hint={needsExpiry(type) ? 'Required: it becomes the expiry on the profile.' : 'If it expires.'}
      />
      <TextAreaField label="Note" value={note} onValue={setNote} rows={2} maxLength={500} />
    </FormDialog>
  );
}

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
      ready={!needsExpiry(doc.type) || Boolean(expiry)}
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
        hint={needsExpiry(doc.type) ? 'This date goes on the DA’s profile.' : undefined}
      />
    </FormDialog>
  );
}

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
