import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useSession } from '../app/auth.js';
import { formatDate, formatDateTime } from '../app/format.js';
import { ConfirmDialog, DoneDialog } from '../app/ui/dialog.js';
import { QueryStatus, StatusBadge } from '../app/ui/status.js';
import { FileList } from '../files/Thumb.js';
import { type Damage, INSPECTIONS_KEY, type InspectionSummary, inspectionsApi } from '../inspections/api.js';
import { DamageDialog, RepairDialog } from '../inspections/DamageForms.js';
import { InspectionDetail } from '../inspections/InspectionDetail.js';
import { CLAIM_LABELS, KIND_LABELS, panelsLabel, SEVERITY_LABELS } from '../inspections/labels.js';
import { PanelDiagram } from '../inspections/PanelDiagram.js';
import { formatMoney } from '../people/labels.js';
import type { Van } from './api.js';

type Dialog =
  | { kind: 'add' }
  | { kind: 'edit'; damage: Damage }
  | { kind: 'repair'; damage: Damage }
  | { kind: 'delete'; damage: Damage }
  | { kind: 'inspection'; id: string };

/**
 * The van profile's Damage tab: the diagram with today's unrepaired damage, every record with photos,
 * claim and repairs, and for damage found by comparing inspections the evidence: both inspections and
 * whose shift it was.
 */
export function VanDamageTab({ van }: { van: Pick<Van, 'id' | 'fleetNumber' | 'stationId'> }) {
  const { can } = useSession();
  const client = useQueryClient();
  const canWrite = can('damage.write');
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const damage = useQuery({
    queryKey: [...INSPECTIONS_KEY, 'damage', van.id],
    queryFn: () => inspectionsApi.vanDamage(van.id),
  });
  const records = damage.data?.items ?? [];
  const open = records.filter((d) => d.repairs.length === 0);
  const close = () => setDialog(null);
  return (
    <section className="stack" aria-labelledby="van-damage">
      <div className="page-header">
        <h2 id="van-damage">Damage</h2>
        {canWrite ? (
          <button type="button" className="button-primary" onClick={() => setDialog({ kind: 'add' })}>
            Report damage
          </button>
        ) : null}
      </div>
      <div className="damage-layout">
        <div className="card">
          <h3>Unrepaired damage</h3>
          <PanelDiagram
            marked={open.flatMap((d) => d.panels)}
            fresh={open.filter((d) => d.source === 'inspection').flatMap((d) => d.panels)}
            title={`Unrepaired damage on ${van.fleetNumber}`}
          />
          <p className="muted">Red: new since an inspection. Orange: reported.</p>
        </div>
        <div className="stack">
          <QueryStatus
            query={damage}
            isEmpty={records.length === 0}
            empty="No damage on record for this van."
          />
          <ul className="damage-records" data-testid="damage-records">
            {records.map((d) => (
              <DamageCard key={d.id} damage={d} canWrite={canWrite} onDialog={setDialog} />
            ))}
          </ul>
        </div>
      </div>
      {dialog?.kind === 'add' ? (
        <DamageDialog vanId={van.id} stationId={van.stationId} onClose={close} />
      ) : null}
      {dialog?.kind === 'edit' ? (
        <DamageDialog vanId={van.id} stationId={van.stationId} damage={dialog.damage} onClose={close} />
      ) : null}
      {dialog?.kind === 'repair' ? <RepairDialog damage={dialog.damage} onClose={close} /> : null}
      {dialog?.kind === 'delete' ? (
        <ConfirmDialog
          title="Delete this damage record?"
          confirmLabel="Delete"
          danger
          run={() => inspectionsApi.removeDamage(dialog.damage.id)}
          onDone={async () => {
            await client.invalidateQueries({ queryKey: INSPECTIONS_KEY });
            close();
          }}
          onCancel={close}
        >
          <p>
            {panelsLabel(dialog.damage.panels)}, {formatDateTime(dialog.damage.occurredAt)}. Only for a record
            entered by mistake: the audit log keeps it.
          </p>
        </ConfirmDialog>
      ) : null}
      {dialog?.kind === 'inspection' ? <InspectionView id={dialog.id} onClose={close} /> : null}
    </section>
  );
}

