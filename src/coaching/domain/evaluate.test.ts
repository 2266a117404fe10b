import { describe, expect, it } from 'vitest';
import { addDays } from '../../dispatch/domain/calendar.js';
import { type MetricValues, noMetrics } from '../../performance/domain/metrics.js';
import type { Standing } from '../../performance/domain/profile.js';
import {
  type DaWeekFact,
  type Evaluation,
  type EventFact,
  evaluate,
  eventTypeMatches,
  type NewItem,
  type PastItem,
} from './evaluate.js';
import { type Rule, SUGGESTED_RULES } from './rules.js';

// Coaching issue: "an escalation ladder (1st: message; 2nd within 30 days: 1:1; 3rd: written warning;
// a dismissed item does not count toward the ladder; outside the window it starts over)", triggers on
// events within N days, a metric past a threshold, a tier drop and a Fantastic week.

const FOLLOWING: Rule = {
  id: 'fd',
  name: 'Following distance: 3 events in 7 days',
  active: true,
  trigger: { type: 'events', eventType: 'Following Distance', count: 3, days: 7 },
  ladder: ['message', 'one_on_one', 'written_warning'],
  escalationDays: 30,
};

let seq = 0;
function ev(driverId: string, date: string, type = 'Following Distance', status = 'new'): EventFact {
  seq += 1;
  return {
    id: `row-${seq}`,
    eventId: `EV-${seq}`,
    driverId,
    businessDate: date,
    occurredAt: `${date}T17:00:00.000Z`,
    type,
    subtype: null,
    severity: null,
    videoLink: null,
    status,
  };
}

const week = (
  driverId: string,
  weekStart: string,
  over: Partial<MetricValues> = {},
  standing: Standing | null = 'great',
): DaWeekFact => ({
  driverId,
  week: weekStart,
  metrics: { ...noMetrics(), dcr: 0.995, ...over },
  standing,
  score: 88,
});

const run = (over: Partial<Evaluation>): NewItem[] =>
  evaluate({ rules: [FOLLOWING], weeks: [], events: [], past: [], asOf: '2025-03-20', ...over });

/** What an earlier run opened, as the next run reads it back from the database. */
const asPast = (items: NewItem[], status = 'open'): PastItem[] =>
  items.map((i) => ({
    causeKey: i.causeKey,
    ruleId: i.ruleId,
    driverId: i.driverId,
    causeDate: i.causeDate,
    status,
    eventIds: i.cause.type === 'events' ? i.cause.events.map((e) => e.id) : [],
  }));

const threeEvents = (driverId: string, firstDate: string) =>
  [0, 1, 2].map((d) => ev(driverId, addDays(firstDate, d)));

describe('the escalation ladder', () => {
  it('goes message, 1:1, written warning for the 1st, 2nd and 3rd time within 30 days, and the last step repeats', () => {
    const events = [
      ...threeEvents('ana', '2025-03-03'),
      ...threeEvents('ana', '2025-03-10'),
      ...threeEvents('ana', '2025-03-17'),
      ...threeEvents('ana', '2025-03-24'),
    ];
    const items = run({ events, asOf: '2025-03-27' });
    expect(items.map((i) => [i.step, i.action, i.causeDate])).toEqual([
      [1, 'message', '2025-03-05'],
      [2, 'one_on_one', '2025-03-12'],
      [3, 'written_warning', '2025-03-19'],
      [4, 'written_warning', '2025-03-26'],
    ]);
  });

  it('climbs the same way across runs, reading what earlier runs opened', () => {
    const march3 = threeEvents('ana', '2025-03-03');
    const first = run({ events: march3, asOf: '2025-03-06' });
    expect(first.map((i) => i.action)).toEqual(['message']);
    const events = [...march3, ...threeEvents('ana', '2025-03-10')];
    const second = run({ events, past: asPast(first), asOf: '2025-03-13' });
    expect(second.map((i) => [i.step, i.action, i.causeDate])).toEqual([[2, 'one_on_one', '2025-03-12']]);
  });

  it('does not count a dismissed item: the next cause is the 1st step again', () => {
    const events = [...threeEvents('ana', '2025-03-03'), ...threeEvents('ana', '2025-03-10')];
    const past: PastItem[] = [
      {
        causeKey: 'fd:old',
        ruleId: 'fd',
        driverId: 'ana',
        causeDate: '2025-03-05',
        status: 'dismissed',
        eventIds: events.slice(0, 3).map((e) => e.id),
      },
    ];
    const items = run({ events, past, asOf: '2025-03-13' });
    expect(items.map((i) => [i.step, i.action])).toEqual([[1, 'message']]);
  });

  it('starts over outside the rule’s window (30 days), and counts only the DA’s own items of the rule', () => {
    const past: PastItem[] = [
      {
        causeKey: 'a',
        ruleId: 'fd',
        driverId: 'ana',
        causeDate: '2025-02-10',
        status: 'acknowledged',
        eventIds: [],
      },
      { causeKey: 'b', ruleId: 'fd', driverId: 'bo', causeDate: '2025-03-10', status: 'open', eventIds: [] },
      {
        causeKey: 'c',
        ruleId: 'other',
        driverId: 'ana',
        causeDate: '2025-03-10',
        status: 'open',
        eventIds: [],
      },
    ];
    const items = run({ events: threeEvents('ana', '2025-03-14'), past, asOf: '2025-03-17' });
    // 2025-02-10 is 34 days before 2025-03-16: out of the window.
    expect(items.map((i) => [i.driverId, i.step, i.action])).toEqual([['ana', 1, 'message']]);
    const within = run({
      events: threeEvents('ana', '2025-03-05'),
      past: past.slice(0, 1),
      asOf: '2025-03-08',
    });
    // 2025-02-10 is 25 days before 2025-03-07: the 2nd time.
    expect(within.map((i) => [i.step, i.action])).toEqual([[2, 'one_on_one']]);
  });

  it('opens nothing again for a cause already behind an item: running twice changes nothing', () => {
    const events = threeEvents('ana', '2025-03-03');
    const first = run({ events, asOf: '2025-03-06' });
    expect(first).toHaveLength(1);
    const past = asPast(first);
    expect(run({ events, past, asOf: '2025-03-06' })).toEqual([]);
    // The cause key alone is enough for a week's cause (no events behind it).
    const dcr = SUGGESTED_RULES.find((r) => r.id === 'suggested-dcr') as Rule;
    const weeks = [week('ana', '2025-03-09', { dcr: 0.97 })];
    const once = run({ rules: [dcr], weeks, asOf: '2025-03-17' });
    expect(once).toHaveLength(1);
    expect(run({ rules: [dcr], weeks, past: asPast(once), asOf: '2025-03-17' })).toEqual([]);
    expect(run({ rules: [dcr], weeks, past: asPast(once, 'dismissed'), asOf: '2025-03-17' })).toEqual([]);
  });

  it('leaves inactive rules out', () => {
    expect(
      run({ rules: [{ ...FOLLOWING, active: false }], events: threeEvents('ana', '2025-03-03') }),
    ).toEqual([]);
  });
});

