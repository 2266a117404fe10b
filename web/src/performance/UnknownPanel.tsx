import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useSession } from '../app/auth.js';
import { formatDate, plural } from '../app/format.js';
import { CellLines, DataTable, RowButton } from '../app/table.js';
import { FormDialog } from '../app/ui/dialog.js';
import { SelectField, TextField } from '../app/ui/fields.js';
import { Notice } from '../app/ui/notice.js';
import { QueryStatus } from '../app/ui/status.js';
import { peopleApi } from '../people/api.js';
import { fullName } from '../people/labels.js';
import { PERFORMANCE_KEY, performanceApi, type UnknownTransporter } from './api.js';

/** Picks the DA an ID belongs to (searching the DAs by name) and links them. */
export function LinkDialog({ item, onClose }: { item: UnknownTransporter; onClose: () => void }) {
  const queryClient = useQueryClient();
  const [q, setQ] = useState(item.holder ? '' : (item.name ?? ''));
  const [driverId, setDriverId] = useState(item.holder?.id ?? '');
  const found = useQuery({
    queryKey: ['drivers', 'link-search', q],
    queryFn: () => peopleApi.drivers({ q, limit: 20 }),
    enabled: q.trim().length >= 2,
  });
  const choices = [
    ...(item.holder ? [{ value: item.holder.id, label: `${item.holder.name} (has this ID)` }] : []),
    ...(found.data?.items ?? [])
      .filter((d) => d.id !== item.holder?.id)
      .map((d) => ({
        value: d.id,
        label: `${fullName(d)}${d.transporterId ? ` · ${d.transporterId}` : ''}`,
      })),
  ];
  const link = useMutation({
    mutationFn: () => performanceApi.link(item.transporterId, driverId),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: PERFORMANCE_KEY });
      onClose();
    },
  });
  return (
    <FormDialog
      title={`Link ${item.transporterId}`}
      onClose={onClose}
      submission={link}
      ready={Boolean(driverId)}
      whyNotReady="Choose the DA."
      submitLabel="Link"
      pendingLabel="Linking…"
      intro={
        <p>
          {plural(item.rows, 'row')} of Amazon’s files name “{item.name ?? 'no name'}”. The DA you pick gets
          them, and this Transporter ID if they have none yet.
        </p>
      }
    >
      {item.holder ? null : (
        <TextField label="Find the DA" value={q} onValue={setQ} hint="Name or employee id" />
      )}
      <SelectField
        label="DA"
        value={driverId}
        onValue={setDriverId}
        options={[{ value: '', label: choices.length ? 'Pick a DA' : 'No DA found' }, ...choices]}
      />
    </FormDialog>
  );
}

/** Transporter IDs of imported rows that match no DA: kept, listed here until a manager links them. */
export function UnknownPanel() {
  const { can } = useSession();
  const [linking, setLinking] = useState<UnknownTransporter | null>(null);
  const unknown = useQuery({
    queryKey: [...PERFORMANCE_KEY, 'unknown'],
    queryFn: () => performanceApi.unknown(),
  });
  const rows = (unknown.data?.items ?? []).map((i) => ({ ...i, id: i.transporterId }));
  return (
    <div className="stack">
      <QueryStatus
        query={unknown}
        isEmpty={rows.length === 0}
        empty="Every Transporter ID in the imported files belongs to a DA."
      />
      {rows.length > 0 ? (
        <Notice kind="warning">
          These IDs are in Amazon’s or the cameras’ files but on no DA. Their rows are kept; link each to its
          DA to put them on the DA’s record.
        </Notice>
      ) : null}
      <DataTable
        caption="Transporter IDs to link"
        card
        testId="unknown-transporters"
        rows={rows}
        columns={[
          {
            header: 'Transporter ID',
            cell: (i) => <CellLines main={i.transporterId} sub={i.name ?? 'No name in the files'} />,
          },
          { header: 'Stations', cell: (i) => i.stations.join(', ') },
          { header: 'Seen', cell: (i) => `${formatDate(i.firstSeen)} – ${formatDate(i.lastSeen)}` },
          { header: 'Rows', cell: (i) => i.rows, className: 'num' },
          { header: 'DA with this ID', cell: (i) => i.holder?.name ?? '—' },
        ]}
        actions={
          can('performance.write')
            ? (i) => <RowButton label="Link" subject={i.transporterId} onClick={() => setLinking(i)} />
            : undefined
        }
      />
      {linking ? <LinkDialog item={linking} onClose={() => setLinking(null)} /> : null}
    </div>
  );
}
