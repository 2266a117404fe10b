import { minutesOfDay } from '../../dispatch/domain/calendar.js';
import { daysBetween } from '../../shared/days.js';
import { duration } from './text.js';
import type {
  DayOfRestRule,
  MealRule,
  Premium,
  RestRule,
  RuleSet,
  Violation,
  Wording,
  Workday,
} from './types.js';
import { type Gap, gaps, length, workedBefore, workedMinutes } from './workday.js';

/** Meal waivers the DA has signed (California): each holds only within its waiver-limit rule. */
export interface MealWaivers {
  first?: boolean;
  second?: boolean;
}

const ordinal = (n: number): string => {
  const tens = n % 100;
  if (tens >= 11 && tens <= 13) return `${n}th`;
  return `${n}${['th', 'st', 'nd', 'rd'][n % 10] ?? 'th'}`;
};

/** "the end of the 5th hour", "5 h 30 min": how a worked-minute mark reads in a message. */
const mark = (minutes: number, edge: 'start' | 'end'): string =>
  minutes % 60 === 0
    ? edge === 'end'
      ? `the end of the ${ordinal(minutes / 60)} hour`
      : `${minutes / 60} h in`
    : `${duration(minutes)} in`;

const markSaid = (minutes: number, edge: 'start' | 'end'): Wording => ({
  code: 'payroll.mark',
  args: { edge: minutes % 60 === 0 ? edge : 'other', hour: minutes / 60, duration: duration(minutes) },
});

/** A finding in English and as catalogue words. */
interface Finding {
  text: string;
  said: Wording;
}

const inRange = (t: number, from: number, to: number): boolean =>
  from <= to ? t >= from && t < to : t >= from || t < to;

function owed(rule: MealRule, day: Workday, worked: number): boolean {
  const first = day.work[0]?.start ?? 0;
  const last = day.work.at(-1)?.end ?? 0;
  if (rule.inclusive ? worked < rule.owedOverMinutes : worked <= rule.owedOverMinutes) return false;
  if (rule.owedUpToMinutes !== undefined && worked > rule.owedUpToMinutes) return false;
  const s = rule.shiftStartsBetween;
  if (s && !inRange(first % 1440, minutesOfDay(s.from), minutesOfDay(s.to))) return false;
  if (rule.shiftStartsBefore !== undefined && first >= minutesOfDay(rule.shiftStartsBefore)) return false;
  if (rule.window && (first > minutesOfDay(rule.window.from) || last < minutesOfDay(rule.window.to)))
    return false;
  return true;
}

const mealName = (rule: MealRule) => (rule.type === 'second_meal' ? 'second meal' : 'first meal');

/** What is wrong with the meal a rule asks for, or null when it was taken as the rule says. */
function mealProblem(rule: MealRule, day: Workday, worked: number): Finding | null {
  const all = gaps(day);
  if (rule.window) {
    const from = minutesOfDay(rule.window.from);
    const to = minutesOfDay(rule.window.to);
    const inside = all.filter((g) => g.start >= from && g.end <= to);
    if (inside.some((g) => length(g) >= rule.minutes)) return null;
    const longest = Math.max(0, ...inside.map(length));
    return {
      text: `a ${rule.minutes}-min meal is owed between ${rule.window.from} and ${rule.window.to}; ${
        longest ? `the longest break in it was ${duration(longest)}` : 'none was taken then'
      }`,
      said: {
        code: 'payroll.mealInWindow',
        args: { ...rule.window, minutes: rule.minutes, longest: longest ? duration(longest) : 'none' },
      },
    };
  }
  const name = mealName(rule);
  const said = (code: string, args: Wording['args'] = {}): Wording => ({
    code: `payroll.${code}`,
    args: { meal: rule.type === 'second_meal' ? 'second' : 'first', minutes: rule.minutes, ...args },
  });
  const n = rule.type === 'second_meal' ? 2 : 1;
  const full = all.filter((g) => length(g) >= rule.minutes);
  const meal: Gap | undefined = full[n - 1];
  if (!meal) {
    const after = full[n - 2]?.end ?? Number.NEGATIVE_INFINITY;
    const short = all.find((g) => g.start >= after && length(g) < rule.minutes);
    if (short)
      return {
        text: `the ${name} must last ${rule.minutes} min; it lasted ${duration(length(short))}`,
        said: said('mealTooShort', { lasted: duration(length(short)) }),
      };
    const by =
      rule.startNoLaterThan === undefined
        ? ''
        : `, starting no later than ${mark(rule.startNoLaterThan, 'end')},`;
    return {
      text: `a ${name} of ${rule.minutes} min${by} is owed in a ${duration(worked)} workday; none was taken`,
      said: said('mealMissed', {
        by: rule.startNoLaterThan === undefined ? 'none' : markSaid(rule.startNoLaterThan, 'end'),
        worked: duration(worked),
      }),
    };
  }
  const at = duration(meal.workedBefore);
  if (rule.startNoLaterThan !== undefined && meal.workedBefore > rule.startNoLaterThan)
    return {
      text: `the ${name} must start no later than ${mark(rule.startNoLaterThan, 'end')}; it started ${at} in`,
      said: said('mealLate', { by: markSaid(rule.startNoLaterThan, 'end'), at }),
    };
  if (rule.startNoEarlierThan !== undefined && meal.workedBefore < rule.startNoEarlierThan)
    return {
      text: `the ${name} must start no earlier than ${mark(rule.startNoEarlierThan, 'start')}; it started ${at} in`,
      said: said('mealEarly', { by: markSaid(rule.startNoEarlierThan, 'start'), at }),
    };
  return null;
}

