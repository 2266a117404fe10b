import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import { useSession } from '../app/auth.js';
import { formatDate, formatShort } from '../app/format.js';
import { useStation, useStationCode } from '../app/station.js';
import { StationFilter } from '../app/station-filter.js';
import { CellLines, DataTable, RowButton } from '../app/table.js';
import { PageHeader } from '../app/ui/page.js';
import { QueryStatus, StatusBadge } from '../app/ui/status.js';
import { ExpiryCell, FileCell } from './DocumentCells.js';
import { ApproveDialog, RejectDialog } from './DocumentReviewDialogs.js';
import './people.css';
import { BUCKET_LABELS, BUCKET_TONES, DOCUMENT_LABELS, daysLeftLabel } from './record-labels.js';
import { type DriverDocument, type ExpiryBucket, recordKeys, recordsApi } from './records-api.js';

const WINDOWS = [30, 14, 7] as const;
type Window = (typeof WINDOWS)[number];

const profileLink = (id: string, tab = 'documents') => `/drivers/${encodeURIComponent(id)}?tab=${tab}`;

/** What must be renewed soon (or already should have been), and what DAs sent from their phones. */
export function DocumentsPage() {
  const { stationId } = useStation();
  const [stationFilter, setStationFilter] = useState(stationId);
  const codeOf = useStationCode();
  return (
    <div className="stack-lg">
      <PageHeader
        title="Documents"
        description="Licenses, DOT cards and checks to renew, on each station’s calendar, and uploads to review."
      />
      <fieldset className="filters">
        <legend className="sr-only">Filter documents</legend>
        <StationFilter value={stationFilter} onValue={setStationFilter} />
      </fieldset>
      <PendingReview stationId={stationFilter} codeOf={codeOf} />
      <Expiring stationId={stationFilter} codeOf={codeOf} />
    </div>
  );
}

function PendingReview({ stationId, codeOf }: { stationId: string; codeOf: (id: string) => string }) {
  const { can } = useSession();
  const pending = useQuery({
    queryKey: [...recordKeys.pending, stationId],
    queryFn: () => recordsApi.pending(stationId || undefined),
  });
  const [approving, setApproving] = useState<DriverDocument | null>(null);
  const [rejecting, setRejecting] = useState<DriverDocument | null>(null);
  const items = pending.data?.items ?? [];
  return (
    <section className="stack" aria-labelledby="pending-title">
      <h2 id="pending-title" className="section-title">
        Waiting for review {items.length ? <StatusBadge tone="warn">{items.length}</StatusBadge> : null}
      </h2>
      <QueryStatus
        query={pending}
        isEmpty={items.length === 0}
        empty="Nothing waiting: DAs’ uploads show up here."
      />
      <DataTable
        caption="Documents waiting for review"
        card
        rows={items}
        testId="pending-documents"
        columns={[
          {
            header: 'DA',
            cell: (d) => (
              <CellLines
                main={
                  <Link to={profileLink(d.driver.id)}>
                    {d.driver.lastName}, {d.driver.firstName}
                  </Link>
                }
                sub={<span className="mono">{codeOf(d.driver.homeStationId)}</span>}
              />
            ),
          },
          {
            header: 'Document',
            cell: (d) => (
              <CellLines main={DOCUMENT_LABELS[d.type]} sub={`Sent ${formatShort(d.createdAt)}`} />
            ),
          },
          { header: 'File', cell: (d) => <FileCell doc={d} /> },
          { header: 'Expires', cell: (d) => <ExpiryCell doc={d} /> },
        ]}
        actions={
          can('people.write')
            ? (d) => (
                <>
                  <RowButton
                    label="Approve"
                    subject={`${DOCUMENT_LABELS[d.type]} of ${d.driver.firstName} ${d.driver.lastName}`}
                    onClick={() => setApproving(d)}
                  />
                  <RowButton
                    label="Reject"
                    danger
                    subject={`${DOCUMENT_LABELS[d.type]} of ${d.driver.firstName} ${d.driver.lastName}`}
                    onClick={() => setRejecting(d)}
                  />
                </>
              )
            : undefined
        }
      />
      {approving ? <ApproveDialog doc={approving} onClose={() => setApproving(null)} /> : null}
      {rejecting ? <RejectDialog doc={rejecting} onClose={() => setRejecting(null)} /> : null}
    </section>
  );
}

function Expiring({ stationId, codeOf }: { stationId: string; codeOf: (id: string) => string }) {
  const [within, setWithin] = useState<Window>(30);
  const expiring = useQuery({
    queryKey: [...recordKeys.expiring, within, stationId],
    queryFn: () => recordsApi.expiring(within, stationId || undefined),
  });
  const items = (expiring.data?.items ?? []).map((i) => ({ ...i, id: `${i.driver.id}-${i.type}` }));
  const counts = new Map<ExpiryBucket, number>();
  for (const i of items) counts.set(i.bucket, (counts.get(i.bucket) ?? 0) + 1);
  return (
    <section className="stack" aria-labelledby="expiring-title">
      <div className="section-head">
        <h2 id="expiring-title" className="section-title">
          Expiring
        </h2>
        <fieldset className="window-picker">
          <legend className="sr-only">Expiring within</legend>
          {WINDOWS.map((w) => (
            <button
              key={w}
              type="button"
              className="button-secondary button-small"
              aria-pressed={within === w}
              onClick={() => setWithin(w)}
            >
              {w} days
            </button>
          ))}
        </fieldset>
      </div>
      {items.length ? (
        <p className="header-meta" data-testid="expiring-counts">
          {(['expired', 'within7', 'within14', 'within30'] as const)
            .filter((b) => counts.get(b))
            .map((b) => (
              <StatusBadge key={b} tone={BUCKET_TONES[b]}>
                {counts.get(b)} {BUCKET_LABELS[b].toLowerCase()}
              </StatusBadge>
            ))}
        </p>
      ) : null}
      <QueryStatus
        query={expiring}
        isEmpty={items.length === 0}
        empty={`Nothing expires within ${within} days, and nothing has expired.`}
      />
      <DataTable
        caption={`Expired or expiring within ${within} days`}
        card
        rows={items}
        testId="expiring-documents"
        columns={[
          {
            header: 'DA',
            cell: (i) => (
              <CellLines
                main={
                  <Link to={profileLink(i.driver.id, i.source === 'profile' ? 'profile' : 'documents')}>
                    {i.driver.lastName}, {i.driver.firstName}
                  </Link>
                }
                sub={<span className="mono">{codeOf(i.driver.homeStationId)}</span>}
              />
            ),
          },
          {
            header: 'Document',
            cell: (i) => (
              <CellLines
                main={DOCUMENT_LABELS[i.type]}
                sub={i.source === 'profile' ? 'Expiry on the profile' : 'Newest approved copy'}
              />
            ),
          },
          {
            header: 'Expires',
            cell: (i) => <CellLines main={formatDate(i.expiry)} sub={daysLeftLabel(i.daysLeft)} />,
          },
          {
            header: 'When',
            cell: (i) => <StatusBadge tone={BUCKET_TONES[i.bucket]}>{BUCKET_LABELS[i.bucket]}</StatusBadge>,
          },
        ]}
      />
    </section>
  );
}
