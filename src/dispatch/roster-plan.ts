import { conflict } from '../app/problems.js';
import type { Actor } from '../auth/domain/permissions.js';
import type { DayContext } from './day-context.js';
import {
  type OvertimeDa,
  type OvertimeDecision,
  overtimeCostCents,
  overtimeDecision,
} from './domain/overtime-decision.js';
import type { RosterInstance, RosterSolution } from './domain/roster/instance.js';
import { solveRoster } from './domain/roster/solve.js';
import { hardWeekMinutes } from './domain/rules.js';

/** The roster with no DA's week past `weekMinutes` (those already past it get nothing more). */
const solveWithin = (instance: RosterInstance, weekMinutes: number): RosterSolution =>
  solveRoster({
    ...instance,
    drivers: instance.drivers.map((d) => ({ ...d, maxWeekMinutes: Math.min(d.maxWeekMinutes, weekMinutes) })),
  });

/** The DAs a roster takes past the org's weekly line (40 h by default), with what it costs. */
function overtimeOf(instance: RosterInstance, solution: RosterSolution, line: number): OvertimeDa[] {
  const drivers = new Map(instance.drivers.map((d) => [d.id, d]));
  const minutes = new Map(instance.routes.map((r) => [r.code, r.plannedMinutes]));
  return solution.assignments.flatMap((a) => {
    const d = drivers.get(a.driverId);
    if (!d || a.pinned) return [];
    const week = d.weekMinutesWorked + (minutes.get(a.routeCode) ?? 0);
    const over = week - Math.max(line, d.weekMinutesWorked);
    if (over <= 0) return [];
    const rate = d.hourlyCents ?? instance.defaultHourlyCents;
    return [
      {
        driverId: d.id,
        name: d.name ?? d.id,
        routeCode: a.routeCode,
        overtimeMinutes: over,
        weekMinutes: week,
        costCents: overtimeCostCents(over, rate),
      },
    ];
  });
}

export interface OvertimeChoice {
  /** The dispatcher's answer to the overtime the roster needs; none yet: ask. */
  overtime?: 'approve' | 'decline' | undefined;
  /** With approve: the overtime minutes the dispatcher was shown; more than that is not approved. */
  approvedMinutes?: number | undefined;
}

export interface Plan {
  solution: RosterSolution;
  overtime: OvertimeDecision;
}

/**
 * Covers every route the hard limits allow (cleared, qualified, the org's hard weekly ceiling and caps
 * on a day). Where that takes DAs past the org's line and the org does not allow overtime in advance,
 * the dispatcher decides: until they approve, the roster saved is the best one without that overtime.
 */
export function planDay(instance: RosterInstance, ctx: DayContext, choice: OvertimeChoice): Plan {
  const full = solveWithin(instance, hardWeekMinutes(ctx.rules));
  const line = ctx.rules.maxWeekMinutes;
  const needed = overtimeOf(instance, full, line);
  if (needed.length === 0) return { solution: full, overtime: overtimeDecision('none', [], []) };
  if (ctx.rules.overtimeAllowed) return { solution: full, overtime: overtimeDecision('allowed', needed, []) };
  const without = solveWithin(instance, line);
  const coveredWith = new Set(full.assignments.map((a) => a.routeCode));
  const gained = without.uncovered.map((u) => u.routeCode).filter((code) => coveredWith.has(code));
  if (full.assignments.length === without.assignments.length)
    return { solution: without, overtime: overtimeDecision('none', [], []) };
  if (choice.overtime !== 'approve') {
    const status = choice.overtime === 'decline' ? 'declined' : 'needs_approval';
    return { solution: without, overtime: overtimeDecision(status, needed, gained) };
  }
  const approved = overtimeDecision('approved', needed, gained);
  if (choice.approvedMinutes === undefined || approved.minutes > choice.approvedMinutes)
    throw conflict(`The day changed since the overtime was shown: ${approved.text}. Build again to see it.`);
  return { solution: full, overtime: approved };
}

/** What the builder writes on a route: the solver's reasons, with the dispatcher's overtime decision first. */
export function reasonsWithDecision(plan: Plan, actor: Actor) {
  const { status, das, covers } = plan.overtime;
  const overtimeRoutes = new Set(das.map((d) => d.routeCode));
  const waiting = new Set(covers);
  const decided =
    status === 'approved'
      ? `overtime approved by ${actor.label}`
      : status === 'declined'
        ? `overtime declined by ${actor.label}: covering it needs a DA past the week's hours`
        : 'needs overtime: approve it where the roster is built';
  return {
    assigned: (code: string, why: string[]) =>
      status === 'approved' && overtimeRoutes.has(code) ? [decided, ...why] : why,
    uncovered: (code: string, reasons: string[]) =>
      (status === 'declined' || status === 'needs_approval') && waiting.has(code)
        ? [decided, ...reasons]
        : reasons,
  };
}
