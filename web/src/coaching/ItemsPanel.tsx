import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { usePagedQuery } from '../app/paging.js';
import { SelectField } from '../app/ui/fields.js';
import { LoadMore, QueryStatus } from '../app/ui/status.js';
import {
  coachingApi,
  coachingKeys,
  type Item,
  type ItemFilters,
  type ItemKind,
  type ItemStatus,
} from './api.js';
import { ItemTable, itemPath } from './ItemTable.js';
import { ACTION_LABELS, STATUS_LABELS, weekLine } from './labels.js';

const PAGE = 50;
/** The DA choices: the DAs with items at the station. */
const DA_CHOICES = 500;

const KIND_OPTIONS = [
  { value: 'problems', label: 'Every kind but recognition' },
  ...Object.entries(ACTION_LABELS)
    .filter(([value]) => value !== 'recognition')
    .map(([value, label]) => ({ value, label })),
];

/**
 * The station's coaching items, newest first, 50 at a time, filtered by kind, status, rule and DA.
 * Recognition is not a problem: it is grouped by week apart from the list.
 */
export function ItemsPanel({ stationId }: { stationId: string }) {
  const [kind, setKind] = useState<ItemKind>('problems');
  // The home page links disputes here as ?status=disputed.
  const [params] = useSearchParams();
  const [status, setStatus] = useState(params.get('status') ?? '');
  const [ruleId, setRuleId] = useState('');
  const [driverId, setDriverId] = useState('');
  const filters: ItemFilters = {
    stationId,
    kind,
    status: (status || undefined) as ItemStatus | undefined,
    ruleId: ruleId || undefined,
    driverId: driverId || undefined,
    limit: PAGE,
  };
  const { query: items, items: rows } = usePagedQuery(coachingKeys.items(filters), (cursor) =>
    coachingApi.items({ ...filters, cursor }),
  );
  const everyone = { stationId, limit: DA_CHOICES };
  const all = useQuery({
    queryKey: coachingKeys.items(everyone),
    queryFn: () => coachingApi.items(everyone),
    enabled: Boolean(stationId),
  });
  const rules = useQuery({ queryKey: coachingKeys.rules, queryFn: () => coachingApi.rules() });
  const das = new Map((all.data?.items ?? []).map((i) => [i.driverId, i.driverName]));
  const filtered = Boolean(kind !== 'problems' || status || ruleId || driverId);
  return (
    <div className="stack-lg">
      <form className="filters card" aria-label="Filter coaching items" onSubmit={(e) => e.preventDefault()}>
        <SelectField
          label="Kind"
          value={kind}
          onValue={(k) => setKind(k as ItemKind)}
          options={KIND_OPTIONS}
        />
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
      <LoadMore query={items} />
      <RecognitionGroups stationId={stationId} driverId={driverId || undefined} />
    </div>
  );
}

/** "Fantastic week" recognition, one line a week with the DAs it went to. */
function RecognitionGroups({ stationId, driverId }: { stationId: string; driverId: string | undefined }) {
  const filters: ItemFilters = { stationId, driverId, kind: 'recognition', limit: PAGE };
  const { query, items } = usePagedQuery(coachingKeys.items(filters), (cursor) =>
    coachingApi.items({ ...filters, cursor }),
  );
  const weeks = new Map<string, Item[]>();
  for (const item of items) weeks.set(item.week, [...(weeks.get(item.week) ?? []), item]);
  if (items.length === 0) return null;
  return (
    <section className="card stack" aria-labelledby="recognition-title" data-testid="coaching-recognition">
      <h2 id="recognition-title">Recognition</h2>
      <ul className="stack">
        {[...weeks].map(([week, list]) => (
          <li key={week}>
            <strong>{weekLine(week)}</strong> ({list.length} DA{list.length === 1 ? '' : 's'}):{' '}
            {list.map((item, i) => (
              <span key={item.id}>
                {i > 0 ? ', ' : ''}
                <Link to={itemPath(item.id)}>{item.driverName}</Link>
              </span>
            ))}
          </li>
        ))}
      </ul>
      <LoadMore query={query} />
    </section>
  );
}
