import type { OrgCaps, Rule, RuleSet, StateCode } from './types.js';

/**
 * The rule sets, as data: one per jurisdiction with its own wage-and-hour rules, "federal only" for
 * the rest. Numbers come from docs/payroll.md's sources (labor-rules.md); where a source gives no
 * number or leaves a reading open, the rule says so in `note` instead of guessing.
 */

const H = 60;

const flsaWeekly: Rule = {
  id: 'flsa-weekly-ot',
  type: 'weekly_overtime',
  afterMinutes: 40 * H,
  multiplier: 1.5,
  payCode: 'OT',
  citation: 'FLSA, 29 U.S.C. §207(a)(1)',
};

const weekly = (id: string, citation: string): Rule => ({ ...flsaWeekly, id, citation });

const FEDERAL: RuleSet = {
  jurisdiction: 'US',
  name: 'Federal only (FLSA)',
  flatBonusMethod: 'federal',
  rules: [flsaWeekly],
};

const CA_MEAL = 'CA Labor Code §512';
const CA_PREMIUM = 'CA Labor Code §226.7';

const CALIFORNIA: RuleSet = {
  jurisdiction: 'CA',
  name: 'California (Wage Order 9)',
  flatBonusMethod: 'california',
  rules: [
    {
      id: 'ca-daily-ot',
      type: 'daily_overtime',
      afterMinutes: 8 * H,
      multiplier: 1.5,
      payCode: 'OT',
      citation: 'CA Labor Code §510',
    },
    {
      id: 'ca-double-time',
      type: 'double_time',
      afterMinutes: 12 * H,
      multiplier: 2,
      payCode: 'DT',
      citation: 'CA Labor Code §510',
    },
    weekly('ca-weekly-ot', 'CA Labor Code §510'),
    {
      id: 'ca-seventh-day',
      type: 'seventh_day',
      multiplier: 1.5,
      payCode: 'OT',
      doubleTimeAfterMinutes: 8 * H,
      doubleTimeMultiplier: 2,
      citation: 'CA Labor Code §510',
    },
    {
      id: 'ca-first-meal',
      type: 'meal',
      minutes: 30,
      owedOverMinutes: 5 * H,
      startNoLaterThan: 5 * H,
      premiumHours: 1,
      premiumCitation: CA_PREMIUM,
      citation: CA_MEAL,
      note: 'On time when it starts by the end of the 5th hour: 5 h 00 min in is on time (Brinker, 2012).',
    },
    {
      id: 'ca-second-meal',
      type: 'second_meal',
      minutes: 30,
      owedOverMinutes: 10 * H,
      startNoLaterThan: 10 * H,
      premiumHours: 1,
      premiumCitation: CA_PREMIUM,
      citation: CA_MEAL,
    },
    {
      id: 'ca-first-meal-waiver',
      type: 'waiver_limit',
      meal: 'first',
      maxDayMinutes: 6 * H,
      requiresFirstMealTaken: false,
      citation: CA_MEAL,
    },
    {
      id: 'ca-second-meal-waiver',
      type: 'waiver_limit',
      meal: 'second',
      maxDayMinutes: 12 * H,
      requiresFirstMealTaken: true,
      citation: CA_MEAL,
    },
    {
      id: 'ca-rest',
      type: 'rest',
      minutes: 10,
      perMinutes: 4 * H,
      majorFraction: true,
      noneUnderMinutes: 3.5 * H,
      premiumHours: 1,
      premiumCitation: CA_PREMIUM,
      citation: 'IWC Wage Order 9, §12',
    },
  ],
};

const ALASKA: RuleSet = {
  jurisdiction: 'AK',
  name: 'Alaska',
  flatBonusMethod: 'federal',
  rules: [
    {
      id: 'ak-daily-ot',
      type: 'daily_overtime',
      afterMinutes: 8 * H,
      multiplier: 1.5,
      payCode: 'OT',
      citation: 'AS 23.10.060',
      note: 'Small employers are exempt; that exemption is not modelled.',
    },
    weekly('ak-weekly-ot', 'AS 23.10.060'),
  ],
};

