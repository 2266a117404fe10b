import { type Highs, loadHighs } from '../../../shared/highs.js';
import { fillOpenShifts, greedyPlan, improvePlan, roundedPlan } from './heuristic.js';
import type { PlannedShift, WeekInput } from './input.js';
import { buildWeekModel, type WeekModel } from './model.js';
import { evaluatePlan, type ObjectiveBreakdown } from './objective.js';
import { assertPinsKeepRules, pinnedPlan, planViolations } from './rules.js';

/**
 * The weekly auto-scheduler. HiGHS solves the week's LP relaxation, whose value bounds every plan
 * from below; the LP's favourite shifts are rounded into a valid plan and improved by local search.
 * When that plan is proven within the gap asked for, it is returned at once (the usual case: the
 * week's LP is nearly integral); otherwise HiGHS's branch-and-bound takes over, seeded with it, for
 * the rest of the time budget. Whatever comes out is checked against the hard rules in plain code.
 */

export interface ScheduleOptions {
  /** Budget for the whole call, model building included. Default 4.5 s. */
  timeLimitSeconds?: number;
  /**
   * Stop once the plan is proven within this fraction of the bound. Default 0.0099, so the plan is
   * within 1% of the optimum: plan − bound ≤ 0.0099·plan gives plan/optimum ≤ 1/0.9901 < 1.01.
   */
  relativeGap?: number;
}

export interface WeekSchedule {
  /** Every shift of the week, the manager's pinned ones included. */
  shifts: PlannedShift[];
  objective: ObjectiveBreakdown;
  /** No plan can cost less than this (proven by HiGHS). */
  bound: number;
  /** (objective − bound) / objective: 0 when the plan is proven optimal. */
  gap: number;
  /** `optimal` within the gap asked for; `time-limit` when the budget ran out first. */
  status: 'optimal' | 'time-limit';
  /** `lp` when the rounded LP plan was already proven good enough, `milp` when branch-and-bound ran. */
  method: 'lp' | 'milp';
  milliseconds: number;
}

export interface MilpResult {
  /** HiGHS's best plan, or null when it found none in time. */
  plan: PlannedShift[] | null;
  /** Objective of that plan as HiGHS computed it. */
  objective: number;
  bound: number;
  /** HiGHS model status: 7 optimal (within the gap), 13 time limit, … */
  modelStatus: number;
  milliseconds: number;
}

const OPTIMAL = 7;
/** Kept back from HiGHS for topping up, improving and checking its plan within the budget. */
const POLISH_SECONDS = 0.3;
const FEASIBLE = 2;

/** Relative distance of `objective` above `bound` (0 when they meet). */
export const relativeGap = (objective: number, bound: number): number =>
  objective <= bound ? 0 : (objective - bound) / Math.max(1, Math.abs(objective));

/** The LP relaxation: its value (a bound on every plan) and its solution, or null if HiGHS did not finish. */
function solveRelaxation(highs: Highs, week: WeekModel, seconds: number) {
  const model = highs.createModel({ ...week.data, integrality: undefined });
  try {
    model.options.set({ output_flag: false, time_limit: Math.max(0.05, seconds) });
    if (model.run().modelStatus !== OPTIMAL) return null;
    return { bound: model.getObjectiveValue() + week.floor, colValue: model.getSolution().colValue };
  } finally {
    model.dispose();
  }
}

function runMilp(
  highs: Highs,
  week: WeekModel,
  options: { relativeGap: number; timeLimitSeconds: number; start?: readonly PlannedShift[] },
): MilpResult {
  const started = performance.now();
  const model = highs.createModel(week.data);
  try {
    model.options.set({
      output_flag: false,
      mip_rel_gap: options.relativeGap,
      time_limit: Math.max(0.05, options.timeLimitSeconds),
    });
    if (options.start) model.setSolution({ colValue: week.encode(options.start) });
    const { modelStatus } = model.run();
    const hasPlan = Number(model.info.get('primal_solution_status')) === FEASIBLE;
    return {
      plan: hasPlan ? week.decode(model.getSolution().colValue) : null,
      objective: hasPlan ? model.getObjectiveValue() + week.floor : Number.POSITIVE_INFINITY,
      bound: Number(model.info.get('mip_dual_bound')) + week.floor,
      modelStatus,
      milliseconds: performance.now() - started,
    };
  } finally {
    model.dispose();
  }
}

