import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useSession } from '../app/auth.js';
import { formatDate } from '../app/format.js';
import { useStation } from '../app/station.js';
import { StationSelect } from '../app/station-filter.js';
import { type Column, DataTable } from '../app/table.js';
import { SelectField } from '../app/ui/fields.js';
import { PageHeader } from '../app/ui/page.js';
import { QueryStatus } from '../app/ui/status.js';
import { formatMoney } from '../people/labels.js';
import { FleetLinkForm } from './FleetLinkForm.js';
import {
  FLEET_KIND_LABELS,
  type FleetBill,
  type FleetFinding,
  type FleetMonth,
  fleetBillsApi,
} from './fleet-api.js';

const IMPORTS = [
  ['fixed-monthly', 'Fixed Monthly invoice (PDF)'],
  ['afs', 'AFS by day'],
  ['fleet-invoice', 'Lessor or rental invoice'],
] as const;

/** "afs-sep.csv row 2 (sha 3f9a1c2b)" */
const evidenceText = (d: FleetFinding) =>
  d.evidence.map((e) => `${e.fileName} row ${e.row} (SHA-256 ${e.sha256.slice(0, 8)})`).join('; ');

const FINDING_COLUMNS: Column<FleetFinding>[] = [
  { header: 'Day', cell: (d) => formatDate(d.date) },
  { header: 'What', cell: (d) => <strong>{FLEET_KIND_LABELS[d.kind] ?? d.kind}</strong> },
  { header: 'Details', cell: (d) => d.description },
  {
    header: 'Owed to you',
    className: 'num',
    cell: (d) => (d.differenceCents === null ? 'not priced' : formatMoney(d.differenceCents)),
  },
  {
    header: 'Evidence',
    cell: (d) => (
      <span className="muted" style={{ overflowWrap: 'anywhere' }}>
        {evidenceText(d)}
      </span>
    ),
  },
  { header: 'Status', cell: (d) => `${d.status.replace('_', ' ')} · dispute by ${formatDate(d.deadline)}` },
];

type Day = FleetMonth['days'][number] & { id: string };
const DAY_COLUMNS: Column<Day>[] = [
  { header: 'Day', cell: (d) => formatDate(d.date) },
  { header: 'AFS', className: 'num', cell: (d) => d.afs ?? '—' },
  { header: 'Vans paid', className: 'num', cell: (d) => d.paidVans },
  {
    header: 'Short',
    className: 'num',
    cell: (d) => (d.afs !== null && d.afs > d.paidVans ? <strong>{d.afs - d.paidVans}</strong> : '—'),
  },
  { header: 'By class', cell: (d) => d.lines.map((l) => `${l.quantity} ${l.vanClass}`).join(', ') },
  { header: 'Paid', className: 'num', cell: (d) => formatMoney(d.paidCents) },
];

/**
 * Fleet bills (issue 16 item 5): the month's Fixed Monthly invoice beside the AFS, lessors' and rental
 * lines matched to our vans, and what they owe in dollars with the file rows that show it.
 */
