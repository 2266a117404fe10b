import { useState } from 'react';
import { oneOf } from '../app/api.js';
import { dayStart } from '../app/format.js';
import { usePagedQuery } from '../app/paging.js';
import { SelectField, TextField } from '../app/ui/fields.js';
import { LoadMore, QueryStatus } from '../app/ui/status.js';
import { type MessageFilters, messagingApi, messagingKeys } from './api.js';
import { CHANNEL_LABELS, STATUS_LABELS } from './labels.js';
import { MessageTable } from './MessageTable.js';

const options = (labels: Record<string, string>, any: string) => [
  { value: '', label: any },
  ...Object.entries(labels).map(([value, label]) => ({ value, label })),
];

/** Every message to the org's DAs (those of the reader's stations), newest first, filtered as asked. */
export function OrgMessages() {
  const [filters, setFilters] = useState({ status: '', channel: '', from: '', to: '' });
  const applied: MessageFilters = {
    status: oneOf(STATUS_LABELS, filters.status),
    channel: oneOf(CHANNEL_LABELS, filters.channel),
    from: filters.from ? dayStart(filters.from) : undefined,
    to: filters.to ? dayStart(filters.to, 1) : undefined,
  };
  const { query, items } = usePagedQuery(messagingKeys.list(applied), (cursor) =>
    messagingApi.messages(applied, cursor),
  );
  const set = (key: keyof typeof filters) => (value: string) => setFilters({ ...filters, [key]: value });
  return (
    <div className="stack-lg">
      <form className="filters card" aria-label="Filter messages" onSubmit={(e) => e.preventDefault()}>
        <SelectField
          label="Status"
          value={filters.status}
          onValue={set('status')}
          options={options(STATUS_LABELS, 'Any')}
        />
        <SelectField
          label="Channel"
          value={filters.channel}
          onValue={set('channel')}
          options={options(CHANNEL_LABELS, 'Both')}
        />
        <TextField
          label="From"
          type="date"
          value={filters.from}
          onValue={set('from')}
          max={filters.to || undefined}
        />
        <TextField
          label="To"
          type="date"
          value={filters.to}
          onValue={set('to')}
          min={filters.from || undefined}
        />
      </form>
      <QueryStatus query={query} isEmpty={items.length === 0} empty="No messages match these filters." />
      <MessageTable caption="Messages to DAs, newest first" rows={items} who={(m) => m.driverName} />
      <LoadMore query={query} />
    </div>
  );
}
