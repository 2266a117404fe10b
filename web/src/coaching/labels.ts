import { METRIC, type MetricKey } from '../../../src/performance/domain/metrics.js';
import { formatDate } from '../app/format.js';
import { formatMetric, formatScore } from '../performance/labels.js';
import type { Action, ItemEffect, ItemStatus, Trigger } from './api.js';

type Tone = 'good' | 'bad' | 'neutral' | 'warn';

export const ACTION_LABELS: Record<Action, string> = {
  message: 'Message',
  one_on_one: '1:1',
  ride_along: 'Ride-along',
  written_warning: 'Written warning',
  recognition: 'Recognition',
};

/** In the ladder's usual order, mildest first. */
export const ACTIONS = Object.keys(ACTION_LABELS) as Action[];

export const STATUS_LABELS: Record<ItemStatus, string> = {
  open: 'Open',
  acknowledged: 'Acknowledged',
  disputed: 'Disputed',
  upheld: 'Upheld',
  dismissed: 'Dismissed',
};

/** A dispute is what needs a manager; an open item waits on the DA. */
export const STATUS_TONES: Record<ItemStatus, Tone> = {
  open: 'warn',
  acknowledged: 'good',
  disputed: 'bad',
  upheld: 'neutral',
  dismissed: 'neutral',
};

export const VERDICT_LABELS: Record<ItemEffect['verdict'], string> = {
  improved: 'Improved',
  worse: 'Worse',
  same: 'About the same',
  not_yet: 'Not measurable yet',
  no_data: 'No data before',
};

export const VERDICT_TONES: Record<ItemEffect['verdict'], Tone> = {
  improved: 'good',
  worse: 'bad',
  same: 'neutral',
  not_yet: 'neutral',
  no_data: 'neutral',
};

/** 1st, 2nd, 3rd, 4th … 11th, 12th, 13th, 21st. */
export function ordinal(n: number): string {
  const teen = n % 100 >= 11 && n % 100 <= 13;
  const suffix = teen ? 'th' : (({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[n % 10] ?? 'th');
  return `${n}${suffix}`;
}

export const ladderLabel = (ladder: readonly Action[]): string =>
  ladder.map((a) => ACTION_LABELS[a]).join(' → ');

/** What sets a rule off, in words: "3 Speeding events in 7 days", "DCR below 98.5%". */
export function triggerLabel(trigger: Trigger): string {
  switch (trigger.type) {
    case 'events':
      return `${trigger.count} “${trigger.eventType}” ${trigger.count === 1 ? 'event' : 'events'} in ${trigger.days} ${trigger.days === 1 ? 'day' : 'days'}`;
    case 'metric': {
      const info = METRIC[trigger.metric];
      const side = info.direction === 'higher' ? 'below' : 'above';
      return `${info.label} ${side} ${formatMetric(trigger.metric, trigger.threshold)} in a week`;
    }
    case 'tier_drop':
      return 'The weekly standing drops';
    case 'fantastic':
      return 'A Fantastic (or Fantastic Plus) week';
  }
}

/**
 * A value of what "did it work?" measures: a metric (key), the weekly score ("score") or a count of
 * events a week ("events:<type>", a mean, so one decimal).
 */
export function formatMeasure(measure: string, value: number | null | undefined): string {
  if (value === null || value === undefined) return '—';
  if (measure === 'score') return formatScore(value);
  if (measure.startsWith('events:')) return value.toFixed(1);
  if (measure in METRIC) return formatMetric(measure as MetricKey, value);
  return String(Math.round(value * 100) / 100);
}

/** Which way is better, for a chart's caption. */
export const directionLabel = (direction: 'higher' | 'lower') =>
  direction === 'higher' ? 'higher is better' : 'lower is better';

/** The week an item is about (Amazon's week, from its Sunday). */
export const weekLine = (week: string) => `Week of ${formatDate(week)}`;
