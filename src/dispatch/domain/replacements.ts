import { vanTypeLabel } from './conflicts.js';

export interface ReplacementCandidate {
  id: string;
  name: string;
  /** Today's shift kind when scheduled (a standby), or null when off today. */
  shiftKind: string | null;
  calledOut: boolean;
  checkedIn: boolean;
  onRoute: boolean;
  cleared: boolean;
  vanTypes: string[];
  /** For DAs off today: whether they said they can work today, and why not. */
  available: boolean;
  unavailableReason: string | null;
  otherDays: number;
  otherDaysMinutes: number;
  hourlyRateCents: number | null;
}

export interface Replacement {
  driverId: string;
  name: string;
  group: 'standby' | 'off_today';
  checkedIn: boolean;
  overtimeMinutes: number;
  /** The overtime premium (half the hourly rate on each overtime hour), when the rate is known. */
  overtimeCostCents: number | null;
  weekMinutesAfter: number;
}

export interface RankRules {
  overtimeAfterMinutes: number;
  weekCapMinutes: number;
  maxDaysPerWeek: number;
}

/** Why a candidate is not offered, or null when they can take the route. */
function exclusion(
  route: { vanType: string; plannedMinutes: number },
  c: ReplacementCandidate,
  rules: RankRules,
) {
  if (c.calledOut) return 'called out';
  if (c.onRoute) return 'already on a route';
  if (!c.cleared) return 'not cleared to drive';
  if (!c.vanTypes.includes(route.vanType)) return `not qualified for a ${vanTypeLabel(route.vanType)}`;
  if (c.otherDaysMinutes + route.plannedMinutes > rules.weekCapMinutes) return 'over the weekly hours cap';
  if (c.shiftKind === null) {
    if (!c.available) return c.unavailableReason ?? 'not available today';
    if (c.otherDays + 1 > rules.maxDaysPerWeek) return `already ${c.otherDays} days this week`;
  }
  if (c.shiftKind !== null && c.shiftKind !== 'standby') return `on a ${c.shiftKind} shift`;
  return null;
}

/**
 * Who can take an uncovered route, best first: standbys (checked-in ones first), then DAs off today
 * who said they can work; within each, the cheapest in overtime, then the fewest minutes this week.
 */
export function rankReplacements(
  route: { vanType: string; plannedMinutes: number },
  candidates: readonly ReplacementCandidate[],
  rules: RankRules,
): Replacement[] {
  const offered = candidates.filter((c) => exclusion(route, c, rules) === null);
  const ranked = offered.map((c): Replacement => {
    const after = c.otherDaysMinutes + route.plannedMinutes;
    const overtimeMinutes = Math.max(0, after - Math.max(rules.overtimeAfterMinutes, c.otherDaysMinutes));
    return {
      driverId: c.id,
      name: c.name,
      group: c.shiftKind === 'standby' ? 'standby' : 'off_today',
      checkedIn: c.checkedIn,
      overtimeMinutes,
      overtimeCostCents:
        c.hourlyRateCents === null ? null : Math.round((overtimeMinutes * c.hourlyRateCents) / 120),
      weekMinutesAfter: after,
    };
  });
  const groupRank = (r: Replacement) => (r.group === 'standby' ? 0 : 1);
  return ranked.sort(
    (a, b) =>
      groupRank(a) - groupRank(b) ||
      Number(b.checkedIn) - Number(a.checkedIn) ||
      a.overtimeMinutes - b.overtimeMinutes ||
      (a.overtimeCostCents ?? 0) - (b.overtimeCostCents ?? 0) ||
      a.weekMinutesAfter - b.weekMinutesAfter ||
      a.name.localeCompare(b.name),
  );
}
