import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useSession } from '../app/auth.js';
import { formatDate, formatShort } from '../app/format.js';
import { FormDialog } from '../app/ui/dialog.js';
import { fieldError, SelectField, TextAreaField, TextField } from '../app/ui/fields.js';
import { ErrorNotice, Notice } from '../app/ui/notice.js';
import { QueryStatus, StatusBadge } from '../app/ui/status.js';
import { DRIVERS_KEY, type Driver, peopleApi } from './api.js';
import { DOCUMENT_LABELS, ONBOARDING_LABELS, ONBOARDING_TONES } from './record-labels.js';
import {
  type ChecklistItem,
  type DriverDocument,
  ONBOARDING_STATUSES,
  type OnboardingStatus,
  type Progress,
  recordKeys,
  recordsApi,
} from './records-api.js';

export function ProgressBar({ progress }: { progress: Progress }) {
  const share = progress.total ? Math.round((100 * progress.complete) / progress.total) : 0;
  return (
    <span className="progress-bar" role="img" aria-label={`${progress.complete} of ${progress.total} steps`}>
      <span style={{ width: `${share}%` }} />
    </span>
  );
}

/** A DA's onboarding checklist: each step's state, who marked it and when, and its document. */
export function DriverOnboardingTab({ driver }: { driver: Driver }) {
  const { can } = useSession();
  const queryClient = useQueryClient();
  const canWrite = can('people.write');
  const checklist = useQuery({
    queryKey: recordKeys.checklist(driver.id),
    queryFn: () => recordsApi.checklist(driver.id),
  });
  const documents = useQuery({
    queryKey: recordKeys.documents(driver.id),
    queryFn: () => recordsApi.documents(driver.id),
  });
  const [editing, setEditing] = useState<ChecklistItem | null>(null);
  const refresh = () => queryClient.invalidateQueries({ queryKey: DRIVERS_KEY });
  const markDone = useMutation({
    mutationFn: (stepId: string) => recordsApi.setStep(driver.id, stepId, { status: 'done' }),
    onSuccess: refresh,
  });
  const activate = useMutation({
    mutationFn: () => peopleApi.changeStatus(driver.id, { status: 'active' }),
    onSuccess: refresh,
  });
  const docs = new Map((documents.data?.items ?? []).map((d) => [d.id, d]));
  const data = checklist.data;

  return (
    <section className="card stack" aria-labelledby="onboarding-title">
      <div className="section-head">
        <h2 id="onboarding-title">Onboarding checklist</h2>
        {data ? (
          <span className="header-meta">
            <ProgressBar progress={data.progress} />
            <span>
              {data.progress.complete} of {data.progress.total} steps
              {data.progress.failed ? ` · ${data.progress.failed} failed` : ''}
            </span>
          </span>
        ) : null}
      </div>
      <QueryStatus query={checklist} />
      <ErrorNotice error={markDone.error ?? activate.error} />
      {data?.progress.ready && (driver.status === 'applicant' || driver.status === 'onboarding') ? (
        <Notice kind="success">
          Every step is done.{' '}
          {canWrite ? (
            <button
              type="button"
              className="button-primary button-small"
              disabled={activate.isPending}
              onClick={() => activate.mutate()}
            >
              Make active
            </button>
          ) : (
            'A manager can make them active.'
          )}
        </Notice>
      ) : null}
      {data ? (
        <ol className="checklist">
          {data.items.map((item) => (
            <li key={item.step.id}>
              <div>
                <div className="cell-main">{item.step.label}</div>
                <div className="cell-sub">
                  <StatusBadge tone={ONBOARDING_TONES[item.status]}>
                    {ONBOARDING_LABELS[item.status]}
                  </StatusBadge>{' '}
                  {item.updatedBy ? `${item.updatedBy} · ${formatShort(item.updatedAt)}` : null}
                  {item.expiry ? ` · valid until ${formatDate(item.expiry)}` : null}
                </div>
                {item.note ? <div className="cell-sub">“{item.note}”</div> : null}
                {item.documentId ? <AttachedDocument doc={docs.get(item.documentId)} /> : null}
              </div>
              {canWrite ? (
                <div className="step-actions">
                  {item.status !== 'done' ? (
                    <button
                      type="button"
                      className="button-secondary button-small"
                      disabled={markDone.isPending}
                      onClick={() => markDone.mutate(item.step.id)}
                    >
                      Done<span className="sr-only"> {item.step.label}</span>
                    </button>
                  ) : null}
                  <button
                    type="button"
                    className="button-ghost button-small"
                    onClick={() => setEditing(item)}
                  >
                    Change<span className="sr-only"> {item.step.label}</span>
                  </button>
                </div>
              ) : null}
            </li>
          ))}
        </ol>
      ) : null}
      {editing ? (
        <StepDialog
          driverId={driver.id}
          item={editing}
          documents={documents.data?.items ?? []}
          onClose={() => setEditing(null)}
        />
      ) : null}
    </section>
  );
}

