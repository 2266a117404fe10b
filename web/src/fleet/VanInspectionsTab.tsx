import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { formatDate, formatShort } from '../app/format.js';
import { usePagedQuery } from '../app/paging.js';
import { DataTable, RowButton } from '../app/table.js';
import { DoneDialog } from '../app/ui/dialog.js';
import { SelectField } from '../app/ui/fields.js';
import { LoadMore, QueryStatus } from '../app/ui/status.js';
import {
  INSPECTIONS_KEY,
  type InspectionFilter,
  type InspectionSummary,
  inspectionsApi,
} from '../inspections/api.js';
import { InspectionBadges, InspectionDetail } from '../inspections/InspectionDetail.js';
import { formatDuration, KIND_LABELS, panelsLabel } from '../inspections/labels.js';
import type { Van } from './api.js';

const SHOW = [
  { value: '', label: 'All inspections' },
  { value: 'failed', label: 'Failed' },
  { value: 'rushed', label: 'Rushed' },
];

/** The van profile's Inspections tab: every DVIC of the van, newest first; open one to see it all. */
export function VanInspectionsTab({ van }: { van: Pick<Van, 'id' | 'fleetNumber'> }) {
  const [show, setShow] = useState('');
  const [open, setOpen] = useState<string | null>(null);
  const filter: InspectionFilter =
    show === 'failed' ? { passed: 'false' } : show === 'rushed' ? { rushed: 'true' } : {};
  const { query, items } = usePagedQuery([...INSPECTIONS_KEY, 'van', van.id, show], (cursor) =>
    inspectionsApi.vanInspections(van.id, { ...filter, cursor }),
  );
  return (
    <section className="stack" aria-labelledby="van-inspections">
      <div className="page-header">
        <h2 id="van-inspections">Inspections</h2>
        <SelectField label="Show" value={show} onValue={setShow} options={SHOW} />
      </div>
      <QueryStatus query={query} isEmpty={items.length === 0} empty="No inspections of this van yet." />
      <DataTable<InspectionSummary>
        caption={`Inspections of van ${van.fleetNumber}`}
        rows={items}
        card
        testId="van-inspections"
        columns={[
          { header: 'Date', cell: (i) => `${formatDate(i.businessDate)} · ${KIND_LABELS[i.kind]}` },
          { header: 'Inspector', cell: (i) => i.inspectorName },
          { header: 'Started', cell: (i) => formatShort(i.startedAt), className: 'hide-narrow' },
          { header: 'Took', cell: (i) => formatDuration(i.durationSeconds) },
          { header: 'Result', cell: (i) => <InspectionBadges i={i} /> },
          {
            header: 'Findings',
            cell: (i) =>
              [
                i.failedItems.length ? `Failed: ${i.failedItems.join(', ')}` : '',
                i.damagePanels.length ? `Damage: ${panelsLabel(i.damagePanels)}` : '',
              ]
                .filter(Boolean)
                .join(' · ') || '—',
          },
        ]}
        actions={(i) => (
          <RowButton
            label="Open"
            subject={`${KIND_LABELS[i.kind]} ${formatDate(i.businessDate)}`}
            onClick={() => setOpen(i.id)}
          />
        )}
      />
      <LoadMore query={query} />
      {open ? <InspectionDialog id={open} onClose={() => setOpen(null)} /> : null}
    </section>
  );
}

function InspectionDialog({ id, onClose }: { id: string; onClose: () => void }) {
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
