import { perStation, type TodayContext, type TodayItem, type TodayScope } from '../app/slice.js';
import { can } from '../auth/domain/permissions.js';
import { counted } from '../shared/text.js';

/**
 * Open pay exceptions (yesterday's, which the night's rebuild raised, and older ones still open) and the
 * timecard files' employee numbers no DA has: work for whoever settles pay.
 */
export async function payrollToday(ctx: TodayContext, scope: TodayScope): Promise<TodayItem[]> {
  if (scope.driverId || !can(scope.role, 'payroll.write')) return [];
  const [exceptions, numbers] = await Promise.all([
    ctx.stations.length === 0
      ? []
      : ctx.db
          .selectFrom('payroll_exceptions')
          .select(['station_id', 'workday'])
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .where('org_id', '=', scope.orgId)
          .where('status', '=', 'open')
          .where(
            'station_id',
            'in',
            ctx.stations.map((s) => s.id),
          )
          .groupBy(['station_id', 'workday'])
          .execute(),
    ctx.db
      .selectFrom('payroll_employee_numbers')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('org_id', '=', scope.orgId)
      .where('driver_id', 'is', null)
      .executeTakeFirstOrThrow(),
  ]);
  const yesterday = new Map(ctx.stations.map((s) => [s.id, s.yesterday]));
  const tally = (keep: (r: (typeof exceptions)[number]) => boolean) => {
    const counts = new Map<string, number>();
    for (const r of exceptions.filter(keep))
      counts.set(r.station_id, (counts.get(r.station_id) ?? 0) + Number(r.n));
    return counts;
  };
  const unlinked = Number(numbers.n);
  return [
    ...perStation(
      ctx.stations,
      tally((r) => r.workday === yesterday.get(r.station_id)),
      (s, n) => ({
        key: 'payroll.exceptions-yesterday',
        title: `${counted(n, 'pay exception')} open for yesterday at ${s.code}`,
        severity: 'soon',
        link: `/payroll-exceptions?station=${s.id}&date=${s.yesterday}&status=open`,
      }),
    ),
    ...perStation(
      ctx.stations,
      tally((r) => r.workday < (yesterday.get(r.station_id) ?? '')),
      (s, n) => ({
        key: 'payroll.exceptions-older',
        title: `${counted(n, 'older pay exception')} still open at ${s.code}`,
        severity: 'info',
        link: `/payroll-exceptions?station=${s.id}&date=&status=open`,
      }),
    ),
    ...(unlinked > 0
      ? [
          {
            key: 'payroll.employee-numbers',
            count: unlinked,
            title: `${counted(unlinked, 'employee number')} from timecard files ${unlinked === 1 ? 'matches' : 'match'} no DA: link ${unlinked === 1 ? 'it' : 'them'}`,
            severity: 'soon' as const,
            // No page links them yet: the timecards import, whose result names them, is the nearest.
            link: '/imports?kind=timecards',
          },
        ]
      : []),
  ];
}
