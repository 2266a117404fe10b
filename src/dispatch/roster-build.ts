import { conflict } from '../app/problems.js';
import { recordAudit, recordAudits } from '../audit/store.js';
import type { Actor } from '../auth/domain/permissions.js';
import type { Db } from '../db/database.js';
import type { RoutesTable } from '../db/schema.js';
import { enforceOverdueCritical } from '../fleet/enforce.js';
import { latestRatings } from '../people/notes-store.js';
import { newId, nowIso } from '../shared/ids.js';
import { rankRulesOf, replacementCandidate, vanCandidates } from './callouts.js';
import { type DayContext, driverName, loadDayContext } from './day-context.js';
import { findRoute, listDriverRoutes, touchDay, updateRoute } from './day-store.js';
import { addDays } from './domain/calendar.js';
import { yesterdayClock } from './domain/day-caps.js';
import {
  type OvertimeDa,
  type OvertimeDecision,
  overtimeCostCents,
  overtimeDecision,
} from './domain/overtime-decision.js';
import { freeVanFor, rankReplacements } from './domain/replacements.js';
import type { RosterInstance, RosterInstanceInput, RosterSolution } from './domain/roster/instance.js';
import { parseRosterInstance } from './domain/roster/instance.js';
import { solveRoster } from './domain/roster/solve.js';
import { difficulties, familiarRoutes, strengthOf, usualVans } from './domain/roster-inputs.js';
import { hardWeekMinutes } from './domain/rules.js';
import { saveOvertimeApprovals } from './overtime-approvals.js';
import { tellDas } from './roster.js';

/** How far back "knows the route" and "usual van" look. */
const HISTORY_DAYS = 28;

/** DAs the builder hands routes to: on today's schedule for a route or as a standby. */
const rosterable = (ctx: DayContext) =>
  ctx.drivers.filter(
    (d) => d.shift?.status === 'scheduled' && (d.shift.kind === 'route' || d.shift.kind === 'standby'),
  );

/**
 * Routes the builder leaves as they are: closed ones, and pinned ones it cannot pass to the solver as
 * a pinned triple (a DA without a van, a DA not on today's schedule, a van of another type — the
 * dispatcher's choice, warned on the board). Their DA and van are kept off the other routes.
 */
function keptRoutes(ctx: DayContext): Set<string> {
  const scheduled = new Set(rosterable(ctx).map((d) => d.driver.id));
  const vanType = new Map(ctx.vans.map((v) => [v.van.id, v.van.vanType]));
  return new Set(
    ctx.routes
      .filter(
        (r) =>
          r.closed_at !== null ||
          (r.pinned === 1 &&
            !(r.driver_id && scheduled.has(r.driver_id) && r.van_id && vanType.get(r.van_id) === r.van_type)),
      )
      .map((r) => r.id),
  );
}

/**
 * The day as the roster solver's instance (docs/roster.md): scheduled, cleared DAs and the vans, each
 * DA's weekly cap at the org's hard ceiling (`solveWithin` lowers it where overtime is not approved)
 * and the org's hard caps on their day: 12 h, 60 h in 7 days, rest since yesterday's route.
 */