/**
 * The week's MILP solved by HiGHS's branch-and-bound alone, from scratch: what the benchmark runs
 * with gap 0 to prove the optimum, and what the tests compare the scheduler with.
 */
export async function solveWeekMilp(
  input: WeekInput,
  options: { relativeGap: number; timeLimitSeconds: number; start?: readonly PlannedShift[] },
): Promise<MilpResult> {
  const started = performance.now();
  const highs = await loadHighs();
  const week = buildWeekModel(input);
  if (week.data.numCols === 0) {
    const objective = evaluatePlan(input, pinnedPlan(input)).total;
    return { plan: pinnedPlan(input), objective, bound: objective, modelStatus: OPTIMAL, milliseconds: 0 };
  }
  const result = runMilp(highs, week, options);
  return { ...result, milliseconds: performance.now() - started };
}

interface Candidate {
  shifts: PlannedShift[];
  objective: ObjectiveBreakdown;
}

const scored = (input: WeekInput, shifts: PlannedShift[]): Candidate => ({
  shifts,
  objective: evaluatePlan(input, shifts),
});

/**
 * Plans the week. Throws a WeekInputError when the manager's pins alone break a hard rule, and an
 * Error if a plan ever fails the plain-code check of the hard rules (a bug, never a plan to use).
 */
export async function scheduleWeek(input: WeekInput, options: ScheduleOptions = {}): Promise<WeekSchedule> {
  const started = performance.now();
  const secondsLeft = () => (options.timeLimitSeconds ?? 4.5) - (performance.now() - started) / 1000;
  const gapTarget = options.relativeGap ?? 0.0099;
  assertPinsKeepRules(input);
  const highs = await loadHighs();
  const week = buildWeekModel(input);

  // Every cost is non-negative beyond the shortage no plan avoids: the weakest bound there is.
  let bound = week.floor;
  let best: Candidate;
  let method: WeekSchedule['method'] = 'lp';
  if (week.data.numCols === 0) {
    best = scored(input, pinnedPlan(input));
    bound = best.objective.total;
  } else {
    const lp = solveRelaxation(highs, week, secondsLeft());
    best = scored(input, improvePlan(input, lp ? roundedPlan(input, week, lp.colValue) : greedyPlan(input)));
    if (lp) bound = Math.max(bound, lp.bound);
    if (relativeGap(best.objective.total, bound) > gapTarget && secondsLeft() > POLISH_SECONDS + 0.1) {
      method = 'milp';
      const milp = runMilp(highs, week, {
        relativeGap: gapTarget,
        timeLimitSeconds: secondsLeft() - POLISH_SECONDS,
        start: best.shifts,
      });
      if (Number.isFinite(milp.bound)) bound = Math.max(bound, milp.bound);
      if (milp.plan) {
        const polished = scored(input, improvePlan(input, fillOpenShifts(input, milp.plan)));
        if (polished.objective.total < best.objective.total) best = polished;
      }
    }
  }

  const problems = planViolations(input, best.shifts);
  if (problems.length > 0) throw new Error(`The week plan breaks hard rules: ${problems.join('; ')}`);
  bound = Math.min(bound, best.objective.total);
  const gap = relativeGap(best.objective.total, bound);
  return {
    shifts: best.shifts,
    objective: best.objective,
    bound,
    gap,
    status: gap <= gapTarget ? 'optimal' : 'time-limit',
    method,
    milliseconds: performance.now() - started,
  };
}
