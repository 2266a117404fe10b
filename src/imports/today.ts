import { countsBy, perStation, type TodayContext, type TodayItem, type TodayScope } from '../app/slice.js';
import { can } from '../auth/domain/permissions.js';
import { counted } from '../shared/text.js';

const WEEK_MS = 7 * 86_400_000;

/**
 * Files that failed or were refused in the last 7 days and not since loaded by a later import of the
 * same kind, station and day: what is missing from the records until someone imports it again.
 */
export async function importsToday(ctx: TodayContext, scope: TodayScope): Promise<TodayItem[]> {
  if (scope.driverId || !can(scope.role, 'imports.run')) return [];
  const stationIds = ctx.stations.map((s) => s.id);
  const since = new Date(Date.now() - WEEK_MS).toISOString();
  const rows = await ctx.db
    .selectFrom('imports as i')
    .select('i.station_id')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('i.org_id', '=', scope.orgId)
    .where('i.status', 'in', ['failed', 'rejected'])
    .where('i.dry_run', '=', 0)
    .where('i.created_at', '>=', since)
    .where((eb) =>
      scope.stationIds === null
        ? eb.or([eb('i.station_id', 'is', null), eb('i.station_id', 'in', [...stationIds, ''])])
        : eb('i.station_id', 'in', [...stationIds, '']),
    )
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('imports as later')
            .select('later.id')
            .whereRef('later.org_id', '=', 'i.org_id')
            .whereRef('later.kind', '=', 'i.kind')
            .where('later.status', '=', 'committed')
            .whereRef('later.created_at', '>', 'i.created_at')
            .where((eb) =>
              eb.or([
                eb('later.station_id', 'is', null).and('i.station_id', 'is', null),
                eb('later.station_id', '=', eb.ref('i.station_id')),
              ]),
            )
            .where((eb) =>
              eb.or([
                eb('later.business_date', 'is', null).and('i.business_date', 'is', null),
                eb('later.business_date', '=', eb.ref('i.business_date')),
              ]),
            ),
        ),
      ),
    )
    .groupBy('i.station_id')
    .execute();
  const counts = countsBy(rows);
  const orgWide = counts.get('') ?? 0;
  const line = (n: number, where: string) => ({
    key: 'imports.failed',
    title: `${counted(n, 'import')} failed in the last 7 days${where}: import the file again`,
    severity: 'soon' as const,
    link: '/imports',
  });
  return [
    ...(orgWide > 0 ? [{ ...line(orgWide, ''), count: orgWide }] : []),
    ...perStation(ctx.stations, counts, (s, n) => line(n, ` at ${s.code}`)),
  ];
}
