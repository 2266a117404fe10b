import { addDays } from '../../shared/days.js';
import { computePay, type Pay } from './pay.js';
import type { Interval, PayCode, Premium, RuleSet, Wording, Workday, WorkweekResult } from './types.js';
import { gaps, type PunchProblem } from './workday.js';

/**
 * A DA's own workweek as they read it on the phone: each day's stretches worked, meals and rests, hours
 * by pay code, what the law found, and the week's pay with its arithmetic. Pure: the caller gives the
 * calculator's result and the facts beside it.
 */

/** How a premium the law found stands with the DSP: settled by the manager's resolution of the day. */
export type PremiumStatus = 'reviewing' | 'owed' | 'paid' | 'settled';

export interface DayException {
  date: string;
  kind: string;
  status: 'open' | 'resolved';
  resolution: string | null;
  reason: string | null;
}

export interface LedgerLine {
  workday: string;
  kind: 'meal' | 'rest';
  paidAt: string | null;
}

export interface MyWeekInput {
  weekStart: string;
  /** The paired workdays of the week (merged by date). */
  days: readonly Workday[];
  problems: readonly PunchProblem[];
  result: WorkweekResult;
  rules: RuleSet;
  hourlyCents: number | null;
  exceptions: readonly DayException[];
  ledger: readonly LedgerLine[];
  /** The instant of a minute of a date's workday (minutes from its local midnight), as local `HH:MM`. */
  clock: (date: string, minute: number) => string;
  /** A text in the DA's language from its English and its catalogue words (English: as given). */
  words?: (english: string, said?: Wording) => string;
}

export interface Stretch {
  from: string;
  to: string;
  minutes: number;
}

export interface MyPremium extends Premium {
  /** The law's finding in plain words, with its citation. */
  why: string;
  status: PremiumStatus;
  /** The manager's reason, once the day is resolved. */
  reason: string | null;
}

const stretch = (input: MyWeekInput, date: string, i: Interval): Stretch => ({
  from: input.clock(date, i.start),
  to: input.clock(date, i.end),
  minutes: i.end - i.start,
});

const asGiven = (english: string) => english;

function premiumOf(input: MyWeekInput, p: Premium): MyPremium {
  const words = input.words ?? asGiven;
  const v = input.result.violations.find((v) => v.date === p.date && v.rule === p.rule);
  const why = v ? words(v.message, v.said) : p.citation;
  const ex = input.exceptions.find((e) => e.date === p.date && e.kind === p.kind);
  const paid = input.ledger.find((l) => l.workday === p.date && l.kind === p.kind);
  const status: PremiumStatus =
    ex?.status !== 'resolved'
      ? 'reviewing'
      : ex.resolution === 'premium'
        ? paid?.paidAt
          ? 'paid'
          : 'owed'
        : 'settled';
  return { ...p, why, status, reason: ex?.reason ?? null };
}

/** The week's days (all seven), premiums and pay. A premium settled otherwise (a waiver) pays nothing. */
export function myWeek(input: MyWeekInput) {
  const words = input.words ?? asGiven;
  const days = Array.from({ length: 7 }, (_, i) => {
    const date = addDays(input.weekStart, i);
    const day = input.days.find((d) => d.date === date);
    const minutes: Record<PayCode, number> = { REG: 0, OT: 0, DT: 0 };
    for (const s of input.result.slices) if (s.date === date) minutes[s.payCode] += s.end - s.start;
    return {
      date,
      worked: (day?.work ?? []).map((w) => stretch(input, date, w)),
      meals: (day ? gaps(day) : []).map((g) => stretch(input, date, g)),
      rests: (day?.rests ?? []).map((r) => stretch(input, date, r)),
      minutes,
      problems: input.problems.filter((p) => p.date === date).map((p) => words(p.message, p.said)),
      violations: input.result.violations
        .filter((v) => v.date === date)
        .map(({ said, ...v }) => ({ ...v, message: words(v.message, said) })),
    };
  });
  const premiums = input.result.premiums.map((p) => premiumOf(input, p));
  const paying = premiums.filter((p) => p.status !== 'settled');
  const hours = (kind: 'meal' | 'rest') =>
    paying.filter((p) => p.kind === kind).reduce((sum, p) => sum + p.hours, 0);
  const pay: Pay | null =
    input.hourlyCents === null
      ? null
      : computePay({
          hourlyCents: input.hourlyCents,
          minutes: input.result.minutes,
          premiumHours: { meal: hours('meal'), rest: hours('rest') },
          flatBonusMethod: input.rules.flatBonusMethod,
        });
  const lines = pay?.lines.map(({ said, ...l }) => ({
    ...l,
    label: words(l.label, said?.label),
    arithmetic: words(l.arithmetic, said?.arithmetic),
  }));
  return { days, minutes: input.result.minutes, premiums, pay: pay && { ...pay, lines: lines ?? [] } };
}