/** A waiver on file excuses the meal when the day is within the set's waiver limit for it. */
function waived(rules: RuleSet, rule: MealRule, day: Workday, worked: number, waivers: MealWaivers): boolean {
  const meal = rule.type === 'second_meal' ? 'second' : 'first';
  if (!waivers[meal]) return false;
  const limit = rules.rules.find((r) => r.type === 'waiver_limit' && r.meal === meal);
  if (limit?.type !== 'waiver_limit' || worked > limit.maxDayMinutes) return false;
  const firstTaken = gaps(day).some((g) => length(g) >= rule.minutes);
  return !limit.requiresFirstMealTaken || (firstTaken && !waivers.first);
}

/** How many rests a day of `worked` minutes is owed under the rule. */
export function restsOwed(rule: RestRule, worked: number): number {
  if (worked < rule.noneUnderMinutes) return 0;
  return rule.majorFraction
    ? Math.max(0, Math.ceil((worked - rule.perMinutes / 2) / rule.perMinutes))
    : Math.floor(worked / rule.perMinutes);
}

function restProblem(rule: RestRule, day: Workday, worked: number): Finding | null {
  const rests = (day.rests ?? []).filter((r) => length(r) >= rule.minutes);
  const due = restsOwed(rule, worked);
  if (rests.length < due)
    return {
      text: `${due} rest break${due === 1 ? '' : 's'} of ${rule.minutes} min ${due === 1 ? 'is' : 'are'} owed for ${duration(worked)} worked; ${rests.length} ${rests.length === 1 ? 'was' : 'were'} taken`,
      said: {
        code: 'payroll.restsMissed',
        args: { due, minutes: rule.minutes, worked: duration(worked), taken: rests.length },
      },
    };
  const first = rests[0];
  if (due > 0 && first && rule.firstByMinutes !== undefined) {
    const at = workedBefore(day, first.start);
    if (at > rule.firstByMinutes)
      return {
        text: `the first rest break must start no later than ${mark(rule.firstByMinutes, 'end')}; it started ${duration(at)} in`,
        said: {
          code: 'payroll.restLate',
          args: { by: markSaid(rule.firstByMinutes, 'end'), at: duration(at) },
        },
      };
  }
  return null;
}

export interface BreakFindings {
  violations: Violation[];
  premiums: Premium[];
}

/**
 * Meals and rests of one workday, each rule on its own; a premium is owed for at most one meal and
 * one rest violation a day. Rests are judged only on days whose punches record them.
 */
export function checkBreaks(rules: RuleSet, day: Workday, waivers: MealWaivers = {}): BreakFindings {
  const worked = workedMinutes(day);
  const violations: Violation[] = [];
  const premiums: Premium[] = [];
  const found = (rule: MealRule | RestRule, kind: 'meal' | 'rest', problem: Finding) => {
    violations.push({
      date: day.date,
      rule: rule.id,
      citation: rule.citation,
      message: `${rule.citation}: ${problem.text}`,
      said: { code: 'payroll.violation', args: { citation: rule.citation, problem: problem.said } },
    });
    if (rule.premiumHours > 0 && !premiums.some((p) => p.kind === kind))
      premiums.push({
        date: day.date,
        kind,
        hours: rule.premiumHours,
        rule: rule.id,
        citation: rule.premiumCitation ?? rule.citation,
      });
  };
  for (const rule of rules.rules) {
    if (rule.type === 'meal' || rule.type === 'second_meal') {
      if (!owed(rule, day, worked) || waived(rules, rule, day, worked, waivers)) continue;
      const problem = mealProblem(rule, day, worked);
      if (problem) found(rule, 'meal', problem);
    } else if (rule.type === 'rest' && day.rests) {
      const problem = restProblem(rule, day, worked);
      if (problem) found(rule, 'rest', problem);
    }
  }
  return { violations, premiums };
}

/** Illinois: the longest time off inside the workweek must reach the rule's consecutive hours. */
export function checkDayOfRest(rule: DayOfRestRule, weekStart: string, days: Workday[]): Violation | null {
  const worked = days.filter((d) => d.work.length > 0);
  const last = worked.at(-1);
  if (!last) return null;
  const stretches = worked.flatMap((d) =>
    d.work.map((i) => ({
      start: i.start + daysBetween(weekStart, d.date) * 1440,
      end: i.end + daysBetween(weekStart, d.date) * 1440,
    })),
  );
  let longest = 0;
  let free = 0;
  for (const s of stretches) {
    longest = Math.max(longest, s.start - free);
    free = Math.max(free, s.end);
  }
  longest = Math.max(longest, 7 * 1440 - free);
  if (longest >= rule.minutes) return null;
  return {
    date: last.date,
    rule: rule.id,
    citation: rule.citation,
    message: `${rule.citation}: ${duration(rule.minutes)} in a row off are owed in every workweek; the longest time off this week was ${duration(longest)}`,
    said: {
      code: 'payroll.violation',
      args: {
        citation: rule.citation,
        problem: {
          code: 'payroll.dayOfRest',
          args: { owed: duration(rule.minutes), longest: duration(longest) },
        },
      },
    },
  };
}
