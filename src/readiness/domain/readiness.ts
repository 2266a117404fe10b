/**
 * Readiness of a station's vans and DAs for one business date: what a dispatcher checks before
 * building the roster. Pure: the caller loads vans, inspections, maintenance and clearances.
 */

export type VanStatus = 'active' | 'grounded' | 'in_shop' | 'returned';
export type PreTrip = 'passed' | 'failed' | 'missing';

export type VanState =
  | 'ready'
  | 'inspection_missing'
  | 'maintenance_due'
  | 'grounded'
  | 'in_shop'
  | 'returned';

export interface VanFacts {
  status: VanStatus;
  statusReason: string | null;
  preTrip: PreTrip;
  maintenance: { name: string; critical: boolean; state: 'ok' | 'due_soon' | 'overdue' }[];
}

export interface VanReadiness {
  state: VanState;
  /** Whether the van may be given to a DA on that date at all (grounded, in-shop and returned vans never are). */
  dispatchable: boolean;
  /** Everything a dispatcher should know, the deciding reason first. */
  reasons: string[];
}

const OUT_OF_SERVICE: Record<Exclude<VanStatus, 'active'>, string> = {
  grounded: 'Grounded',
  in_shop: 'In the shop',
  returned: 'Returned',
};

/**
 * The one answer for "can this van go out": out-of-service status decides first; then an active van
 * is ready, or flagged (no passed pre-trip yet — the DA does it at the van — or maintenance due).
 * A failed pre-trip of an active van counts as missing: the van needs a passing one before it rolls.
 */
export function vanReadiness(v: VanFacts): VanReadiness {
  const upkeep = v.maintenance.filter((m) => m.state !== 'ok');
  const upkeepReasons = upkeep.map(
    (m) => `${m.name} ${m.state === 'overdue' ? 'overdue' : 'due soon'}${m.critical ? ' (critical)' : ''}.`,
  );
  if (v.status !== 'active') {
    const why = v.statusReason
      ? `${OUT_OF_SERVICE[v.status]}: ${v.statusReason}`
      : `${OUT_OF_SERVICE[v.status]}.`;
    return { state: v.status, dispatchable: false, reasons: [why, ...upkeepReasons] };
  }
  const inspectionReason =
    v.preTrip === 'passed'
      ? []
      : [v.preTrip === 'failed' ? 'Last pre-trip failed; needs a passing one.' : 'No passed pre-trip yet.'];
  const state: VanState =
    inspectionReason.length > 0 ? 'inspection_missing' : upkeep.length > 0 ? 'maintenance_due' : 'ready';
  return { state, dispatchable: true, reasons: [...inspectionReason, ...upkeepReasons] };
}

export interface DriverFacts {
  cleared: boolean;
  reasons: string[];
  /** Attendance points in the policy window and whether they crossed the flag. */
  attendanceFlagged: boolean;
  attendanceSummary: string | null;
}

export interface DriverReadiness {
  cleared: boolean;
  /** Why not cleared; then warnings that do not stop the DA from driving. */
  reasons: string[];
  warnings: string[];
}

export const driverReadiness = (d: DriverFacts): DriverReadiness => ({
  cleared: d.cleared,
  reasons: d.reasons,
  warnings: d.attendanceFlagged && d.attendanceSummary ? [d.attendanceSummary] : [],
});

export interface ReadinessSummary {
  vans: Record<VanState, number>;
  dispatchableVans: number;
  clearedDrivers: number;
  notClearedDrivers: number;
}

export function summarise(
  vans: readonly VanReadiness[],
  drivers: readonly DriverReadiness[],
): ReadinessSummary {
  const counts: Record<VanState, number> = {
    ready: 0,
    inspection_missing: 0,
    maintenance_due: 0,
    grounded: 0,
    in_shop: 0,
    returned: 0,
  };
  for (const v of vans) counts[v.state]++;
  const cleared = drivers.filter((d) => d.cleared).length;
  return {
    vans: counts,
    dispatchableVans: vans.filter((v) => v.dispatchable).length,
    clearedDrivers: cleared,
    notClearedDrivers: drivers.length - cleared,
  };
}
