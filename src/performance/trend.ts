import type { Actor } from '../auth/domain/permissions.js';
import type { Db } from '../db/database.js';
import type { DaWeeksTable, DriversTable } from '../db/schema.js';
import { visibleDriver } from '../people/drivers.js';
import { scoreDa } from './domain/score.js';
import { weeksEndingAt } from './domain/weeks.js';
import { profileResolver } from './profiles.js';
import { listDriverWeekStarts, listDriverWeeks } from './store.js';
import { accuracyOf, amazonOf, factOf, profileGoals, rounded } from './views.js';
import { TREND_WEEKS, thisWeek, weekRef } from './week.js';

/** Of a DA's rows of one week (two stations at most, rarely), the one with more deliveries. */
function busiest(rows: DaWeeksTable[]): DaWeeksTable | undefined {
  const delivered = (r: DaWeeksTable) => factOf(r).metrics.delivered ?? 0;
  return rows.reduce<DaWeeksTable | undefined>(
    (best, r) => (!best || delivered(r) > delivered(best) ? r : best),
    undefined,
  );
}

/**
 * A DA's 12 weeks up to `week` (default: their newest with data): each week's metrics, Amazon's
 * figures as given, and our tiers and score under the profile in force that week; null for a week
 * without a row. Only rows of the stations given (null: all).
 */
export async function trendOf(
  db: Db,
  orgId: string,
  driver: DriversTable,
  week: string | undefined,
  stationIds: string[] | null,
) {
  const weeksWithData = await listDriverWeekStarts(db, orgId, driver.id);
  const chosen = week ?? weeksWithData[0] ?? thisWeek();
  const span = weeksEndingAt(chosen, TREND_WEEKS);
  const rows = await listDriverWeeks(
    db,
    orgId,
    driver.id,
    { from: span[0] ?? chosen, to: chosen },
    stationIds,
  );
  const profileFor = await profileResolver(db, orgId);
  const scored = span.flatMap((w) => {
    const row = busiest(rows.filter((r) => r.week_start === w));
    return row ? [{ week: w, row, ...scoreDa(profileFor(w).profile, factOf(row).metrics) }] : [];
  });
  return {
    driver: {
      id: driver.id,
      name: `${driver.first_name} ${driver.last_name}`,
      transporterId: driver.transporter_id,
    },
    ...weekRef(chosen),
    weeksWithData: weeksWithData.map(weekRef),
    profile: profileFor(chosen),
    accuracy: accuracyOf(scored),
    weeks: span.map((w) => {
      const s = scored.find((x) => x.week === w);
      if (!s) return { ...weekRef(w), data: null };
      return {
        ...weekRef(w),
        data: {
          stationId: s.row.station_id,
          metrics: factOf(s.row).metrics,
          tiers: s.tiers,
          score: rounded(s.score),
          standing: s.standing,
          amazon: amazonOf(s.row),
        },
      };
    }),
  };
}

/** A DA's trend for staff: another org's or station's DA answers 404. */
export async function driverTrend(db: Db, actor: Actor, driverId: string, week?: string) {
  const driver = await visibleDriver(db, actor, driverId);
  const { profile, ...trend } = await trendOf(db, actor.orgId, driver, week, actor.stationIds);
  return {
    ...trend,
    profile: {
      name: profile.profile.name,
      estimate: profile.profile.estimate,
      effectiveWeek: profile.effectiveWeek,
      ...profileGoals(profile.profile),
    },
  };
}
