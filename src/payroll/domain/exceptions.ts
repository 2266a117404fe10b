import { checkRoutes, type DayRoute, type RouteCheckKind } from './route-checks.js';
import type { CapFlag, CapKind, RuleSet, RuleType, TimeSlice, Violation } from './types.js';
import type { Punch, PunchProblem } from './workday.js';

/**
 * What a manager settles before payday, one exception per kind a workday: the law's violations
 * grouped by the rule's type, the org's caps, punches that do not pair, and punches against the
 * day's routes.
 */
export type ExceptionKind =
  | 'missing_punch'
  | 'meal'
  | 'rest'
  | 'day_of_rest'
  | CapKind
  | RouteCheckKind
  | typeof DA_QUESTION;

/** A DA's own question about a workday, in their words: raised by the DA, never by a rebuild. */
export const DA_QUESTION = 'da_question';

export interface WorkdayFacts {
  date: string;
  timeZone: string;
  /** The DA's punches of the workday that count (corrections applied). */
  punches: readonly Punch[];
  /** The calculator's findings for the date: punches that do not pair, violations, cap flags. */
  problems: readonly PunchProblem[];
  violations: readonly Violation[];
  flags: readonly CapFlag[];
  rules: RuleSet;
  /** The DA's routes of the date. */
  routes: readonly DayRoute[];
  /** The date's time slices, to price a route's overrun. */
  slices: readonly TimeSlice[];
  hourlyCents: number | null;
}

export interface FoundException {
  kind: ExceptionKind;
  message: string;
  /** The facts, stable for the same day: a rebuild compares them to keep or reopen a resolution. */
  evidence: Record<string, unknown>;
}

const LAW_KINDS: Partial<Record<RuleType, ExceptionKind>> = {
  meal: 'meal',
  second_meal: 'meal',
  rest: 'rest',
  day_of_rest: 'day_of_rest',
};

/** A DA's workday against the law, the org's caps and the day's routes. */
export function workdayExceptions(facts: WorkdayFacts): FoundException[] {
  const found = new Map<
    ExceptionKind,
    { messages: string[]; rules: string[]; extra: Record<string, unknown> }
  >();
  const add: Add = (kind, message, extra = {}, rule) => {
    const entry = found.get(kind) ?? { messages: [], rules: [], extra: {} };
    entry.messages.push(message);
    if (rule) entry.rules.push(rule);
    Object.assign(entry.extra, extra);
    found.set(kind, entry);
  };
  for (const p of facts.problems) add('missing_punch', p.message);
  const typeOf = new Map(facts.rules.rules.map((r) => [r.id, r.type]));
  // Only meal, rest and day-of-rest rules give violations; a waiver's limit is about a meal.
  for (const v of facts.violations)
    add(LAW_KINDS[typeOf.get(v.rule) ?? 'meal'] ?? 'meal', v.message, {}, v.rule);
  for (const f of facts.flags) add(f.cap, f.message);
  checkRoutes(facts, (kind, message, extra) => add(kind, message, extra));
  const punches = facts.punches.map((p) => ({ kind: p.kind, at: p.at }));
  return [...found].map(([kind, e]) => ({
    kind,
    message: e.messages.join(' '),
    evidence: {
      messages: e.messages,
      ...(e.rules.length > 0 ? { rules: e.rules } : {}),
      ...e.extra,
      punches,
    },
  }));
}

type Add = (kind: ExceptionKind, message: string, extra?: Record<string, unknown>, rule?: string) => void;
