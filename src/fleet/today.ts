import { countsBy, perStation, type TodayContext, type TodayItem, type TodayScope } from '../app/slice.js';
import { can } from '../auth/domain/permissions.js';
import { counted } from '../shared/text.js';

/** Grounded vans, for whoever may put them back in service. */
export async function fleetToday(ctx: TodayContext, scope: TodayScope): Promise<TodayItem[]> {
  if (scope.driverId || !can(scope.role, 'fleet.write') || ctx.stations.length === 0) return [];
  const rows = await ctx.db
    .selectFrom('vans')
    .select('station_id')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('org_id', '=', scope.orgId)
    .where(
      'station_id',
      'in',
      ctx.stations.map((s) => s.id),
    )
    .where('status', '=', 'grounded')
    .groupBy('station_id')
    .execute();
  return perStation(ctx.stations, countsBy(rows), (s, n) => ({
    key: 'fleet.grounded',
    title: `${counted(n, 'van')} grounded at ${s.code}`,
    severity: 'soon',
    link: '/fleet?status=grounded',
  }));
}
