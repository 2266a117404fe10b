import { METRIC, type MetricKey } from '../../../src/performance/domain/metrics.js';
import type { Action, RuleIn, Trigger } from './api.js';

/**
 * A rule as its dialog edits it: numbers as typed (strings), and a ratio metric's threshold in percent
 * (98.5), since that is how DSP staff read DCR or POD; the API keeps the fraction (0.985).
 */
export interface RuleDraft {
  name: string;
  active: boolean;
  type: Trigger['type'];
  eventType: string;
  count: string;
  days: string;
  metric: MetricKey;
  threshold: string;
  ladder: Action[];
  escalationDays: string;
}

export const isPercent = (metric: MetricKey) => METRIC[metric].unit === 'ratio';

/** A stored threshold as typed: percent for ratio metrics, rounded so 0.985 reads 98.5 and not 98.50000001. */
export const thresholdInput = (metric: MetricKey, value: number): string =>
  String(isPercent(metric) ? Number((value * 100).toFixed(6)) : value);

export function draftOf(rule?: RuleIn): RuleDraft {
  const t = rule?.trigger;
  const metric: MetricKey = t?.type === 'metric' ? t.metric : 'dcr';
  return {
    name: rule?.name ?? '',
    active: rule?.active ?? true,
    type: t?.type ?? 'events',
    eventType: t?.type === 'events' ? t.eventType : '',
    count: t?.type === 'events' ? String(t.count) : '2',
    days: t?.type === 'events' ? String(t.days) : '7',
    metric,
    threshold: t?.type === 'metric' ? thresholdInput(metric, t.threshold) : '',
    ladder: rule?.ladder ? [...rule.ladder] : ['message'],
    escalationDays: String(rule?.escalationDays ?? 30),
  };
}

/** A whole number typed in a field, or null. */
const whole = (s: string): number | null => (/^\s*\d+\s*$/.test(s) ? Number(s) : null);
const decimal = (s: string): number | null => (s.trim() && Number.isFinite(Number(s)) ? Number(s) : null);

function triggerOf(d: RuleDraft): Trigger | null {
  switch (d.type) {
    case 'events': {
      const count = whole(d.count);
      const days = whole(d.days);
      if (!d.eventType.trim() || count === null || days === null) return null;
      return { type: 'events', eventType: d.eventType.trim(), count, days };
    }
    case 'metric': {
      const typed = decimal(d.threshold);
      if (typed === null) return null;
      return { type: 'metric', metric: d.metric, threshold: isPercent(d.metric) ? typed / 100 : typed };
    }
    default:
      return { type: d.type };
  }
}

/** The rule to send, or null while a field is missing or not a number (the server checks the ranges). */
export function ruleOf(d: RuleDraft): RuleIn | null {
  const trigger = triggerOf(d);
  const escalationDays = whole(d.escalationDays);
  if (!trigger || escalationDays === null || !d.name.trim() || d.ladder.length === 0) return null;
  return { name: d.name.trim(), active: d.active, trigger, ladder: d.ladder, escalationDays };
}

/** The actions a step may take: recognition is only for Fantastic-week rules, and only it is. */
export const actionsFor = (type: Trigger['type'], all: readonly Action[]): Action[] =>
  all.filter((a) => (a === 'recognition') === (type === 'fantastic'));

/** A new trigger type keeps the ladder when it still fits, else starts it over with the first fitting step. */
export function withType(d: RuleDraft, type: Trigger['type'], all: readonly Action[]): RuleDraft {
  const allowed = actionsFor(type, all);
  const fits = d.ladder.every((a) => allowed.includes(a));
  return { ...d, type, ladder: fits ? d.ladder : [allowed[0] ?? 'message'] };
}

/** Another metric keeps the typed threshold only when it is in the same unit: 98.5 (%) means nothing as DPMO. */
export const withMetric = (d: RuleDraft, metric: MetricKey): RuleDraft => ({
  ...d,
  metric,
  threshold: METRIC[metric].unit === METRIC[d.metric].unit ? d.threshold : '',
});
