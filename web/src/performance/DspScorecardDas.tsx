import { useState } from 'react';
import { Link } from 'react-router';
import { useSession } from '../app/auth.js';
import { CellLines, type Column, DataTable, RowButton } from '../app/table.js';
import { Notice } from '../app/ui/notice.js';
import { StatusBadge } from '../app/ui/status.js';
import type { MetricKey, UnknownTransporter } from './api.js';
import type { DspScorecard, ScorecardRow } from './dsp-api.js';
import { formatMetric, METRIC_LABELS } from './labels.js';
import { LinkDialog } from './UnknownPanel.js';

/** The metrics shown per DA; the PDF's other columns are in the reading. */
const SHOWN: MetricKey[] = ['delivered', 'dcr', 'pod', 'cdf_dpmo', 'ced', 'fico'];

const columns: Column<ScorecardRow & { id: string }>[] = [
  { header: '#', cell: (r) => r.rank ?? '—', className: 'num' },
  {
    header: 'DA',
    cell: (r) => (
      <CellLines
        main={
          r.driverId ? <Link to={`/drivers/${r.driverId}`}>{r.driverName ?? r.name}</Link> : (r.name ?? '—')
        }
        sub={
          <>
            {r.transporterId} {r.driverId ? null : <StatusBadge tone="warn">Not linked</StatusBadge>}
          </>
        }
      />
    ),
  },
  ...SHOWN.map((m) => ({
    header: METRIC_LABELS.en[m],
    cell: (r: ScorecardRow) => formatMetric(m, r.metrics[m]),
    className: 'num',
  })),
  { header: 'Page', cell: (r) => r.page, className: 'num' },
];

/** What the link dialog needs to know of a Transporter ID found on this scorecard. */
const toUnknown = (row: ScorecardRow, card: DspScorecard): UnknownTransporter => ({
  transporterId: row.transporterId,
  name: row.name,
  firstSeen: card.week ?? card.uploadedAt,
  lastSeen: card.week ?? card.uploadedAt,
  rows: 1,
  stations: [card.station.code],
  stationIds: [card.station.id],
  holder: null,
});

/** The scorecard's per-DA table, matched to DAs by Transporter ID, with the IDs left to link. */
export function DspScorecardDas({ card }: { card: DspScorecard }) {
  const { can } = useSession();
  const [linking, setLinking] = useState<UnknownTransporter | null>(null);
  const { table } = card;
  if (!table.found) return <Notice>{table.note}</Notice>;
  const rows = table.rows.map((r) => ({ ...r, id: r.transporterId }));
  return (
    <div className="stack">
      {table.unknownTransporters.length > 0 ? (
        <Notice kind="warning">
          {table.unknownTransporters.length} Transporter ID(s) on this scorecard belong to no DA. Their rows
          are kept: link each to its DA.
        </Notice>
      ) : null}
      <DataTable
        caption={`DAs on the scorecard (page ${table.pages.join(', ')})`}
        card
        testId="dsp-scorecard-das"
        rows={rows}
        columns={columns}
        actions={
          can('performance.write')
            ? (r) =>
                r.driverId ? null : (
                  <RowButton
                    label="Link"
                    subject={r.transporterId}
                    onClick={() => setLinking(toUnknown(r, card))}
                  />
                )
            : undefined
        }
      />
      {table.unread.length > 0 ? (
        <section className="card stack" aria-labelledby="dsp-unread-cells">
          <h3 id="dsp-unread-cells">Not read from the table</h3>
          <ul>
            {table.unread.map((u) => (
              <li key={`${u.page}:${u.transporterId}:${u.column}:${u.text}`}>
                Page {u.page}
                {u.transporterId ? `, ${u.transporterId}` : ''}, {u.column}: {u.reason}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {linking ? <LinkDialog item={linking} onClose={() => setLinking(null)} /> : null}
    </div>
  );
}
