import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useSession } from '../app/auth.js';
import { formatShort } from '../app/format.js';
import { CellLines, DataTable, RowButton } from '../app/table.js';
import { ConfirmDialog } from '../app/ui/dialog.js';
import { QueryStatus, StatusBadge } from '../app/ui/status.js';
import { AddDocumentDialog } from './AddDocumentDialog.js';
import { DRIVERS_KEY, type Driver } from './api.js';
import { ExpiryCell, FileCell } from './DocumentCells.js';
import { ApproveDialog, RejectDialog } from './DocumentReviewDialogs.js';
import { DOCUMENT_LABELS, DOCUMENT_STATUS_LABELS, DOCUMENT_STATUS_TONES } from './record-labels.js';
import { type DriverDocument, recordKeys, recordsApi } from './records-api.js';

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
