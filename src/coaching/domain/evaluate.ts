import { addDays } from '../../dispatch/domain/calendar.js';
import { groupBy } from '../../people/domain/group.js';
import { METRIC, type MetricValues } from '../../performance/domain/metrics.js';
import { STANDINGS, type Standing } from '../../performance/domain/profile.js';
import { weekEnd, weekStartOf } from '../../performance/domain/weeks.js';
import type { Cause, EventEvidence } from './cause.js';
import { type Action, type Measure, measureOf, type Rule } from './rules.js';

/** One DA's week as the rules read it. */
export interface DaWeekFact {
  driverId: string;
  week: string;
  metrics: MetricValues;
  standing: Standing | null;
  score: number | null;
}

export interface EventFact extends EventEvidence {
  driverId: string;
  status: string;
}

/** An item already open for a DA: it counts toward the ladder unless dismissed, and uses its events. */
export interface PastItem {
  causeKey: string;
  ruleId: string;
  driverId: string;
  causeDate: string;
  status: string;
  eventIds: readonly string[];
}

export interface NewItem {
  driverId: string;
  ruleId: string;
  ruleName: string;
  causeKey: string;
  cause: Cause;
  measure: Measure;
  week: string;
  causeDate: string;
  step: number;
  action: Action;
}

export interface Evaluation {
  rules: readonly Rule[];
  weeks: readonly DaWeekFact[];
  events: readonly EventFact[];
  past: readonly PastItem[];
  /** The station's business date the rules run on: events and weeks close to it are read. */
  asOf: string;
}

/** Amazon's files arrive days after the week: a week or events up to this old still set rules off. */
const FRESH_DAYS = 21;

type Found = Omit<NewItem, 'step' | 'action' | 'ruleName' | 'measure'>;

/**
 * The items the rules open now, each at its step of the rule's ladder. A cause already behind an item
 * (the same events, or the same DA week) opens nothing again, so running twice changes nothing.
 */
export function evaluate(e: Evaluation): NewItem[] {
  const out: NewItem[] = [];
  const taken = new Set(e.past.map((p) => p.causeKey));
  for (const rule of e.rules.filter((r) => r.active)) {
    const found = causesOf(rule, e).sort((a, b) => a.causeDate.localeCompare(b.causeDate));
    const ladder: PastItem[] = e.past.filter((p) => p.ruleId === rule.id && p.status !== 'dismissed');
    for (const f of found) {
      if (taken.has(f.causeKey)) continue;
      const step = stepOf(rule, ladder, f);
      ladder.push({ ...f, status: 'open', eventIds: [] });
      const action = rule.ladder[Math.min(step, rule.ladder.length) - 1] as Action;
      out.push({ ...f, ruleName: rule.name, measure: measureOf(rule.trigger), step, action });
    }
  }
  return out;
}

/** 1 + the DA's earlier items of the rule within its escalation window (dismissed ones do not count). */
function stepOf(rule: Rule, ladder: readonly PastItem[], f: Found): number {
  const since = addDays(f.causeDate, -rule.escalationDays);
  return (
    1 +
    ladder.filter((p) => p.driverId === f.driverId && p.causeDate > since && p.causeDate <= f.causeDate)
      .length
  );
}

function causesOf(rule: Rule, e: Evaluation): Found[] {
  const t = rule.trigger;
  if (t.type === 'events') return eventCauses(rule.id, t, e);
  const fresh = e.weeks.filter((w) => weekEnd(w.week) > addDays(e.asOf, -FRESH_DAYS) && w.week <= e.asOf);
  const found: Found[] = [];
  for (const w of fresh) {
    const cause = weekCause(rule, w, e.weeks);
    if (cause) found.push(weekFound(rule.id, w, cause));
  }
  return found;
}

const weekFound = (ruleId: string, w: DaWeekFact, cause: Cause): Found => ({
  driverId: w.driverId,
  ruleId,
  causeKey: `${ruleId}:${w.driverId}:${w.week}`,
  cause,
  week: w.week,
  causeDate: weekEnd(w.week),
});

const worseRank = (s: Standing) => STANDINGS.indexOf(s);

function weekCause(rule: Rule, w: DaWeekFact, all: readonly DaWeekFact[]): Cause | null {
  const t = rule.trigger;
  if (t.type === 'metric') {
    const value = w.metrics[t.metric];
    if (value === null) return null;
    const info = METRIC[t.metric];
    const past = info.direction === 'higher' ? value < t.threshold : value > t.threshold;
    return past ? { type: 'metric', metric: t.metric, unit: info.unit, value, threshold: t.threshold } : null;
  }
  if (t.type === 'fantastic') {
    const good = w.standing === 'fantastic' || w.standing === 'fantastic_plus';
    return good && w.standing ? { type: 'fantastic', standing: w.standing, score: w.score } : null;
  }
  if (t.type !== 'tier_drop' || !w.standing) return null;
  const before = all.find((p) => p.driverId === w.driverId && p.week === addDays(w.week, -7));
  if (!before?.standing || worseRank(w.standing) <= worseRank(before.standing)) return null;
  return { type: 'tier_drop', from: before.standing, to: w.standing, score: w.score };
}

/** Whether an event's Metric Type is the rule's: "Distraction" matches "Driver Distraction". */
export const eventTypeMatches = (ruleType: string, eventType: string): boolean =>
  eventType.toLowerCase().includes(ruleType.toLowerCase());

/**
 * Groups of `count` events of the type within `days` of each other that no item of the rule has used,
 * oldest first. Dismissed events never count.
 */
function eventCauses(
  ruleId: string,
  t: Extract<Rule['trigger'], { type: 'events' }>,
  e: Evaluation,
): Found[] {
  const used = new Set(e.past.filter((p) => p.ruleId === ruleId).flatMap((p) => p.eventIds));
  const from = addDays(e.asOf, -(t.days + FRESH_DAYS));
  const counted = e.events.filter(
    (ev) =>
      ev.status !== 'dismissed' &&
      !used.has(ev.id) &&
      eventTypeMatches(t.eventType, ev.type) &&
      ev.businessDate > from &&
      ev.businessDate <= e.asOf,
  );
  const byDa = groupBy(counted, (ev) => ev.driverId);
  const found: Found[] = [];
  for (const [driverId, list] of byDa) {
    list.sort((a, b) => a.occurredAt.localeCompare(b.occurredAt));
    for (const group of groupsWithin(list, t.count, t.days)) {
      const last = group[group.length - 1] as EventFact;
      found.push({
        driverId,
        ruleId,
        causeKey: `${ruleId}:${last.id}`,
        cause: { type: 'events', eventType: t.eventType, days: t.days, events: group.map(evidenceOf) },
        week: weekStartOf(last.businessDate),
        causeDate: last.businessDate,
      });
    }
  }
  return found;
}

/**
 * Runs of events within `days` of the run's first event, at least `count` of them: one item takes every
 * event of its window, so a DA with six events in a week gets one item about six, not three about two.
 */
function groupsWithin(list: readonly EventFact[], count: number, days: number): EventFact[][] {
  const groups: EventFact[][] = [];
  let i = 0;
  while (i + count <= list.length) {
    const end = addDays((list[i] as EventFact).businessDate, days);
    let j = i;
    while (j < list.length && (list[j] as EventFact).businessDate < end) j += 1;
    if (j - i >= count) {
      groups.push(list.slice(i, j));
      i = j;
    } else i += 1;
  }
  return groups;
}

const evidenceOf = ({ driverId: _d, status: _s, ...evidence }: EventFact): EventEvidence => evidence;
