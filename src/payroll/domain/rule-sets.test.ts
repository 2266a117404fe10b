import { describe, expect, it } from 'vitest';
import { MULTIPLIER } from './overtime.js';
import { allRuleSets, ruleSetFor, ruleSetOn } from './rule-sets.js';
import type { RuleSet } from './types.js';

describe('rule sets as data', () => {
  it('the station state picks its set; a state without one gets federal only', () => {
    for (const state of ['CA', 'CO', 'WA', 'OR', 'NY', 'IL', 'NV', 'AK'] as const)
      expect(ruleSetFor(state, '2026-11-15').jurisdiction).toBe(state);
    expect(ruleSetFor('TX', '2026-11-15')).toMatchObject({ jurisdiction: 'US', name: 'Federal only (FLSA)' });
  });

  it('every rule cites its law, has a unique id, and pays OT and DT at the multiplier of its code', () => {
    const ids = new Set<string>();
    for (const set of allRuleSets()) {
      expect(set.rules.some((r) => r.type === 'weekly_overtime')).toBe(true);
      for (const rule of set.rules) {
        expect(rule.citation).not.toBe('');
        expect(ids.has(rule.id)).toBe(false);
        ids.add(rule.id);
        if ('payCode' in rule) expect(rule.multiplier).toBe(MULTIPLIER[rule.payCode]);
        if (rule.type === 'seventh_day') expect(rule.doubleTimeMultiplier).toBe(MULTIPLIER.DT);
      }
    }
  });

  it('a rule is in force from its first date to its last', () => {
    const set: RuleSet = {
      jurisdiction: 'CA',
      name: 'test',
      flatBonusMethod: 'california',
      rules: [
        {
          id: 'old',
          type: 'weekly_overtime',
          afterMinutes: 2880,
          multiplier: 1.5,
          payCode: 'OT',
          citation: 'x',
          to: '2026-06-30',
        },
        {
          id: 'new',
          type: 'weekly_overtime',
          afterMinutes: 2400,
          multiplier: 1.5,
          payCode: 'OT',
          citation: 'x',
          from: '2026-07-01',
        },
      ],
    };
    expect(ruleSetOn(set, '2026-06-30').rules.map((r) => r.id)).toEqual(['old']);
    expect(ruleSetOn(set, '2026-07-01').rules.map((r) => r.id)).toEqual(['new']);
  });
});