function AttachedDocument({ doc }: { doc: DriverDocument | undefined }) {
  if (!doc) return <div className="cell-sub">Document removed</div>;
  const label = `${DOCUMENT_LABELS[doc.type]}${doc.expiry ? `, expires ${formatDate(doc.expiry)}` : ''}`;
  return (
    <div className="cell-sub">
      Document:{' '}
      {doc.file ? (
        <a href={doc.file.url} target="_blank" rel="noopener">
          {label}
        </a>
      ) : (
        `${label} (paper only)`
      )}
    </div>
  );
}

function StepDialog({
  driverId,
  item,
  documents,
  onClose,
}: {
  driverId: string;
  item: ChecklistItem;
  documents: DriverDocument[];
  onClose: () => void;
}) {
  const queryClient = useQueryClient();
  const [status, setStatus] = useState<OnboardingStatus>(item.status === 'todo' ? 'done' : item.status);
  const [note, setNote] = useState(item.note ?? '');
  const [documentId, setDocumentId] = useState(item.documentId ?? '');
  const [expiry, setExpiry] = useState(item.expiry ?? '');
  const noteNeeded = status === 'failed' || status === 'waived';
  const save = useMutation({
    mutationFn: () =>
      recordsApi.setStep(driverId, item.step.id, {
        status,
        ...(note.trim() ? { note: note.trim() } : {}),
        documentId: documentId || null,
        expiry: expiry || null,
      }),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: DRIVERS_KEY });
      onClose();
    },
  });
  // Documents of the step's kind first; any of the DA's documents may be attached.
  const sorted = [...documents].sort(
    (a, b) => Number(b.type === item.step.documentType) - Number(a.type === item.step.documentType),
  );
  return (
    <FormDialog
      title={item.step.label}
      onClose={onClose}
      submission={save}
      ready={!noteNeeded || Boolean(note.trim())}
      whyNotReady="Write a note: it is required for this status."
      submitLabel="Save"
      pendingLabel="Saving…"
    >
      <SelectField
        label="Status"
        value={status}
        onValue={(v) => setStatus(v as OnboardingStatus)}
        options={ONBOARDING_STATUSES.map((s) => ({ value: s, label: ONBOARDING_LABELS[s] }))}
        error={fieldError(save.error, 'status')}
      />
      <TextAreaField
        label="Note"
        value={note}
        onValue={setNote}
        rows={3}
        maxLength={500}
        required={noteNeeded}
        error={fieldError(save.error, 'note')}
        hint={noteNeeded ? 'Required: say why it failed or was waived.' : 'Optional.'}
      />
      <SelectField
        label="Document"
        value={documentId}
        onValue={setDocumentId}
        options={[
          { value: '', label: 'None' },
          ...sorted.map((d) => ({
            value: d.id,
            label: `${DOCUMENT_LABELS[d.type]} · ${formatDate(d.createdAt.slice(0, 10))}`,
          })),
        ]}
        error={fieldError(save.error, 'documentId')}
        hint="File it on the Documents tab first."
      />
      <TextField
        label="Valid until"
        type="date"
        value={expiry}
        onValue={setExpiry}
        error={fieldError(save.error, 'expiry')}
        hint="If the result expires, e.g. a background check redone yearly."
      />
    </FormDialog>
  );
}
