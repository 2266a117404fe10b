import { describe, expect, it } from 'vitest';
import {
  ladderProblem,
  measureDirection,
  measureLabel,
  measureOf,
  type RuleIn,
  RuleInSchema,
  SUGGESTED_RULES,
} from './rules.js';

describe('coaching rules', () => {
  const blame: RuleIn = {
    name: 'Speeding',
    active: true,
    trigger: { type: 'events', eventType: 'Speeding', count: 2, days: 7 },
    ladder: ['message', 'one_on_one', 'written_warning'],
    escalationDays: 30,
  };

  it('keeps recognition for Fantastic-week rules, and Fantastic-week rules to recognition', () => {
    expect(ladderProblem(blame)).toBeNull();
    expect(ladderProblem({ ...blame, ladder: ['message', 'recognition'] })).toMatch(
      /^"recognition" is for Fantastic-week rules/,
    );
    const praise: RuleIn = { ...blame, trigger: { type: 'fantastic' }, ladder: ['recognition'] };
    expect(ladderProblem(praise)).toBeNull();
    expect(ladderProblem({ ...praise, ladder: ['message'] })).toMatch(
      /^A Fantastic-week rule recognises the DA/,
    );
  });

  it('suggests the community’s ladder: message, 1:1 within 30 days, written warning; every suggestion valid', () => {
    for (const { id: _id, ...rule } of SUGGESTED_RULES) {
      expect(RuleInSchema.safeParse(rule).success).toBe(true);
      expect(ladderProblem(rule)).toBeNull();
    }
    expect(SUGGESTED_RULES[0]).toMatchObject({
      trigger: { type: 'events', eventType: 'Following Distance', count: 3, days: 7 },
      ladder: ['message', 'one_on_one', 'written_warning'],
      escalationDays: 30,
    });
  });

  it('refuses triggers and ladders out of bounds', () => {
    expect(RuleInSchema.safeParse({ ...blame, ladder: [] }).success).toBe(false);
    expect(
      RuleInSchema.safeParse({ ...blame, trigger: { type: 'events', eventType: ' ', count: 2, days: 7 } })
        .success,
    ).toBe(false);
    expect(
      RuleInSchema.safeParse({ ...blame, trigger: { type: 'metric', metric: 'nope', threshold: 1 } }).success,
    ).toBe(false);
    expect(RuleInSchema.safeParse({ ...blame, extra: 1 }).success).toBe(false);
  });

  it('measures events a week, the metric, or the score, each in its better direction', () => {
    expect(measureOf(blame.trigger)).toBe('events:Speeding');
    expect(measureDirection('events:Speeding')).toBe('lower');
    expect(measureLabel('events:Speeding')).toBe('Speeding events a week');
    expect(measureOf({ type: 'metric', metric: 'dcr', threshold: 0.98 })).toBe('dcr');
    expect(measureDirection('dcr')).toBe('higher');
    expect(measureDirection('speeding')).toBe('lower');
    expect(measureOf({ type: 'tier_drop' })).toBe('score');
    expect(measureOf({ type: 'fantastic' })).toBe('score');
    expect(measureDirection('score')).toBe('higher');
  });
});
