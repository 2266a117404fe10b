import { useQuery } from '@tanstack/react-query';
import { QueryStatus } from '../app/ui/status.js';
import type { Driver } from '../people/api.js';
import { coachingApi, coachingKeys } from './api.js';
import { ItemTable } from './ItemTable.js';
import './coaching.css';

/** A DA's coaching items on their profile, newest first; each opens the item's page. */
export function DriverCoachingTab({ driver }: { driver: Driver }) {
  const filters = { driverId: driver.id };
  const items = useQuery({
    queryKey: coachingKeys.items(filters),
    queryFn: () => coachingApi.items(filters),
  });
  const rows = items.data?.items ?? [];
  return (
    <div className="stack-lg">
      <QueryStatus query={items} isEmpty={rows.length === 0} empty="No coaching for this DA yet." />
      <ItemTable caption={`Coaching of ${driver.firstName} ${driver.lastName}`} rows={rows} withDa={false} />
    </div>
  );
}
