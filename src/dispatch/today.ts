import {
  countsBy,
  perStation,
  type TodayContext,
  type TodayItem,
  type TodayScope,
  type TodayStation,
} from '../app/slice.js';
import { can } from '../auth/domain/permissions.js';
import { preTripStatuses } from '../inspections/readiness.js';
import { counted } from '../shared/text.js';
import { myDay } from './today-mine.js';

/** The day's work of dispatch: rosters, uncovered routes, callouts, vans without a pre-trip, time off. */
export async function dispatchToday(ctx: TodayContext, scope: TodayScope): Promise<TodayItem[]> {
  if (scope.driverId) return myDay(ctx, scope);
  if (ctx.stations.length === 0) return [];
  const runsDay = can(scope.role, 'dispatch.write');
  const lines = await Promise.all([
    runsDay ? rosterLines(ctx, scope.orgId) : [],
    runsDay ? calloutLines(ctx, scope.orgId) : [],
    runsDay ? preTripLines(ctx, scope.orgId) : [],
    can(scope.role, 'timeoff.decide') ? timeOffLines(ctx, scope.orgId) : [],
  ]);
  return lines.flat();
}

const ids = (ctx: TodayContext) => ctx.stations.map((s) => s.id);
const todays = (ctx: TodayContext) => [...new Set(ctx.stations.map((s) => s.today))];
/** Rows on each station's own today (dates differ across time zones, so one IN then a check). */
const onToday = (ctx: TodayContext) => {
  const today = new Map(ctx.stations.map((s) => [s.id, s.today]));
  return (r: { station_id: string; business_date: string }) => today.get(r.station_id) === r.business_date;
};

/** Today's and tomorrow's rosters: not built, built but not published, and today's uncovered routes. */
async function rosterLines(ctx: TodayContext, orgId: string): Promise<TodayItem[]> {
  const dates = [...new Set(ctx.stations.flatMap((s) => [s.today, s.tomorrow]))];
  const [routes, days] = await Promise.all([
    ctx.db
      .selectFrom('routes')
      .select(['station_id', 'business_date'])
      .select((eb) => [eb.fn.countAll<number>().as('n'), eb.fn.count<number>('driver_id').as('covered')])
      .where('org_id', '=', orgId)
      .where('station_id', 'in', ids(ctx))
      .where('business_date', 'in', dates)
      .groupBy(['station_id', 'business_date'])
      .execute(),
    ctx.db
      .selectFrom('dispatch_days')
      .select(['station_id', 'business_date'])
      .where('org_id', '=', orgId)
      .where('station_id', 'in', ids(ctx))
      .where('business_date', 'in', dates)
      .where('roster_published_at', 'is not', null)
      .execute(),
  ]);
  const key = (stationId: string, date: string) => `${stationId}|${date}`;
  const counts = new Map(routes.map((r) => [key(r.station_id, r.business_date), r]));
  const published = new Set(days.map((d) => key(d.station_id, d.business_date)));
  return ctx.stations.flatMap((s) =>
    [s.today, s.tomorrow].flatMap((date) => {
      const r = counts.get(key(s.id, date));
      return r ? rosterDay(s, date, Number(r.n), Number(r.covered), published.has(key(s.id, date))) : [];
    }),
  );
}

function rosterDay(s: TodayStation, date: string, routes: number, covered: number, published: boolean) {
  const isToday = date === s.today;
  const day = isToday ? 'Today’s' : 'Tomorrow’s';
  const at = { stationId: s.id, link: `/dispatch?date=${date}` };
  if (covered === 0) {
    return [
      {
        ...at,
        key: 'dispatch.roster-not-built',
        count: routes,
        title: `${day} roster at ${s.code} is not built: ${counted(routes, 'route')} without a DA`,
        severity: isToday ? ('now' as const) : ('soon' as const),
      },
    ];
  }
  const lines: TodayItem[] = [];
  if (isToday && covered < routes) {
    lines.push({
      ...at,
      key: 'dispatch.uncovered',
      count: routes - covered,
      title: `${counted(routes - covered, 'route')} uncovered today at ${s.code}`,
      severity: 'now',
    });
  }
  if (!published) {
    lines.push({
      ...at,
      key: 'dispatch.roster-not-published',
      count: 1,
      title: `${day} roster at ${s.code} is built but not published: DAs don’t see their routes yet`,
      severity: isToday ? 'now' : 'soon',
    });
  }
  return lines;
}

/** DAs who called out or did not show today, whose routes want a standby. */
async function calloutLines(ctx: TodayContext, orgId: string): Promise<TodayItem[]> {
  const rows = await ctx.db
    .selectFrom('shifts')
    .select(['station_id', 'business_date'])
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('org_id', '=', orgId)
    .where('station_id', 'in', ids(ctx))
    .where('business_date', 'in', todays(ctx))
    .where('status', 'in', ['called_out', 'no_show'])
    .groupBy(['station_id', 'business_date'])
    .execute();
  return perStation(ctx.stations, countsBy(rows.filter(onToday(ctx))), (s, n) => ({
    key: 'dispatch.callouts',
    title: `${counted(n, 'DA')} called out or did not show today at ${s.code}`,
    severity: 'now',
    link: `/dispatch?date=${s.today}`,
  }));
}

/** Vans on today's roster without a passed pre-trip (none yet, or the latest failed). */
async function preTripLines(ctx: TodayContext, orgId: string): Promise<TodayItem[]> {
  const rows = (
    await ctx.db
      .selectFrom('routes')
      .select(['station_id', 'business_date', 'van_id'])
      .where('org_id', '=', orgId)
      .where('station_id', 'in', ids(ctx))
      .where('business_date', 'in', todays(ctx))
      .where('van_id', 'is not', null)
      .execute()
  ).filter(onToday(ctx));
  const vans = [...new Map(rows.map((r) => [r.van_id as string, r.business_date])).entries()];
  const status = await preTripStatuses(
    ctx.db,
    orgId,
    vans.map(([id, date]) => ({ id, date })),
  );
  const missing = new Map<string, Set<string>>();
  for (const r of rows) {
    if (status.get(r.van_id as string) === 'passed') continue;
    missing.set(r.station_id, (missing.get(r.station_id) ?? new Set()).add(r.van_id as string));
  }
  const counts = new Map([...missing].map(([id, set]) => [id, set.size]));
  return perStation(ctx.stations, counts, (s, n) => ({
    key: 'dispatch.pre-trip-missing',
    title: `${counted(n, 'van')} on today’s roster at ${s.code} without a passed pre-trip`,
    severity: 'soon',
    link: '/readiness',
  }));
}

/** Time-off requests waiting for a decision, by the DA's home station, that are not past. */
async function timeOffLines(ctx: TodayContext, orgId: string): Promise<TodayItem[]> {
  const earliest = todays(ctx).sort()[0] as string;
  const rows = await ctx.db
    .selectFrom('time_off_requests as t')
    .innerJoin('drivers as d', (j) => j.onRef('d.org_id', '=', 't.org_id').onRef('d.id', '=', 't.driver_id'))
    .select('d.home_station_id as station_id')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('t.org_id', '=', orgId)
    .where('t.status', '=', 'pending')
    .where('t.last_date', '>=', earliest)
    .where('d.home_station_id', 'in', ids(ctx))
    .groupBy('d.home_station_id')
    .execute();
  return perStation(ctx.stations, countsBy(rows), (s, n) => ({
    key: 'dispatch.time-off',
    title: `${counted(n, 'time-off request')} waiting for a decision at ${s.code}`,
    severity: 'soon',
    link: '/schedule?tab=time-off',
  }));
}
