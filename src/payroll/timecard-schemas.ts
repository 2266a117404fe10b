import { z } from 'zod';
import { PlanningDate } from '../shared/date-schemas.js';
import { RULE_TYPES } from './domain/rule-terms.js';

const Id = z.string().min(1).max(100);
const Minutes = z.object({ REG: z.number().int(), OT: z.number().int(), DT: z.number().int() });
const Finding = z.object({ date: z.string(), rule: z.string(), citation: z.string(), message: z.string() });

export const TimecardsQuery = z.object({
  stationId: Id,
  /** Any date of the workweek; its first day (the org's, Sunday) is what is answered. */
  week: PlanningDate,
});

export const TimecardDayOut = z.object({
  date: z.string(),
  workedMinutes: z.number().int(),
  minutes: Minutes,
  premiums: z.array(
    z.object({
      date: z.string(),
      kind: z.enum(['meal', 'rest']),
      hours: z.number(),
      rule: z.string(),
      citation: z.string(),
    }),
  ),
  violations: z.array(Finding),
  flags: z.array(z.object({ date: z.string(), cap: z.string(), message: z.string() })),
  problems: z.array(z.string()),
  openExceptions: z.number().int(),
});

export const TimecardsOut = z.object({
  station: z.object({ id: z.string(), code: z.string(), state: z.string(), timeZone: z.string() }),
  weekStart: z.string(),
  ruleSet: z.string(),
  rows: z.array(
    z.object({
      driverId: z.string(),
      name: z.string(),
      days: z.array(TimecardDayOut),
      totals: z.object({
        workedMinutes: z.number().int(),
        minutes: Minutes,
        mealPremiumHours: z.number(),
        restPremiumHours: z.number(),
        openExceptions: z.number().int(),
      }),
    }),
  ),
});

export const RulesOut = z.object({
  station: z.object({ id: z.string(), code: z.string(), state: z.string() }),
  /** Today at the station: the rules shown are those in force on it. */
  date: z.string(),
  ruleSet: z.object({
    jurisdiction: z.string(),
    name: z.string(),
    flatBonusMethod: z.enum(['federal', 'california']),
    rules: z.array(
      z.object({
        id: z.string(),
        type: z.enum(RULE_TYPES),
        terms: z.array(z.string()),
        multiplier: z.number().nullable(),
        payCode: z.enum(['OT', 'DT']).nullable(),
        citation: z.string(),
        note: z.string().nullable(),
        from: z.string().nullable(),
        to: z.string().nullable(),
      }),
    ),
  }),
  caps: z.object({
    maxDayMinutes: z.number().int(),
    maxRolling7DaysMinutes: z.number().int(),
    maxDaysIn7: z.number().int(),
    overtimeNeedsApproval: z.boolean(),
  }),
});