async function instanceOf(db: Db, actor: Actor, ctx: DayContext): Promise<RosterInstance> {
  const drivers = rosterable(ctx);
  const ids = drivers.map((d) => d.driver.id);
  const [history, ratings] = await Promise.all([
    listDriverRoutes(db, actor.orgId, ids, addDays(ctx.date, -HISTORY_DAYS), addDays(ctx.date, -1)),
    latestRatings(db, actor.orgId, ids),
  ]);
  const driven = history
    .filter((h) => h.driver_id)
    .map((h) => ({ driverId: h.driver_id as string, code: h.code, vanId: h.van_id }));
  const knows = familiarRoutes(driven);
  const usual = usualVans(driven);
  const keptIds = keptRoutes(ctx);
  const kept = ctx.routes.filter((r) => keptIds.has(r.id));
  const busyDrivers = new Set(kept.map((r) => r.driver_id));
  const busyVans = new Set(kept.map((r) => r.van_id));
  const open = ctx.routes.filter((r) => !keptIds.has(r.id));
  const hard = difficulties(open);
  const cap = hardWeekMinutes(ctx.rules);
  const input: RosterInstanceInput = {
    serviceDate: ctx.date,
    overtimeAfterMinutes: ctx.rules.maxWeekMinutes,
    routes: open.map((r) => ({
      code: r.code,
      waveTime: r.wave_time,
      vanType: r.van_type,
      plannedMinutes: r.planned_minutes,
      difficulty: hard.get(r.code),
    })),
    drivers: drivers
      .filter((d) => !busyDrivers.has(d.driver.id))
      .map((d) => ({
        id: d.driver.id,
        name: driverName(d.driver),
        qualifiedVanTypes: d.vanTypes,
        available: d.cleared,
        weekMinutesWorked: d.otherDaysMinutes,
        maxWeekMinutes: cap,
        familiarRoutes: knows.get(d.driver.id) ?? [],
        strength: strengthOf(ratings.get(d.driver.id)),
        ...(d.driver.hourlyRateCents !== null ? { hourlyCents: d.driver.hourlyRateCents } : {}),
        ...(usual.has(d.driver.id) ? { usualVanId: usual.get(d.driver.id) } : {}),
        standby: d.shift?.kind === 'standby',
        maxDayMinutes: ctx.rules.maxDayMinutes,
        pastSixDaysMinutes: d.recent.pastSixDaysMinutes,
        maxSevenDayMinutes: ctx.rules.maxSevenDayMinutes,
        minRestMinutes: ctx.rules.minRestMinutes,
        ...(d.recent.yesterdayEndMinute !== null
          ? { yesterdayRouteEnd: yesterdayClock(d.recent.yesterdayEndMinute) }
          : {}),
      })),
    vans: ctx.vans
      .filter((v) => !busyVans.has(v.van.id))
      .map((v) => ({
        id: v.van.id,
        type: v.van.vanType,
        ready: v.dispatchable,
        inspectionFailed: v.preTrip === 'failed',
      })),
    pinned: open
      .filter((r) => r.pinned === 1)
      .map((r) => ({ routeCode: r.code, driverId: r.driver_id as string, vanId: r.van_id as string })),
  };
  const parsed = parseRosterInstance(input);
  // The instance is built from stored, checked rows: failing here is a bug, not a user's mistake.
  if (!parsed.ok) throw new Error(`roster instance invalid: ${JSON.stringify(parsed.errors.slice(0, 3))}`);
  return parsed.instance;
}

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

interface Plan {
  solution: RosterSolution;
  overtime: OvertimeDecision;
}

/**
 * Covers every route the hard limits allow (cleared, qualified, the org's hard weekly ceiling and caps
 * on a day). Where that takes DAs past the org's line and the org does not allow overtime in advance,
 * the dispatcher decides: until they approve, the roster saved is the best one without that overtime.
 */
