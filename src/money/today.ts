import type { TodayContext, TodayItem, TodayScope } from '../app/slice.js';
import { can } from '../auth/domain/permissions.js';
import { addDays, shortDay } from '../dispatch/domain/calendar.js';
import { counted } from '../shared/text.js';
import { formatDollars } from './domain/money.js';

/** How many days before a dispute window closes the home page says so (issue 16 item 7). */
export const WARN_DAYS = 3;

/**
 * Open discrepancies whose dispute window closes within three days of a station's today, for whoever
 * may dispute them: "3 discrepancies worth $975.00 close on Sat 12/05 at DXC1: dispute them".
 */
export async function moneyToday(ctx: TodayContext, scope: TodayScope): Promise<TodayItem[]> {
  if (scope.driverId || !can(scope.role, 'money.write') || ctx.stations.length === 0) return [];
  const first = ctx.stations.reduce(
    (min, s) => (s.today < min ? s.today : min),
    ctx.stations[0]?.today ?? '',
  );
  const rows = await ctx.db
    .selectFrom('money_discrepancies')
    .select(['station_id', 'deadline', 'difference_cents'])
    .where('org_id', '=', scope.orgId)
    .where('status', '=', 'open')
    .where(
      'station_id',
      'in',
      ctx.stations.map((s) => s.id),
    )
    .where('deadline', '>=', first)
    .where('deadline', '<=', addDays(first, WARN_DAYS + 1))
    .execute();
  return ctx.stations.flatMap((s) => {
    const closing = rows.filter(
      (r) => r.station_id === s.id && r.deadline >= s.today && r.deadline <= addDays(s.today, WARN_DAYS),
    );
    if (closing.length === 0) return [];
    const cents = closing.reduce((sum, r) => sum + Math.max(0, Number(r.difference_cents ?? 0)), 0);
    const soonest = closing.reduce(
      (min, r) => (r.deadline < min ? r.deadline : min),
      closing[0]?.deadline ?? '',
    );
    const they = closing.length === 1 ? 'closes' : 'close';
    return [
      {
        key: 'money.dispute-deadline',
        count: closing.length,
        title: `${counted(closing.length, 'discrepancy', 'discrepancies')} worth ${formatDollars(cents)} ${they} on ${shortDay(soonest)} at ${s.code}: dispute ${closing.length === 1 ? 'it' : 'them'}`,
        severity: 'soon' as const,
        link: '/money',
        stationId: s.id,
      },
    ];
  });
}
