import { formatDate } from '../app/format.js';
import { CellLines } from '../app/table.js';
import { StatusBadge } from '../app/ui/status.js';
import { Thumb } from '../files/Thumb.js';
import { BUCKET_LABELS, BUCKET_TONES, DOCUMENT_LABELS } from './record-labels.js';
import type { DriverDocument } from './records-api.js';

/** A document's expiry with how soon it falls due, as the DA's tab and the review queue show it. */
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

/** The scan as a thumbnail, or word that the document is on paper only. */
export function FileCell({ doc }: { doc: DriverDocument }) {
  return doc.file ? (
    <Thumb file={doc.file} label={DOCUMENT_LABELS[doc.type]} />
  ) : (
    <span className="muted">Paper only, no scan</span>
  );
}