function planDay(instance: RosterInstance, ctx: DayContext, choice: OvertimeChoice): Plan {
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
function callInSuggestions(ctx: DayContext, solution: RosterSolution, codes: readonly string[]): CallIn[] {
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
const uncoveredDecisionFirst = (solution: RosterSolution, overtime: OvertimeDecision): string[] => {
  const codes = solution.uncovered.map((u) => u.routeCode);
  const waiting = new Set(overtime.covers);
  return [...codes.filter((c) => waiting.has(c)), ...codes.filter((c) => !waiting.has(c))];
};

/** What the builder writes on a route: the solver's reasons, with the dispatcher's overtime decision first. */
function reasonsWithDecision(plan: Plan, actor: Actor) {
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

/**
 * Builds the day's roster exactly (docs/roster.md): every route not pinned or closed gets the best DA
 * and van the hard limits allow, or says exactly what is missing; overtime it needs is the
 * dispatcher's decision (`OvertimeChoice`), recorded with who took it. Vans due for critical
 * maintenance are grounded first, so none is handed out. Once the roster is out, each DA whose route
 * changed is told.
 */
export async function buildRoster(
  db: Db,
  actor: Actor,
  stationId: string,
  date: string,
  choice: OvertimeChoice = {},
) {
  return db.transaction().execute(async (trx) => {
    const started = performance.now();
    await enforceOverdueCritical(trx, actor.orgId, { stationId });
    const ctx = await loadDayContext(trx, actor, stationId, date);
    const instance = await instanceOf(trx, actor, ctx);
    const loaded = performance.now();
    const plan = planDay(instance, ctx, choice);
    const solved = performance.now();
    const { solution, overtime } = plan;
    const reasons = reasonsWithDecision(plan, actor);
    const byCode = new Map(ctx.routes.map((r) => [r.code, r]));
    const at = nowIso();
    const rows = [
      ...solution.assignments
        .filter((a) => !a.pinned)
        .map((a) => ({
          code: a.routeCode,
          driverId: a.driverId,
          vanId: a.vanId,
          why: reasons.assigned(a.routeCode, a.why),
        })),
      ...solution.uncovered.map((u) => ({
        code: u.routeCode,
        driverId: null,
        vanId: null,
        why: reasons.uncovered(u.routeCode, u.reasons),
      })),
    ];
    const changes: { route: RoutesTable; removed: string | null }[] = [];
    const audits = [];
    for (const p of rows) {
      const before = byCode.get(p.code) as RoutesTable;
      await updateRoute(trx, actor.orgId, before.id, {
        driver_id: p.driverId,
        van_id: p.vanId,
        pinned: 0,
        assignment_why: JSON.stringify(p.why),
        assigned_by: `Roster builder (${actor.label})`,
        assigned_at: at,
      });
      const after = (await findRoute(trx, actor.orgId, before.id)) as RoutesTable;
      audits.push({ entity: 'route', entityId: before.id, before, after });
      if (before.driver_id !== after.driver_id || before.van_id !== after.van_id) {
        changes.push({
          route: after,
          removed: before.driver_id !== after.driver_id ? before.driver_id : null,
        });
      }
    }
    await recordAudits(trx, actor, audits);
    if (overtime.status === 'approved' || overtime.status === 'declined')
      await recordOvertimeDecision(trx, actor, `${stationId}:${date}`, overtime);
    if (overtime.status === 'approved') await saveApprovals(trx, actor, stationId, date, overtime, at);
    await tellDas(trx, actor, ctx, changes);
    const version = await touchDay(trx, actor.orgId, stationId, date);
    return {
      // Where the time goes (sent as Server-Timing): the day loaded, solved, saved.
      timing: { loadMs: loaded - started, solveMs: solved - loaded, saveMs: performance.now() - solved },
      version,
      assigned: solution.assignments.length,
      uncovered: solution.uncovered,
      causes: solution.causes,
      overtime,
      callIn: callInSuggestions(ctx, solution, uncoveredDecisionFirst(solution, overtime)),
      objective: solution.objective,
    };
  });
}

/** The approved overtime per DA, which payroll reads as the approval of that day's overtime. */
const saveApprovals = (
  trx: Db,
  actor: Actor,
  stationId: string,
  date: string,
  d: OvertimeDecision,
  at: string,
) =>
  saveOvertimeApprovals(
    trx,
    d.das.map((x) => ({
      org_id: actor.orgId,
      id: newId(),
      station_id: stationId,
      driver_id: x.driverId,
      business_date: date,
      route_code: x.routeCode,
      minutes: x.overtimeMinutes,
      note: `Roster: ${x.name} on ${x.routeCode}, ${x.overtimeMinutes} min past the week's line (${d.text})`,
      approved_by: actor.label,
      approved_at: at,
    })),
  );

/** Who approved or declined the overtime, and what it was: the audit trail keeps it. */
const recordOvertimeDecision = (trx: Db, actor: Actor, entityId: string, d: OvertimeDecision) =>
  recordAudit(trx, actor, {
    entity: 'overtime_decision',
    entityId,
    before: null,
    after: {
      decision: d.status,
      by: actor.label,
      text: d.text,
      minutes: d.minutes,
      costCents: d.costCents,
      das: d.das.map((x) => `${x.name} on ${x.routeCode}: ${x.overtimeMinutes} min`).join('; '),
    },
  });
