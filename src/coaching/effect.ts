import type { Actor } from '../auth/domain/permissions.js';
import type { Db } from '../db/database.js';
import type { CoachingItemsTable } from '../db/schema.js';
import { addDays } from '../dispatch/domain/calendar.js';
import { groupBy } from '../people/domain/group.js';
import type { MetricKey } from '../performance/domain/metrics.js';
import type { ScoringProfile } from '../performance/domain/profile.js';
import { weekStartOf } from '../performance/domain/weeks.js';
import { profileResolver } from '../performance/profiles.js';
import { visibleStation } from '../tenancy/visible-station.js';
import { type ItemEffect, itemEffect, summarise } from './domain/effect.js';
import type { DaWeekFact, EventFact } from './domain/evaluate.js';
import { eventTypeMatches } from './domain/evaluate.js';
import { type Measure, measureDirection, measureLabel } from './domain/rules.js';
import { loadDaWeeks, loadEvents } from './facts.js';

/** A station's DA weeks and events over a span, to read any measure from. */
export interface MeasureFacts {
  weeks: Map<string, DaWeekFact>;
  events: Map<string, EventFact[]>;
  lastWeek: string;
}

const key = (driverId: string, week: string) => `${driverId}:${week}`;

export async function loadMeasureFacts(
  db: Db,
  orgId: string,
  stationId: string,
  from: string,
  to: string,
): Promise<MeasureFacts> {
  const weeks = await loadDaWeeks(db, orgId, stationId, from, to);
  const events = (await loadEvents(db, orgId, stationId, from, addDays(to, 6))).filter(
    (e) => e.status !== 'dismissed',
  );
  return {
    weeks: new Map(weeks.map((w) => [key(w.driverId, w.week), w])),
    events: groupBy(events, (e) => key(e.driverId, weekStartOf(e.businessDate))),
    lastWeek: weeks.reduce((last, w) => (w.week > last ? w.week : last), ''),
  };
}

/**
 * The DA's measure in a week: a metric or our score from their week's row; events of the type that week
 * (not dismissed) — counted only in weeks they have a row, so a week off is no data, not a clean week.
 */
export function measureValue(
  facts: MeasureFacts,
  measure: string,
  driverId: string,
  week: string,
): number | null {
  const row = facts.weeks.get(key(driverId, week));
  if (!row) return null;
  if (measure === 'score') return row.score;
  if (measure.startsWith('events:')) {
    const type = measure.slice('events:'.length);
    return (facts.events.get(key(driverId, week)) ?? []).filter((e) => eventTypeMatches(type, e.type)).length;
  }
  return row.metrics[measure as MetricKey] ?? null;
}

export function effectOfItem(facts: MeasureFacts, item: CoachingItemsTable, weeks: number): ItemEffect {
  const measure = item.measure as Measure;
  return itemEffect(
    item.week_start,
    weeks,
    measureDirection(measure),
    (w) => measureValue(facts, measure, item.driver_id, w),
    facts.lastWeek,
  );
}

/**
 * The goal line of a measure under the scoring profile in force: the Fantastic score, or the metric's
 * Fantastic threshold; none for a count of events (zero is the axis).
 */
export function measureGoal(
  profile: ScoringProfile,
  measure: string,
): { value: number; label: string } | null {
  if (measure === 'score') return { value: profile.bands.fantastic, label: 'Fantastic' };
  if (measure.startsWith('events:')) return null;
  const goal = profile.metrics[measure as MetricKey]?.thresholds.fantastic ?? null;
  return goal === null ? null : { value: goal, label: 'Fantastic' };
}

/** One item's before and after, as its detail shows it. */
export async function itemEffectView(db: Db, item: CoachingItemsTable, weeks = 4) {
  const facts = await loadMeasureFacts(
    db,
    item.org_id,
    item.station_id,
    addDays(item.week_start, -7 * weeks),
    addDays(item.week_start, 7 * weeks),
  );
  const measure = item.measure as Measure;
  const profileAt = await profileResolver(db, item.org_id);
  return {
    goal: measureGoal(profileAt(item.week_start).profile, measure),
    measure,
    measureLabel: measureLabel(measure),
    direction: measureDirection(measure),
    ...effectOfItem(facts, item, weeks),
  };
}

/** "Did it work?" at a station: every item's before and after, per rule and overall. */
export async function stationEffect(db: Db, actor: Actor, stationId: string, weeks: number) {
  const station = await visibleStation(db, actor, stationId);
  const items = await db
    .selectFrom('coaching_items')
    .selectAll()
    .where('org_id', '=', actor.orgId)
    .where('station_id', '=', station.id)
    .where('status', '!=', 'dismissed')
    .execute();
  const firstWeek = items.reduce((min, i) => (i.week_start < min ? i.week_start : min), '9999-12-31');
  const lastWeek = items.reduce((max, i) => (i.week_start > max ? i.week_start : max), '0000-01-01');
  const facts = items.length
    ? await loadMeasureFacts(
        db,
        actor.orgId,
        station.id,
        addDays(firstWeek, -7 * weeks),
        addDays(lastWeek, 7 * weeks),
      )
    : null;
  const profile = (await profileResolver(db, actor.orgId))(lastWeek).profile;
  // By rule and measure: a rule whose trigger was changed measures its older items by what they were about.
  const rules = [...groupBy(items, (i) => `${i.rule_id}|${i.measure}`).values()].map((list) => {
    const first = list[0] as CoachingItemsTable;
    const measure = first.measure as Measure;
    const effects = facts ? list.map((i) => effectOfItem(facts, i, weeks)) : [];
    return {
      goal: measureGoal(profile, measure),
      ruleId: first.rule_id,
      name: (list[list.length - 1] as CoachingItemsTable).rule_name,
      measure,
      measureLabel: measureLabel(measure),
      direction: measureDirection(measure),
      ...summarise(effects, weeks),
    };
  });
  const total = (k: 'items' | 'measured' | 'improved' | 'worse' | 'same') =>
    rules.reduce((n, r) => n + r[k], 0);
  return {
    weeks,
    overall: {
      items: total('items'),
      measured: total('measured'),
      improved: total('improved'),
      worse: total('worse'),
      same: total('same'),
    },
    rules: rules.sort((a, b) => b.items - a.items),
  };
}
