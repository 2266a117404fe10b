import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { isProfileDocument } from '../../../src/people/domain/documents.js';
import { FormDialog } from '../app/ui/dialog.js';
import { Field, fieldError, SelectField, TextAreaField, TextField } from '../app/ui/fields.js';
import { uploadFile } from '../files/api.js';
import { DRIVERS_KEY } from './api.js';
import { DOCUMENT_LABELS } from './record-labels.js';
import { DOCUMENT_TYPES, type DocumentType, recordsApi } from './records-api.js';

/** A file picker that takes a scan or a phone photo (PDF, JPEG or PNG). */
function DocumentFileField({
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

/** A manager files a document on a DA: its type, a scan if there is one, and its expiry. */
export function AddDocumentDialog({ driverId, onClose }: { driverId: string; onClose: () => void }) {
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
      ready={!isProfileDocument(type) || Boolean(expiry)}
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
        required={isProfileDocument(type)}
        error={fieldError(save.error, 'expiry')}
        hint={isProfileDocument(type) ? 'Required: it becomes the expiry on the profile.' : 'If it expires.'}
      />
      <TextAreaField label="Note" value={note} onValue={setNote} rows={2} maxLength={500} />
    </FormDialog>
  );
}
