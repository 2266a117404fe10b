import { z } from 'zod';
import { METRIC, METRIC_KEYS, type MetricKey } from '../../performance/domain/metrics.js';

/**
 * A coaching rule: what sets it off, and what happens the 1st, 2nd, … time it does for one DA within
 * `escalationDays` (the last step repeats). Recognition is a rule too: coaching is not only blame.
 */
export const ACTIONS = ['message', 'one_on_one', 'ride_along', 'written_warning', 'recognition'] as const;
export type Action = (typeof ACTIONS)[number];

export const TriggerSchema = z.discriminatedUnion('type', [
  z.strictObject({
    type: z.literal('events'),
    /** A safety event's Metric Type as Cortex or Netradyne names it ("Following Distance"). */
    eventType: z.string().trim().min(1).max(80),
    count: z.number().int().min(1).max(50),
    days: z.number().int().min(1).max(90),
  }),
  z.strictObject({
    type: z.literal('metric'),
    metric: z.enum(METRIC_KEYS),
    /** Past this value, in the metric's bad direction, the DA's week sets the rule off. */
    threshold: z.number().finite(),
  }),
  z.strictObject({ type: z.literal('tier_drop') }),
  z.strictObject({ type: z.literal('fantastic') }),
]);
export type Trigger = z.infer<typeof TriggerSchema>;

export const RuleInSchema = z.strictObject({
  name: z.string().trim().min(1).max(120),
  active: z.boolean(),
  trigger: TriggerSchema,
  ladder: z.array(z.enum(ACTIONS)).min(1).max(6),
  escalationDays: z.number().int().min(1).max(365),
});
export type RuleIn = z.infer<typeof RuleInSchema>;

export interface Rule extends RuleIn {
  id: string;
}

/** What "did it work?" measures for a rule: a metric of the DA's week, their score, or events a week. */
export type Measure = MetricKey | 'score' | `events:${string}`;

export function measureOf(trigger: Trigger): Measure {
  switch (trigger.type) {
    case 'events':
      return `events:${trigger.eventType}`;
    case 'metric':
      return trigger.metric;
    default:
      return 'score';
  }
}

/** Lower is better for event counts and lower-is-better metrics; a score is better higher. */
export function measureDirection(measure: Measure): 'higher' | 'lower' {
  if (measure === 'score') return 'higher';
  if (measure.startsWith('events:')) return 'lower';
  return METRIC[measure as MetricKey].direction;
}

export function measureLabel(measure: Measure): string {
  if (measure === 'score') return 'Weekly score';
  if (measure.startsWith('events:')) return `${measure.slice('events:'.length)} events a week`;
  return METRIC[measure as MetricKey].label;
}

/** A recognition rule's ladder may only recognise; a blame rule may not hand out recognition. */
export function ladderProblem(rule: RuleIn): string | null {
  const praise = rule.trigger.type === 'fantastic';
  const wrong = rule.ladder.find((a) => (a === 'recognition') !== praise);
  if (!wrong) return null;
  return praise
    ? 'A Fantastic-week rule recognises the DA: its steps can only be "recognition".'
    : '"recognition" is for Fantastic-week rules; pick message, 1:1, ride-along or written warning.';
}

/**
 * The rules an org has until it saves its own: the community's usual ladder (message, then a 1:1
 * within 30 days, then a written warning) on the events and metrics that move the Safety score most.
 */
export const SUGGESTED_RULES: readonly Rule[] = [
  {
    id: 'suggested-following-distance',
    name: 'Following distance: 3 events in 7 days',
    active: true,
    trigger: { type: 'events', eventType: 'Following Distance', count: 3, days: 7 },
    ladder: ['message', 'one_on_one', 'written_warning'],
    escalationDays: 30,
  },
  {
    id: 'suggested-speeding',
    name: 'Speeding: 2 events in 7 days',
    active: true,
    trigger: { type: 'events', eventType: 'Speeding', count: 2, days: 7 },
    ladder: ['message', 'one_on_one', 'written_warning'],
    escalationDays: 30,
  },
  {
    id: 'suggested-distraction',
    name: 'Distraction: 2 events in 7 days',
    active: true,
    trigger: { type: 'events', eventType: 'Distraction', count: 2, days: 7 },
    ladder: ['message', 'ride_along', 'written_warning'],
    escalationDays: 30,
  },
  {
    id: 'suggested-dcr',
    name: 'Completion rate under 98.5%',
    active: true,
    trigger: { type: 'metric', metric: 'dcr', threshold: 0.985 },
    ladder: ['message', 'one_on_one'],
    escalationDays: 30,
  },
  {
    id: 'suggested-tier-drop',
    name: 'Weekly standing dropped',
    active: true,
    trigger: { type: 'tier_drop' },
    ladder: ['message', 'one_on_one'],
    escalationDays: 30,
  },
  {
    id: 'suggested-fantastic',
    name: 'Fantastic week',
    active: true,
    trigger: { type: 'fantastic' },
    ladder: ['recognition'],
    escalationDays: 7,
  },
];
