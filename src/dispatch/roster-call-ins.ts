import { rankRulesOf, replacementCandidate, vanCandidates } from './callouts.js';
import type { DayContext } from './day-context.js';
import type { OvertimeDecision } from './domain/overtime-decision.js';
import { freeVanFor, rankReplacements } from './domain/replacements.js';
import type { RosterSolution } from './domain/roster/instance.js';
import { keptRoutes } from './roster-instance.js';

export interface CallIn {
  routeId: string;
  routeCode: string;
  driverId: string;
  name: string;
  /** The free van of the route's type they would take, as Find a DA gives it; null when none is free. */
  vanId: string | null;
}

/**
 * DAs off today who could cover the routes left uncovered (those waiting on the overtime decision
 * first) without any overtime nor past a hard limit, one route each, best first as Find a DA ranks
 * them: calling them in is the other answer to the decision. The builder hands routes only to DAs on
 * today's schedule.
 */
export function callInSuggestions(
  ctx: DayContext,
  solution: RosterSolution,
  codes: readonly string[],
): CallIn[] {
  // On a route once the roster is saved: the solver's assignments and the routes it left as they were.
  const kept = keptRoutes(ctx);
  const stays = ctx.routes.filter((r) => kept.has(r.id));
  const taken = new Set<string | null>([
    ...solution.assignments.map((a) => a.driverId),
    ...stays.map((r) => r.driver_id),
  ]);
  const vansTaken = new Set<string | null>([
    ...solution.assignments.map((a) => a.vanId),
    ...stays.map((r) => r.van_id),
  ]);
  const rules = rankRulesOf(ctx);
  const out: CallIn[] = [];
  for (const code of codes) {
    const route = ctx.routes.find((r) => r.code === code);
    if (!route) continue;
    const { replacements } = rankReplacements(
      { vanType: route.van_type, plannedMinutes: route.planned_minutes, waveTime: route.wave_time },
      ctx.drivers.map((d) => replacementCandidate(d, taken)),
      rules,
    );
    const da = replacements.find((r) => r.group === 'off_today' && r.overtimeMinutes === 0);
    if (!da) continue;
    const { van } = freeVanFor(route.van_type, vanCandidates(ctx, vansTaken));
    taken.add(da.driverId);
    vansTaken.add(van?.id ?? null);
    out.push({
      routeId: route.id,
      routeCode: code,
      driverId: da.driverId,
      name: da.name,
      vanId: van?.id ?? null,
    });
  }
  return out;
}

/** The routes the roster leaves uncovered, those the overtime decision would cover first. */
export const uncoveredDecisionFirst = (solution: RosterSolution, overtime: OvertimeDecision): string[] => {
  const codes = solution.uncovered.map((u) => u.routeCode);
  const waiting = new Set(overtime.covers);
  return [...codes.filter((c) => waiting.has(c)), ...codes.filter((c) => !waiting.has(c))];
};
