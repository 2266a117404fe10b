import { Link } from 'react-router';
import { formatShort } from '../app/format.js';
import { CellLines, type Column, DataTable } from '../app/table.js';
import { StatusBadge } from '../app/ui/status.js';
import type { Item } from './api.js';
import { ACTION_LABELS, ordinal, STATUS_LABELS, STATUS_TONES, weekLine } from './labels.js';

export const itemPath = (id: string) => `/coaching/items/${encodeURIComponent(id)}`;

/** Whether the DA has been told: the message goes out on their next shift day, not at night. */
function ToldCell({ item }: { item: Item }) {
  if (item.notify === 'sent') return <CellLines main="Told" sub={formatShort(item.notifiedAt)} />;
  if (item.notify === 'review') return <CellLines main="Not sent" sub="a manager sends a written warning" />;
  return <CellLines main="Waiting" sub="until their next shift day" />;
}

const columns = (withDa: boolean): Column<Item>[] => [
  {
    header: withDa ? 'DA' : 'Week',
    cell: (i) => (
      <CellLines
        main={<Link to={itemPath(i.id)}>{withDa ? i.driverName : weekLine(i.week)}</Link>}
        sub={withDa ? weekLine(i.week) : formatShort(i.createdAt)}
      />
    ),
  },
  { header: 'Rule', cell: (i) => <CellLines main={i.ruleName} sub={i.summary} /> },
  { header: 'Step', cell: (i) => <CellLines main={ordinal(i.step)} sub={ACTION_LABELS[i.action]} /> },
  {
    header: 'Status',
    cell: (i) => (
      <CellLines
        main={<StatusBadge tone={STATUS_TONES[i.status]}>{STATUS_LABELS[i.status]}</StatusBadge>}
        sub={i.heldAt ? `Held ${formatShort(i.heldAt)}` : ''}
      />
    ),
  },
  { header: 'Told', cell: (i) => <ToldCell item={i} /> },
];

/** Coaching items, newest first as the server sends them; each opens its page. `withDa` adds who. */
export function ItemTable({
  caption,
  rows,
  withDa = true,
}: {
  caption: string;
  rows: Item[];
  withDa?: boolean;
}) {
  return <DataTable caption={caption} card rows={rows} columns={columns(withDa)} testId="coaching-items" />;
}
