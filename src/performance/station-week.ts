import type { Actor } from '../auth/domain/permissions.js';
import type { Db } from '../db/database.js';
import { addDays } from '../shared/days.js';
import { countStationFacts } from './store.js';
import { accuracyOf, amazonOf, factOf, profileGoals, rounded } from './views.js';
import { loadStationWeeks, namesOf, scoreOf, TREND_WEEKS, trendsOf, weekRef } from './week.js';

/**
 * A station's week for managers and dispatchers: every DA of Amazon's file with their metrics,
 * Amazon's tiers and scores as given, our tiers, score and rank under the profile in force, their
 * 12-week trend of our score, and the safety events and customer feedback of the week.
 */
export async function stationWeek(db: Db, actor: Actor, stationId: string, week?: string) {
  const loaded = await loadStationWeeks(db, actor, stationId, week, TREND_WEEKS);
  const names = await namesOf(db, actor.orgId, loaded.rows);
  const trends = trendsOf(loaded, TREND_WEEKS);
  const counts = await countStationFacts(db, actor.orgId, loaded.station.id, {
    from: loaded.week,
    to: addDays(loaded.week, 6),
  });
  const das = loaded.rows.map((r) => {
    const s = scoreOf(loaded, r);
    return {
      id: r.id,
      driverId: r.driver_id,
      transporterId: r.transporter_id,
      name: names.get(r.id) ?? r.transporter_id,
      rank: s.rank,
      score: rounded(s.score),
      standing: s.standing,
      poorCount: s.poorCount,
      metrics: factOf(r).metrics,
      tiers: s.tiers,
      amazon: amazonOf(r),
      trend: (trends.get(r.transporter_id) ?? []).map((v) => rounded(v)),
      safetyEvents: counts.events.get(r.transporter_id) ?? 0,
      feedback: counts.feedback.get(r.transporter_id) ?? 0,
    };
  });
  das.sort(
    (a, b) =>
      (a.rank ?? Number.POSITIVE_INFINITY) - (b.rank ?? Number.POSITIVE_INFINITY) ||
      a.name.localeCompare(b.name),
  );
  return {
    station: { id: loaded.station.id, code: loaded.station.code, name: loaded.station.name },
    ...weekRef(loaded.week),
    weeks: loaded.weeks.map(weekRef),
    profile: {
      name: loaded.profile.profile.name,
      estimate: loaded.profile.profile.estimate,
      effectiveWeek: loaded.profile.effectiveWeek,
      ...profileGoals(loaded.profile.profile),
    },
    accuracy: accuracyOf(loaded.all.map((row) => ({ row, ...scoreOf(loaded, row) }))),
    das,
  };
}
