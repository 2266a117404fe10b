import { recordAudit, recordAudits } from '../audit/store.js';
import type { Actor } from '../auth/domain/permissions.js';
import type { Db } from '../db/database.js';
import type { RoutesTable } from '../db/schema.js';
import { enforceOverdueCritical } from '../fleet/enforce.js';
import { newId, nowIso } from '../shared/ids.js';
import { loadDayContext } from './day-context.js';
import { findRoute, touchDay, updateRoute } from './day-store.js';
import type { OvertimeDecision } from './domain/overtime-decision.js';
import { saveOvertimeApprovals } from './overtime-approvals.js';
import { tellDas } from './roster.js';
import { callInSuggestions, uncoveredDecisionFirst } from './roster-call-ins.js';
import { rosterInstanceOf } from './roster-instance.js';
import { type OvertimeChoice, planDay, reasonsWithDecision } from './roster-plan.js';

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
    const instance = await rosterInstanceOf(trx, actor, ctx);
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
