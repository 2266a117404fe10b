import type { Actor } from '../auth/domain/permissions.js';
import type { Db } from '../db/database.js';
import type { DaWeeksTable, StationsTable } from '../db/schema.js';
import { findDriversByIds } from '../people/store.js';
import { localDate } from '../shared/dates.js';
import { visibleStation } from '../tenancy/visible-station.js';
import type { ProfileVersion } from './domain/profile.js';
import { type ScoredWeek, scoreWeeks } from './domain/weekly.js';
import { weekEnd, weekLabel, weekStartOf, weeksEndingAt } from './domain/weeks.js';
import { profileResolver } from './profiles.js';
import { listStationWeekStarts, listStationWeeks } from './store.js';
import { factOf } from './views.js';

/** How many weeks a trend shows. */
export const TREND_WEEKS = 12;

/** This week, for views asked without one where no station's zone applies. */
export const thisWeek = (): string => weekStartOf(new Date().toISOString().slice(0, 10));

export interface StationWeeks {
  station: StationsTable;
  week: string;
  /** Weeks with data at the station, newest first. */
  weeks: string[];
  profile: ProfileVersion;
  /** The week's DA rows, and every row of the weeks loaded (the week and those before it). */
  rows: DaWeeksTable[];
  all: DaWeeksTable[];
  scored: Map<string, ScoredWeek>;
}

/**
 * A station's week (default: its newest with data, else this week) with `span` weeks up to it, every
 * DA week scored under the profile in force that week and ranked within it.
 */
export async function loadStationWeeks(
  db: Db,
  actor: Actor,
  stationId: string,
  week: string | undefined,
  span: number,
): Promise<StationWeeks> {
  const station = await visibleStation(db, actor, stationId);
  const weeks = await listStationWeekStarts(db, actor.orgId, station.id);
  const chosen = week ?? weeks[0] ?? weekStartOf(localDate(station.time_zone));
  const range = weeksEndingAt(chosen, span);
  const all = await listStationWeeks(db, actor.orgId, station.id, range[0] ?? chosen, chosen);
  const profileFor = await profileResolver(db, actor.orgId);
  const scored = scoreWeeks((w) => profileFor(w).profile, all.map(factOf));
  return {
    station,
    week: chosen,
    weeks,
    profile: profileFor(chosen),
    rows: all.filter((r) => r.week_start === chosen),
    all,
    scored,
  };
}

/** The DA's name: the profile's once linked, else as the file wrote it. */
export async function namesOf(
  db: Db,
  orgId: string,
  rows: readonly DaWeeksTable[],
): Promise<Map<string, string>> {
  const linked = await findDriversByIds(
    db,
    orgId,
    rows.flatMap((r) => (r.driver_id ? [r.driver_id] : [])),
  );
  const byDriver = new Map(linked.map((d) => [d.id, `${d.firstName} ${d.lastName}`]));
  return new Map(
    rows.map((r) => [r.id, (r.driver_id && byDriver.get(r.driver_id)) || r.da_name || r.transporter_id]),
  );
}

/** Each Transporter ID's scores over the weeks loaded, oldest first (null: no week or no score). */
export function trendsOf(loaded: StationWeeks, span: number): Map<string, (number | null)[]> {
  const weeks = weeksEndingAt(loaded.week, span);
  const byId = new Map<string, (number | null)[]>();
  for (const r of loaded.all) {
    const series = byId.get(r.transporter_id) ?? weeks.map(() => null);
    const at = weeks.indexOf(r.week_start);
    if (at >= 0) series[at] = scoreOf(loaded, r).score;
    byId.set(r.transporter_id, series);
  }
  return byId;
}

/** A row's score: every row loaded is scored. */
export function scoreOf(loaded: StationWeeks, row: DaWeeksTable): ScoredWeek {
  const scored = loaded.scored.get(row.id);
  if (!scored) throw new Error(`DA week ${row.id} was not scored`);
  return scored;
}

/** A week as the API names it: its Sunday, Amazon's label and its Saturday. */
export const weekRef = (week: string) => ({ week, label: weekLabel(week), end: weekEnd(week) });