describe('events within a window', () => {
  const causes = (events: EventFact[], asOf = '2025-03-20', rule = FOLLOWING) =>
    run({ rules: [rule], events, asOf }).map((i) =>
      i.cause.type === 'events' ? i.cause.events.map((e) => e.businessDate) : [],
    );

  it('puts every event within `days` of the first in one item (at least `count`), oldest first, each once', () => {
    const dates = [
      '2025-03-01',
      '2025-03-02',
      '2025-03-03',
      '2025-03-04',
      '2025-03-05',
      '2025-03-06',
      '2025-03-07',
    ];
    expect(causes(dates.map((d) => ev('ana', d)))).toEqual([dates]);
    // The next window starts at the first event after the last one's window.
    expect(causes([...dates, '2025-03-08', '2025-03-09', '2025-03-10'].map((d) => ev('ana', d)))).toEqual([
      dates,
      ['2025-03-08', '2025-03-09', '2025-03-10'],
    ]);
  });

  it('counts 7 days from the first event’s day: the 7th day is in, the 8th is out', () => {
    expect(causes(['2025-03-01', '2025-03-04', '2025-03-07'].map((d) => ev('ana', d)))).toHaveLength(1);
    expect(causes(['2025-03-01', '2025-03-04', '2025-03-08'].map((d) => ev('ana', d)))).toEqual([]);
    // A slow start does not hide a later cluster.
    expect(causes(['2025-03-01', '2025-03-10', '2025-03-11', '2025-03-12'].map((d) => ev('ana', d)))).toEqual(
      [['2025-03-10', '2025-03-11', '2025-03-12']],
    );
  });

  it('counts each DA apart, only the rule’s event type (by its name within the file’s), and never dismissed events', () => {
    const events = [
      ev('ana', '2025-03-03'),
      ev('ana', '2025-03-04', 'Speeding'),
      ev('bo', '2025-03-04'),
      ev('ana', '2025-03-05', 'following distance'),
      ev('bo', '2025-03-05'),
      ev('ana', '2025-03-06', 'Following Distance', 'dismissed'),
    ];
    expect(causes(events)).toEqual([]);
    events.push(ev('ana', '2025-03-07'));
    expect(run({ events }).map((i) => i.driverId)).toEqual(['ana']);
    expect(eventTypeMatches('Distraction', 'Driver Distraction')).toBe(true);
    expect(eventTypeMatches('Speeding', 'Following Distance')).toBe(false);
  });

  it('does not use an event another item of the rule used', () => {
    const events = threeEvents('ana', '2025-03-03');
    const past: PastItem[] = [
      {
        causeKey: 'x',
        ruleId: 'fd',
        driverId: 'ana',
        causeDate: '2025-03-03',
        status: 'open',
        eventIds: [events[0]?.id as string],
      },
    ];
    expect(run({ events, past })).toEqual([]);
  });

  it('reads events up to 21 days past their window before the run date, and none after it', () => {
    const events = threeEvents('ana', '2025-03-03');
    expect(causes(events, '2025-03-27')).toHaveLength(1);
    expect(causes(events, '2025-04-10')).toEqual([]);
    expect(causes(events, '2025-03-04')).toEqual([]);
  });

  it('keeps the events as evidence, names the item’s week by the last event, and measures events a week', () => {
    const [item] = run({ events: threeEvents('ana', '2025-03-07') });
    expect(item).toMatchObject({
      week: '2025-03-09',
      causeDate: '2025-03-09',
      measure: 'events:Following Distance',
      ruleName: FOLLOWING.name,
      cause: { type: 'events', eventType: 'Following Distance', days: 7 },
    });
    if (item?.cause.type !== 'events') throw new Error('an events cause');
    expect(item.cause.events[0]).not.toHaveProperty('status');
    expect(item.cause.events[0]).not.toHaveProperty('driverId');
  });
});

