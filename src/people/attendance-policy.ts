import { recordAudit } from '../audit/store.js';
import type { Actor } from '../auth/domain/permissions.js';
import type { Db } from '../db/database.js';
import { localDate } from '../shared/dates.js';
import { findOrgStationZones } from '../tenancy/store.js';
import { historyFrom } from './attendance-counts.js';
import {
  findPolicyRow,
  listCountingEvents,
  savePolicy,
  setEventPoints,
  toFacts,
  toPolicy,
} from './attendance-store.js';
import { type AttendancePolicy, attendancePoints, DEFAULT_POLICY } from './domain/attendance.js';
import { groupBy } from './domain/group.js';

// The org's attendance policy: the points each kind of event costs, and the flag.

/** The org's policy, and who last changed it (null while it is the defaults). */
export async function attendancePolicy(db: Db, orgId: string) {
  const row = await findPolicyRow(db, orgId);
  return {
    policy: row ? toPolicy(row) : DEFAULT_POLICY,
    updatedBy: row?.updated_by ?? null,
    updatedAt: row?.updated_at ?? null,
  };
}

/**
 * Changes the org's policy and recomputes the points of every event still inside a counting window
 * (the last 90 days or the policy's window), so the flags DAs carry follow the rule as it is now; older
 * events keep the points they were given. One audit row for the policy names how many were recomputed.
 */
export async function changeAttendancePolicy(
  db: Db,
  actor: Actor,
  policy: AttendancePolicy,
): Promise<{ policy: AttendancePolicy; recomputed: number }> {
  return db.transaction().execute(async (trx) => {
    const row = await findPolicyRow(trx, actor.orgId);
    const before = row ? toPolicy(row) : DEFAULT_POLICY;
    await savePolicy(trx, actor.orgId, policy, actor.label, row !== undefined);
    const zones = [...(await findOrgStationZones(trx, actor.orgId)).values(), 'UTC'];
    const earliest = zones.map((z) => localDate(z)).sort()[0] as string;
    const events = await listCountingEvents(trx, actor.orgId, historyFrom(earliest, policy));
    const stale = events.filter((e) => attendancePoints(toFacts(e), policy) !== e.points_tenths);
    const changed = groupBy(
      stale,
      (e) => attendancePoints(toFacts(e), policy),
      (e) => e.id,
    );
    let recomputed = 0;
    for (const [points, ids] of changed) {
      await setEventPoints(trx, actor.orgId, ids, points);
      recomputed += ids.length;
    }
    await recordAudit(trx, actor, {
      entity: 'attendance_policy',
      entityId: actor.orgId,
      before: row ? { ...before } : null,
      after: { ...policy, recomputedEvents: recomputed },
    });
    return { policy, recomputed };
  });
}