const NEVADA: RuleSet = {
  jurisdiction: 'NV',
  name: 'Nevada',
  flatBonusMethod: 'federal',
  rules: [
    {
      id: 'nv-daily-ot',
      type: 'daily_overtime',
      afterMinutes: 8 * H,
      multiplier: 1.5,
      payCode: 'OT',
      onlyUnderMinimumWageMultiple: 1.5,
      citation: 'NRS 608.018',
      note: 'Applied unless both the DA’s rate and the state minimum wage are given and the rate is at least 1.5× it; the minimum wage is not in our sources.',
    },
    weekly('nv-weekly-ot', 'NRS 608.018'),
    {
      id: 'nv-meal',
      type: 'meal',
      minutes: 30,
      owedOverMinutes: 8 * H,
      inclusive: true,
      premiumHours: 0,
      citation: 'NRS 608.019',
      note: 'Owed per 8 continuous hours; our source gives no latest start, so only its presence and length are checked.',
    },
    {
      id: 'nv-rest',
      type: 'rest',
      minutes: 10,
      perMinutes: 4 * H,
      majorFraction: true,
      noneUnderMinutes: 3.5 * H,
      premiumHours: 0,
      citation: 'NRS 608.019',
    },
  ],
};

const COLORADO: RuleSet = {
  jurisdiction: 'CO',
  name: 'Colorado (COMPS Order)',
  flatBonusMethod: 'federal',
  rules: [
    {
      id: 'co-daily-ot',
      type: 'daily_overtime',
      afterMinutes: 12 * H,
      multiplier: 1.5,
      payCode: 'OT',
      citation: 'Colorado COMPS Order, 7 CCR 1103-1',
      note: 'OT after 12 consecutive hours across two workdays is not computed yet.',
    },
    weekly('co-weekly-ot', 'Colorado COMPS Order, 7 CCR 1103-1'),
    {
      id: 'co-meal',
      type: 'meal',
      minutes: 30,
      owedOverMinutes: 5 * H,
      premiumHours: 0,
      citation: 'Colorado COMPS Order, 7 CCR 1103-1',
      note: 'Our source gives no latest start for the meal.',
    },
    {
      id: 'co-rest',
      type: 'rest',
      minutes: 10,
      perMinutes: 4 * H,
      majorFraction: true,
      noneUnderMinutes: 2 * H,
      premiumHours: 0,
      citation: 'Colorado COMPS Order, 7 CCR 1103-1',
    },
  ],
};

const WAC_MEAL_REST = 'WAC 296-126-092';

const WASHINGTON: RuleSet = {
  jurisdiction: 'WA',
  name: 'Washington',
  flatBonusMethod: 'federal',
  rules: [
    weekly('wa-weekly-ot', 'RCW 49.46.130'),
    {
      id: 'wa-meal',
      type: 'meal',
      minutes: 30,
      owedOverMinutes: 5 * H,
      startNoEarlierThan: 2 * H,
      startNoLaterThan: 5 * H,
      premiumHours: 0,
      citation: WAC_MEAL_REST,
    },
    {
      id: 'wa-rest',
      type: 'rest',
      minutes: 10,
      perMinutes: 4 * H,
      majorFraction: false,
      noneUnderMinutes: 0,
      firstByMinutes: 3 * H,
      premiumHours: 0,
      citation: WAC_MEAL_REST,
    },
  ],
};

const OAR_MEAL_REST = 'OAR 839-020-0050';
const OR_WINDOW_NOTE =
  'Our source says "in hours 2–5" (≤ 7 h) and "in hours 3–6" (longer); read as starting 2 h to 5 h (3 h to 6 h) after the start of work.';

const OREGON: RuleSet = {
  jurisdiction: 'OR',
  name: 'Oregon',
  flatBonusMethod: 'federal',
  rules: [
    weekly('or-weekly-ot', 'ORS 653.261'),
    {
      id: 'or-meal-short-period',
      type: 'meal',
      minutes: 30,
      owedOverMinutes: 6 * H,
      inclusive: true,
      owedUpToMinutes: 7 * H,
      startNoEarlierThan: 2 * H,
      startNoLaterThan: 5 * H,
      premiumHours: 0,
      citation: OAR_MEAL_REST,
      note: OR_WINDOW_NOTE,
    },
    {
      id: 'or-meal-long-period',
      type: 'meal',
      minutes: 30,
      owedOverMinutes: 7 * H,
      startNoEarlierThan: 3 * H,
      startNoLaterThan: 6 * H,
      premiumHours: 0,
      citation: OAR_MEAL_REST,
      note: OR_WINDOW_NOTE,
    },
    {
      id: 'or-extra-meal',
      type: 'second_meal',
      minutes: 30,
      owedOverMinutes: 14 * H,
      inclusive: true,
      premiumHours: 0,
      citation: OAR_MEAL_REST,
      note: 'Our source says "extra meals at 14 h+" without their timing; only presence and length are checked.',
    },
    {
      id: 'or-rest',
      type: 'rest',
      minutes: 10,
      perMinutes: 4 * H,
      majorFraction: true,
      noneUnderMinutes: 0,
      premiumHours: 0,
      citation: OAR_MEAL_REST,
    },
  ],
};

