import { duration } from './text.js';
import type { Rule, RuleType } from './types.js';

/** Every rule type, in the order a workday is computed. */
export const RULE_TYPES = [
  'daily_overtime',
  'double_time',
  'weekly_overtime',
  'seventh_day',
  'meal',
  'second_meal',
  'rest',
  'waiver_limit',
  'day_of_rest',
] as const satisfies readonly RuleType[];

/**
 * A rule's thresholds as a manager reads them on the rules page ("owed over 5 h", "starts by 5 h
 * worked"), in the order the rule applies them. Multiplier, pay code and citation are shown apart.
 */
export function ruleTerms(rule: Rule): string[] {
  switch (rule.type) {
    case 'daily_overtime':
    case 'double_time':
      return [
        `over ${duration(rule.afterMinutes)} in a workday`,
        ...(rule.onlyUnderMinimumWageMultiple
          ? [`only for pay under ${rule.onlyUnderMinimumWageMultiple}× the state minimum wage`]
          : []),
      ];
    case 'weekly_overtime':
      return [`over ${duration(rule.afterMinutes)} in the workweek, daily overtime not counted again`];
    case 'seventh_day':
      return [
        'the 7th consecutive day worked in the workweek',
        `${rule.doubleTimeMultiplier}× after ${duration(rule.doubleTimeAfterMinutes)}`,
      ];
    case 'meal':
    case 'second_meal':
      return [
        `${duration(rule.minutes)}, owed when the day is ${rule.inclusive ? 'at least' : 'over'} ${duration(rule.owedOverMinutes)}`,
        ...(rule.owedUpToMinutes ? [`up to ${duration(rule.owedUpToMinutes)}`] : []),
        ...(rule.startNoEarlierThan ? [`starts after ${duration(rule.startNoEarlierThan)} worked`] : []),
        ...(rule.startNoLaterThan ? [`starts by ${duration(rule.startNoLaterThan)} worked`] : []),
        ...(rule.window ? [`between ${rule.window.from} and ${rule.window.to}`] : []),
        ...(rule.shiftStartsBetween
          ? [`shifts starting ${rule.shiftStartsBetween.from}–${rule.shiftStartsBetween.to}`]
          : []),
        ...(rule.shiftStartsBefore ? [`shifts starting before ${rule.shiftStartsBefore}`] : []),
        ...premium(rule.premiumHours, rule.premiumCitation),
      ];
    case 'rest':
      return [
        `${duration(rule.minutes)} per ${duration(rule.perMinutes)}${rule.majorFraction ? ' or major fraction' : ''}`,
        `none under ${duration(rule.noneUnderMinutes)}`,
        ...(rule.firstByMinutes ? [`the first by ${duration(rule.firstByMinutes)} worked`] : []),
        ...premium(rule.premiumHours, rule.premiumCitation),
      ];
    case 'waiver_limit':
      return [
        `the ${rule.meal} meal may be waived on days up to ${duration(rule.maxDayMinutes)}`,
        ...(rule.requiresFirstMealTaken ? ['only when the first meal was taken'] : []),
      ];
    case 'day_of_rest':
      return [`${duration(rule.minutes)} in a row off in the workweek`];
  }
}

const premium = (hours: number, citation: string | undefined): string[] =>
  hours > 0 ? [`premium ${hours} h a day${citation ? ` (${citation})` : ''}`] : [];
