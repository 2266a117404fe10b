import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { QueryStatus, SelectField } from '../app/ui.js';
import { coachingApi, coachingKeys, type ItemFilters, type ItemStatus } from './api.js';
import { ItemTable } from './ItemTable.js';
import { STATUS_LABELS } from './labels.js';

const LIMIT = 500;

/** The station's coaching items, newest first, filtered by status, rule and DA. */
export function ItemsPanel({ stationId }: { stationId: string }) {
  const [status, setStatus] = useState('');
  const [ruleId, setRuleId] = useState('');
  const [driverId, setDriverId] = useState('');
  const filters: ItemFilters = {
    stationId,
    status: (status || undefined) as ItemStatus | undefined,
    ruleId: ruleId || undefined,
    driverId: driverId || undefined,
    limit: LIMIT,
  };
  const items = useQuery({
    queryKey: coachingKeys.items(filters),
    queryFn: () => coachingApi.items(filters),
    enabled: Boolean(stationId),
  });
  // The DA choices are the DAs with items at the station, whatever else is filtered.
  const everyone = { stationId, limit: LIMIT };
  const all = useQuery({
    queryKey: coachingKeys.items(everyone),
    queryFn: () => coachingApi.items(everyone),
    enabled: Boolean(stationId),
  });
  const rules = useQuery({ queryKey: coachingKeys.rules, queryFn: () => coachingApi.rules() });
  const das = new Map((all.data?.items ?? []).map((i) => [i.driverId, i.driverName]));
  const rows = items.data?.items ?? [];
  const filtered = Boolean(status || ruleId || driverId);
  return (
    <div className="stack-lg">
      <form className="filters card" aria-label="Filter coaching items" onSubmit={(e) => e.preventDefault()}>
        <SelectField
          label="Status"
          value={status}
          onValue={setStatus}
          options={[
            { value: '', label: 'Any' },
            ...Object.entries(STATUS_LABELS).map(([value, label]) => ({ value, label })),
          ]}
        />
        <SelectField
          label="Rule"
          value={ruleId}
          onValue={setRuleId}
          options={[
            { value: '', label: 'Any rule' },
            ...(rules.data?.rules ?? []).map((r) => ({ value: r.id, label: r.name })),
          ]}
        />
        <SelectField
          label="DA"
          value={driverId}
          onValue={setDriverId}
          options={[
            { value: '', label: 'Every DA' },
            ...[...das].sort((a, b) => a[1].localeCompare(b[1])).map(([value, label]) => ({ value, label })),
          ]}
        />
      </form>
      <QueryStatus
        query={items}
        isEmpty={rows.length === 0}
        empty={
          filtered
            ? 'No coaching items match these filters.'
            : 'No coaching items at this station yet. Rules run when a performance file is imported, or with “Run rules now”.'
        }
      />
      <ItemTable caption="Coaching items, newest first" rows={rows} />
    </div>
  );
}
