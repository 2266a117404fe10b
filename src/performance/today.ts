import { perStation, type TodayContext, type TodayItem, type TodayScope } from '../app/slice.js';
import { can } from '../auth/domain/permissions.js';
import { counted } from '../shared/text.js';
import { listUnlinked } from './store.js';

/** Transporter IDs in imported files that match no DA, for whoever may link them. */
export async function performanceToday(ctx: TodayContext, scope: TodayScope): Promise<TodayItem[]> {
  if (scope.driverId || !can(scope.role, 'performance.write') || ctx.stations.length === 0) return [];
  const groups = await listUnlinked(ctx.db, scope.orgId, scope.stationIds);
  const counts = new Map<string, number>();
  for (const g of groups) for (const id of g.stationIds) counts.set(id, (counts.get(id) ?? 0) + 1);
  return perStation(ctx.stations, counts, (s, n) => ({
    key: 'performance.transporter-ids',
    title: `${counted(n, 'Transporter ID')} in imported files ${n === 1 ? 'matches' : 'match'} no DA at ${s.code}: link ${n === 1 ? 'it' : 'them'}`,
    severity: 'soon',
    link: '/performance?tab=unknown',
  }));
}
