import type { Db } from '../db/database.js';
import type { SafetyEventsTable } from '../db/schema.js';
import { STANDINGS, type Standing } from '../performance/domain/profile.js';
import { scoreWeeks } from '../performance/domain/weekly.js';
import { profileResolver } from '../performance/profiles.js';
import { listStationWeeks } from '../performance/store.js';
import { factOf } from '../performance/views.js';
import type { DaWeekFact, EventFact } from './domain/evaluate.js';
import { stationEvents } from './store.js';

const isStanding = (s: string | null): s is Standing => STANDINGS.includes(s as Standing);

/**
 * A station's linked DA weeks between two week starts, as the rules read them: Amazon's standing when
 * the file gave one (it is what the DA sees), else ours under the profile in force; our score.
 */
export async function loadDaWeeks(
  db: Db,
  orgId: string,
  stationId: string,
  from: string,
  to: string,
): Promise<DaWeekFact[]> {
  const rows = (await listStationWeeks(db, orgId, stationId, from, to)).filter((r) => r.driver_id !== null);
  const profileFor = await profileResolver(db, orgId);
  const scored = scoreWeeks((w) => profileFor(w).profile, rows.map(factOf));
  return rows.map((r) => {
    const ours = scored.get(r.id);
    const fact = factOf(r);
    return {
      driverId: r.driver_id as string,
      week: r.week_start,
      metrics: fact.metrics,
      standing: isStanding(r.overall_standing) ? r.overall_standing : (ours?.standing ?? null),
      score: ours?.score ?? null,
    };
  });
}

export const eventFactOf = (r: SafetyEventsTable): EventFact => ({
  id: r.id,
  eventId: r.event_id,
  driverId: r.driver_id as string,
  businessDate: r.business_date,
  occurredAt: r.occurred_at,
  type: r.metric_type,
  subtype: r.metric_subtype,
  severity: r.severity,
  videoLink: r.video_link,
  status: r.status,
});

export async function loadEvents(
  db: Db,
  orgId: string,
  stationId: string,
  from: string,
  to: string,
): Promise<EventFact[]> {
  return (await stationEvents(db, orgId, stationId, from, to)).map(eventFactOf);
}