export function FleetBillsPage() {
  const { can } = useSession();
  const { defaultStationId } = useStation();
  const [params] = useSearchParams();
  const [stationId, setStationId] = useState(params.get('stationId') || defaultStationId);
  const [month, setMonth] = useState<string | undefined>(params.get('month') ?? undefined);
  const fleet = useQuery({
    queryKey: ['money', 'fleet', stationId, month],
    queryFn: () => fleetBillsApi.month(stationId, month),
    enabled: Boolean(stationId),
  });
  const data = fleet.data;
  const owed = data?.discrepancies.reduce((s, d) => s + Math.max(0, d.differenceCents ?? 0), 0) ?? 0;
  const canImport = can('money.write');
  const billColumns: Column<FleetBill & { id: string }>[] = [
    { header: 'Lessor', cell: (b) => `${b.lessor}${b.reference ? ` · ${b.reference}` : ''}` },
    {
      header: 'Van',
      cell: (b) =>
        b.van ? (
          <Link to={`/fleet/${b.van.id}`}>
            {b.van.fleetNumber} ({b.van.status})
          </Link>
        ) : canImport ? (
          <FleetLinkForm stationId={stationId} bill={b} />
        ) : (
          `Unknown: ${b.vin ?? b.plate}`
        ),
    },
    { header: 'Period', cell: (b) => `${formatDate(b.periodStart)} – ${formatDate(b.periodEnd)}` },
    { header: 'Days', className: 'num', cell: (b) => b.days },
    { header: 'Amount', className: 'num', cell: (b) => formatMoney(b.amountCents) },
  ];
  return (
    <div className="stack-lg">
      <PageHeader
        title="Fleet bills"
        description="Amazon’s Fixed Monthly fleet invoice (the PDF as Amazon sends it) checked line by line and against the Authorized Fleet Size, and lessors’ and rental invoices against your vans: returned, grounded for Amazon’s repair, the wrong rate, rental days the roster never sent the van out."
      />
      <div className="filters card">
        <StationSelect
          value={stationId}
          onValue={(s) => {
            setStationId(s);
            setMonth(undefined);
          }}
        />
        {data && data.months.length > 0 ? (
          <SelectField
            label="Month"
            value={data.month}
            onValue={setMonth}
            options={data.months.map((m) => ({ value: m, label: m }))}
          />
        ) : null}
        {canImport ? (
          <p>
            Import:{' '}
            {IMPORTS.map(([kind, label], i) => (
              <span key={kind}>
                {i > 0 ? ' · ' : ''}
                <Link to={`/imports?kind=${kind}&stationId=${stationId}`}>{label}</Link>
              </span>
            ))}
          </p>
        ) : null}
      </div>
      <QueryStatus query={fleet} />
      {data ? (
        <>
          <section className="card stack" aria-labelledby="fleet-found">
            <h2 id="fleet-found">
              {formatMoney(owed)} owed to you in {data.month} · {data.discrepancies.length} finding
              {data.discrepancies.length === 1 ? '' : 's'}
            </h2>
            {data.discrepancies.length === 0 ? (
              <p className="muted">Nothing found in this month’s fleet bills.</p>
            ) : null}
            <DataTable
              caption="What the fleet bills owe you, with their evidence"
              rows={data.discrepancies}
              columns={FINDING_COLUMNS}
            />
          </section>
          <section className="card stack" aria-labelledby="fleet-fixed">
            <h2 id="fleet-fixed">Fixed Monthly against AFS</h2>
            {data.days.length === 0 ? (
              <p className="muted">No Fixed Monthly invoice or AFS for this month.</p>
            ) : null}
            <DataTable
              caption="Vans paid by day against the Authorized Fleet Size"
              rows={data.days
                .filter((d) => d.afs === null || d.afs !== d.paidVans || d.lines.length === 0)
                .map((d) => ({ ...d, id: d.date }))}
              columns={DAY_COLUMNS}
            />
            {data.days.length > 0 ? (
              <p className="muted">
                {data.days.filter((d) => d.afs === d.paidVans).length} of {data.days.length} days paid exactly
                their AFS (not listed).
              </p>
            ) : null}
          </section>
          <section className="card stack" aria-labelledby="fleet-bills">
            <h2 id="fleet-bills">Lessors’ and rental invoices</h2>
            {data.bills.length === 0 ? (
              <p className="muted">No lessor or rental invoice for this month.</p>
            ) : null}
            <DataTable
              caption="Each billed van matched by VIN, then plate"
              rows={data.bills.map((b) => ({ ...b, id: `${b.fileId}:${b.row}` }))}
              columns={billColumns}
            />
          </section>
          <section className="card stack" aria-labelledby="fleet-files">
            <h2 id="fleet-files">Files</h2>
            <ul>
              {data.files.map((f) => (
                <li key={f.id} style={{ overflowWrap: 'anywhere' }}>
                  {f.fileName} · {f.kind} · SHA-256 <code>{f.sha256.slice(0, 16)}…</code>
                </li>
              ))}
            </ul>
          </section>
        </>
      ) : null}
    </div>
  );
}
