import { formatShort } from '../app/format.js';
import { CellLines, type Column, DataTable } from '../app/table.js';
import { StatusBadge } from '../app/ui/status.js';
import { formatPhone } from '../people/labels.js';
import type { Message } from './api.js';
import { CHANNEL_LABELS, STATUS_LABELS, STATUS_TONES, topicLabel } from './labels.js';

/** Two lines kept together: on a phone a cell is a row of label and value, and the value is one block. */
const Lines = (props: Parameters<typeof CellLines>[0]) => (
  <div>
    <CellLines {...props} />
  </div>
);

/** Where a message stands: by text, to which number, why it failed, when it is tried again. */
function StatusCell({ m }: { m: Message }) {
  const detail =
    m.channel === 'in_app'
      ? m.readAt
        ? `Read ${formatShort(m.readAt)}`
        : 'Not read yet'
      : [
          m.toPhone ? `To ${formatPhone(m.toPhone)}` : null,
          m.provider === 'log' ? 'logged, not texted (SMS provider: log)' : null,
          m.status === 'queued' && m.nextAttemptAt ? `next try ${formatShort(m.nextAttemptAt)}` : null,
          m.attempts > 1 ? `${m.attempts} attempts` : null,
          m.lastError,
        ]
          .filter(Boolean)
          .join(' · ');
  return (
    <Lines
      main={<StatusBadge tone={STATUS_TONES[m.status]}>{STATUS_LABELS[m.status]}</StatusBadge>}
      sub={detail}
    />
  );
}

/** Messages to DAs, one row each (a text and its in-app twin are two rows); `who` adds the DA's column. */
export function MessageTable<M extends Message>({
  caption,
  rows,
  who,
}: {
  caption: string;
  rows: M[];
  who?: (m: M) => string;
}) {
  const columns: Column<M>[] = [
    { header: 'Written', cell: (m) => formatShort(m.createdAt) },
    ...(who ? [{ header: 'DA', cell: who }] : []),
    { header: 'Channel', cell: (m) => CHANNEL_LABELS[m.channel] },
    { header: 'Message', cell: (m) => <Lines main={m.body} sub={topicLabel(m.topic)} /> },
    { header: 'Status', cell: (m) => <StatusCell m={m} /> },
  ];
  return <DataTable caption={caption} card rows={rows} columns={columns} testId="messages" />;
}