const NY_MEAL = 'NY Labor Law §162';

const NEW_YORK: RuleSet = {
  jurisdiction: 'NY',
  name: 'New York',
  flatBonusMethod: 'federal',
  rules: [
    weekly('ny-weekly-ot', '12 NYCRR 142-2.2'),
    {
      id: 'ny-noonday-meal',
      type: 'meal',
      minutes: 30,
      owedOverMinutes: 6 * H,
      window: { from: '11:00', to: '14:00' },
      premiumHours: 0,
      citation: NY_MEAL,
      note: 'Owed when the shift covers the whole 11:00–14:00 window.',
    },
    {
      id: 'ny-evening-meal',
      type: 'second_meal',
      minutes: 20,
      owedOverMinutes: 0,
      window: { from: '17:00', to: '19:00' },
      shiftStartsBefore: '11:00',
      premiumHours: 0,
      citation: NY_MEAL,
    },
    {
      id: 'ny-night-meal',
      type: 'meal',
      minutes: 45,
      owedOverMinutes: 6 * H,
      shiftStartsBetween: { from: '13:00', to: '06:00' },
      premiumHours: 0,
      citation: NY_MEAL,
      note: 'Our source gives no timing for this meal; only presence and length are checked.',
    },
  ],
};

const ILLINOIS: RuleSet = {
  jurisdiction: 'IL',
  name: 'Illinois',
  flatBonusMethod: 'federal',
  rules: [
    weekly('il-weekly-ot', '820 ILCS 105/4a'),
    {
      id: 'il-meal',
      type: 'meal',
      minutes: 20,
      owedOverMinutes: 7.5 * H,
      inclusive: true,
      startNoLaterThan: 5 * H,
      premiumHours: 0,
      citation: 'IL One Day Rest in Seven Act, 820 ILCS 140/3',
      note: 'Our source says 7.5 continuous hours; counted here as 7.5 h worked in the workday.',
    },
    {
      id: 'il-second-meal',
      type: 'second_meal',
      minutes: 20,
      owedOverMinutes: 12 * H,
      inclusive: true,
      premiumHours: 0,
      citation: 'IL One Day Rest in Seven Act, 820 ILCS 140/3',
      note: 'Our source gives no timing for the second meal; only presence and length are checked.',
    },
    {
      id: 'il-day-of-rest',
      type: 'day_of_rest',
      minutes: 24 * H,
      citation: 'IL One Day Rest in Seven Act, 820 ILCS 140/2',
      note: 'Checked within the workweek; a rest period spanning two workweeks is not seen yet.',
    },
  ],
};

const RULE_SETS: ReadonlyMap<string, RuleSet> = new Map(
  [CALIFORNIA, ALASKA, NEVADA, COLORADO, WASHINGTON, OREGON, NEW_YORK, ILLINOIS].map((s) => [
    s.jurisdiction,
    s,
  ]),
);

const inForce = (rule: Rule, date: string): boolean =>
  (rule.from === undefined || rule.from <= date) && (rule.to === undefined || date <= rule.to);

/** The rules in force on `date` of one set. */
export const ruleSetOn = (set: RuleSet, date: string): RuleSet => ({
  ...set,
  rules: set.rules.filter((rule) => inForce(rule, date)),
});

/** The rule set the station's state picks, with the rules in force on `date`. */
export const ruleSetFor = (state: StateCode, date: string): RuleSet =>
  ruleSetOn(RULE_SETS.get(state) ?? FEDERAL, date);

/** Every rule set, for the docs and the rules page. */
export const allRuleSets = (): RuleSet[] => [FEDERAL, ...RULE_SETS.values()];

/** A working DSP's compliance defaults (labor-rules.md, "DSP practice"). */
export const DEFAULT_ORG_CAPS: OrgCaps = {
  maxDayMinutes: 12 * H,
  maxRolling7DaysMinutes: 60 * H,
  maxDaysIn7: 6,
  overtimeNeedsApproval: true,
};