describe('metric thresholds, both directions', () => {
  const dcr: Rule = {
    id: 'dcr',
    name: 'DCR under 98.5%',
    active: true,
    trigger: { type: 'metric', metric: 'dcr', threshold: 0.985 },
    ladder: ['message', 'one_on_one'],
    escalationDays: 30,
  };
  const speeding: Rule = {
    ...dcr,
    id: 'sp',
    trigger: { type: 'metric', metric: 'speeding', threshold: 0.5 },
  };
  const asOf = '2025-03-17';

  it('sets a higher-is-better metric (DCR) off below the threshold only', () => {
    const weeks = [
      week('low', '2025-03-09', { dcr: 0.97 }),
      week('at', '2025-03-09', { dcr: 0.985 }),
      week('high', '2025-03-09', { dcr: 0.996 }),
      week('none', '2025-03-09', { dcr: null }),
    ];
    const items = run({ rules: [dcr], weeks, asOf });
    expect(items.map((i) => i.driverId)).toEqual(['low']);
    expect(items[0]).toMatchObject({
      causeKey: 'dcr:low:2025-03-09',
      causeDate: '2025-03-15',
      measure: 'dcr',
      cause: { type: 'metric', metric: 'dcr', unit: 'ratio', value: 0.97, threshold: 0.985 },
    });
  });

  it('sets a lower-is-better rate (speeding) off above the threshold only', () => {
    const weeks = [
      week('fast', '2025-03-09', { speeding: 0.6 }),
      week('at', '2025-03-09', { speeding: 0.5 }),
      week('slow', '2025-03-09', { speeding: 0.2 }),
    ];
    expect(run({ rules: [speeding], weeks, asOf }).map((i) => i.driverId)).toEqual(['fast']);
  });

  it('reads weeks that ended within 21 days of the run date, not older ones nor weeks after it', () => {
    const weeks = [
      week('old', '2025-02-09', { dcr: 0.9 }),
      week('fresh', '2025-03-02', { dcr: 0.9 }),
      week('later', '2025-03-23', { dcr: 0.9 }),
    ];
    expect(run({ rules: [dcr], weeks, asOf }).map((i) => i.driverId)).toEqual(['fresh']);
  });
});

describe('tier drop and Fantastic week', () => {
  const drop = SUGGESTED_RULES.find((r) => r.trigger.type === 'tier_drop') as Rule;
  const fantastic = SUGGESTED_RULES.find((r) => r.trigger.type === 'fantastic') as Rule;
  const asOf = '2025-03-17';

  it('opens an item when the standing falls from one week to the next, not when it holds or rises', () => {
    const weeks = [
      week('ana', '2025-03-02', {}, 'fantastic'),
      week('ana', '2025-03-09', {}, 'fair'),
      week('bo', '2025-03-02', {}, 'fair'),
      week('bo', '2025-03-09', {}, 'great'),
      week('cy', '2025-03-02', {}, 'great'),
      week('cy', '2025-03-09', {}, 'great'),
      week('di', '2025-03-09', {}, 'poor'),
      week('ed', '2025-03-02', {}, null),
      week('ed', '2025-03-09', {}, 'poor'),
    ];
    const items = run({ rules: [drop], weeks, asOf });
    expect(items.map((i) => [i.driverId, i.week, i.action])).toEqual([['ana', '2025-03-09', 'message']]);
    expect(items[0]?.cause).toEqual({ type: 'tier_drop', from: 'fantastic', to: 'fair', score: 88 });
    expect(items[0]?.measure).toBe('score');
  });

  it('recognises a Fantastic or Fantastic Plus week', () => {
    const weeks = [
      week('ana', '2025-03-09', {}, 'fantastic'),
      week('bo', '2025-03-09', {}, 'fantastic_plus'),
      week('cy', '2025-03-09', {}, 'great'),
    ];
    const items = run({ rules: [fantastic], weeks, asOf });
    expect(items.map((i) => [i.driverId, i.action])).toEqual([
      ['ana', 'recognition'],
      ['bo', 'recognition'],
    ]);
    expect(items[1]?.cause).toEqual({ type: 'fantastic', standing: 'fantastic_plus', score: 88 });
  });
});