function DamageCard({
  damage: d,
  canWrite,
  onDialog,
}: {
  damage: Damage;
  canWrite: boolean;
  onDialog: (dialog: Dialog) => void;
}) {
  return (
    <li className="card stack" data-testid="damage-record">
      <div className="badge-row">
        <strong>{panelsLabel(d.panels)}</strong>
        {d.source === 'inspection' ? <StatusBadge tone="bad">New since last inspection</StatusBadge> : null}
        {d.severity ? (
          <StatusBadge tone={d.severity === 'major' ? 'bad' : 'warn'}>
            {SEVERITY_LABELS[d.severity]}
          </StatusBadge>
        ) : (
          <StatusBadge tone="neutral">Not assessed</StatusBadge>
        )}
        {d.claimStatus !== 'none' ? (
          <StatusBadge tone="neutral">Claim: {CLAIM_LABELS[d.claimStatus]}</StatusBadge>
        ) : null}
        {d.repairs.length > 0 ? <StatusBadge tone="good">Repaired</StatusBadge> : null}
      </div>
      <dl className="details">
        <dt>When</dt>
        <dd>{formatDateTime(d.occurredAt)}</dd>
        <dt>{d.source === 'inspection' ? 'Attributed to' : 'Driving'}</dt>
        <dd>
          {d.driverName ??
            (d.evidence?.attributionKind === 'parked' ? 'Nobody: the van was parked' : 'Not known')}
        </dd>
        <dt>What happened</dt>
        <dd className="pre-line">{d.description}</dd>
        {d.thirdParty ? (
          <>
            <dt>Other party</dt>
            <dd>{d.thirdPartyDetails ?? 'Yes'}</dd>
          </>
        ) : null}
        {d.policeReport ? (
          <>
            <dt>Police report</dt>
            <dd>{d.policeReport}</dd>
          </>
        ) : null}
        <dt>Cost</dt>
        <dd>
          {formatMoney(d.costCents)}
          {d.repairCostCents > 0 ? ` · repairs ${formatMoney(d.repairCostCents)}` : ''}
        </dd>
      </dl>
      {d.evidence ? (
        <Evidence evidence={d.evidence} onOpen={(id) => onDialog({ kind: 'inspection', id })} />
      ) : null}
      {d.photos.length + d.videos.length > 0 ? <FileList files={[...d.photos, ...d.videos]} /> : null}
      {d.repairs.length > 0 ? (
        <div>
          <h4>Repairs</h4>
          <ul className="plain-list">
            {d.repairs.map((r) => (
              <li key={r.id}>
                {formatDate(r.repairedOn)} · {r.vendor} · {formatMoney(r.costCents)}
                {r.note ? ` · ${r.note}` : ''}
                {r.invoice ? <FileList files={[r.invoice]} /> : null}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {canWrite ? (
        <div className="form-actions">
          <button
            type="button"
            className="button-secondary"
            onClick={() => onDialog({ kind: 'edit', damage: d })}
          >
            {d.severity ? 'Edit' : 'Assess'}
          </button>
          <button
            type="button"
            className="button-secondary"
            onClick={() => onDialog({ kind: 'repair', damage: d })}
          >
            Add repair
          </button>
          {d.repairs.length === 0 ? (
            <button
              type="button"
              className="button-danger-ghost"
              onClick={() => onDialog({ kind: 'delete', damage: d })}
            >
              Delete
            </button>
          ) : null}
        </div>
      ) : null}
    </li>
  );
}

const inspectionLine = (i: InspectionSummary) =>
  `${KIND_LABELS[i.kind]} by ${i.inspectorName}, ${formatDate(i.businessDate)} (${formatDateTime(i.startedAt)})`;

/** The two inspections around found damage, each openable, and the attribution in words. */
function Evidence({
  evidence,
  onOpen,
}: {
  evidence: NonNullable<Damage['evidence']>;
  onOpen: (id: string) => void;
}) {
  const rows = [
    { label: 'Last seen without it', i: evidence.previous },
    { label: 'Found on', i: evidence.current },
  ];
  return (
    <div className="evidence">
      <strong>Evidence</strong>
      <ul>
        {rows.map(({ label, i }) =>
          i ? (
            <li key={label}>
              {label}: {inspectionLine(i)}{' '}
              <button type="button" className="link-button" onClick={() => onOpen(i.id)}>
                Open
              </button>
            </li>
          ) : null,
        )}
      </ul>
      {evidence.attribution ? <p>{evidence.attribution}</p> : null}
    </div>
  );
}

function InspectionView({ id, onClose }: { id: string; onClose: () => void }) {
  const inspection = useQuery({
    queryKey: [...INSPECTIONS_KEY, 'detail', id],
    queryFn: () => inspectionsApi.inspection(id),
  });
  return (
    <DoneDialog title="Inspection" onClose={onClose}>
      <QueryStatus query={inspection} />
      {inspection.data ? <InspectionDetail inspection={inspection.data} /> : null}
    </DoneDialog>
  );
}
