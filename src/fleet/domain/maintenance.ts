import type { VanStatus } from '../../db/schema.js';
import type { VanType } from '../../shared/vans.js';

/** A maintenance item the org keeps on its vans: every so many miles and/or days, for some van types. */
export interface MaintenanceSchedule {
  id: string;
  name: string;
  vanTypes: VanType[];
  everyMiles: number | null;
  everyDays: number | null;
  /** Overdue critical items can ground the van (org setting). */
  critical: boolean;
}

/** The last time a schedule's work was done on a van. */
export interface LastService {
  date: string;
  odometerMiles: number;
}

export interface DueVan {
  vanType: VanType;
  status: VanStatus;
  odometerMiles: number | null;
  /** Business date the van joined the fleet: the count starts there when no service is on record. */
  inServiceSince: string;
}

export type DueState = 'ok' | 'due_soon' | 'overdue';

export interface DueItem {
  scheduleId: string;
  name: string;
  critical: boolean;
  state: DueState;
  everyMiles: number | null;
  everyDays: number | null;
  lastService: LastService | null;
  /** Odometer reading at which the work falls due; null when not kept by miles or the odometer is unknown. */
  dueAtMiles: number | null;
  /** Negative when overdue. */
  milesLeft: number | null;
  dueDate: string | null;
  /** Negative when overdue; 0 = due today. */
  daysLeft: number | null;
}

/** "Due soon": within 500 miles or 14 days of the due point, whichever comes first. */
export const DUE_SOON_MILES = 500;
export const DUE_SOON_DAYS = 14;

const DAY_MS = 86_400_000;
const dayNumber = (date: string) => Date.parse(`${date}T00:00:00Z`) / DAY_MS;
export const addDays = (date: string, days: number): string =>
  new Date((dayNumber(date) + days) * DAY_MS).toISOString().slice(0, 10);
const daysBetween = (from: string, to: string) => Math.round(dayNumber(to) - dayNumber(from));

const SEVERITY: Record<DueState, number> = { ok: 0, due_soon: 1, overdue: 2 };

function stateOf(left: number | null, soon: number): DueState {
  if (left === null) return 'ok';
  if (left < 0) return 'overdue';
  return left <= soon ? 'due_soon' : 'ok';
}

/** One schedule on one van: counted from its last service, or from when the van joined the fleet at 0 miles. */
function dueItem(van: DueVan, s: MaintenanceSchedule, last: LastService | null, today: string): DueItem {
  const fromMiles = last?.odometerMiles ?? 0;
  const fromDate = last?.date ?? van.inServiceSince;
  const dueAtMiles = s.everyMiles !== null && van.odometerMiles !== null ? fromMiles + s.everyMiles : null;
  const milesLeft = dueAtMiles !== null && van.odometerMiles !== null ? dueAtMiles - van.odometerMiles : null;
  const dueDate = s.everyDays !== null ? addDays(fromDate, s.everyDays) : null;
  const daysLeft = dueDate !== null ? daysBetween(today, dueDate) : null;
  // Whichever comes first: the worse of the two counts decides.
  const byMiles = stateOf(milesLeft, DUE_SOON_MILES);
  const byDays = stateOf(daysLeft, DUE_SOON_DAYS);
  return {
    scheduleId: s.id,
    name: s.name,
    critical: s.critical,
    state: SEVERITY[byMiles] >= SEVERITY[byDays] ? byMiles : byDays,
    everyMiles: s.everyMiles,
    everyDays: s.everyDays,
    lastService: last,
    dueAtMiles,
    milesLeft,
    dueDate,
    daysLeft,
  };
}

/**
 * Which maintenance a van needs on `today` (a business date in its station's time zone): every schedule
 * for its van type, ok / due soon / overdue by miles and/or days, the most urgent first (critical before
 * others of the same state). A returned van is no longer the DSP's to maintain: nothing is due.
 */
export function maintenanceDue(
  van: DueVan,
  schedules: readonly MaintenanceSchedule[],
  lastServiceBySchedule: ReadonlyMap<string, LastService>,
  today: string,
): DueItem[] {
  if (van.status === 'returned') return [];
  return schedules
    .filter((s) => s.vanTypes.includes(van.vanType))
    .map((s) => dueItem(van, s, lastServiceBySchedule.get(s.id) ?? null, today))
    .sort(
      (a, b) =>
        SEVERITY[b.state] - SEVERITY[a.state] ||
        Number(b.critical) - Number(a.critical) ||
        a.name.localeCompare(b.name),
    );
}

/** The overdue critical items that, with the org's setting on, keep the van off the road. */
export const overdueCritical = (items: readonly DueItem[]): DueItem[] =>
  items.filter((i) => i.critical && i.state === 'overdue');

/** Words for the status history when a van is grounded for its overdue critical items. */
export const groundingReason = (items: readonly DueItem[]): string =>
  `Overdue critical maintenance: ${items.map((i) => i.name).join(', ')}.`;

/** The newest service of each schedule (by date, then odometer) from a van's service records. */
export function lastServices(
  records: readonly { scheduleId: string | null; date: string; odometerMiles: number }[],
): Map<string, LastService> {
  const last = new Map<string, LastService>();
  for (const r of records) {
    if (!r.scheduleId) continue;
    const seen = last.get(r.scheduleId);
    if (!seen || r.date > seen.date || (r.date === seen.date && r.odometerMiles > seen.odometerMiles)) {
      last.set(r.scheduleId, { date: r.date, odometerMiles: r.odometerMiles });
    }
  }
  return last;
}

export type ScheduleDefaults = Omit<MaintenanceSchedule, 'id'>;

const OWNED_TYPES: VanType[] = ['edv', 'cdv', 'step_van'];

/**
 * Stationhand's starting schedules, given to an org the first time its schedules are read, and editable
 * from then on. Rentals are left out: the rental company maintains its own vans. Intervals are common
 * fleet practice for delivery vans (see docs/fleet.md), not a manufacturer's or Amazon's requirement.
 */
export const DEFAULT_SCHEDULES: readonly ScheduleDefaults[] = [
  { name: 'Tire rotation', vanTypes: OWNED_TYPES, everyMiles: 7_500, everyDays: null, critical: false },
  {
    name: 'Preventive maintenance',
    vanTypes: OWNED_TYPES,
    everyMiles: 10_000,
    everyDays: 180,
    critical: false,
  },
  { name: 'Brake inspection', vanTypes: OWNED_TYPES, everyMiles: 20_000, everyDays: null, critical: false },
  // 49 CFR 396.17: a commercial vehicle over 10,000 lb GVWR needs a periodic inspection every 12 months.
  { name: 'Annual DOT inspection', vanTypes: ['step_van'], everyMiles: null, everyDays: 365, critical: true },
];

/** A schedule is kept by miles, by days, or both; never neither. */
export function scheduleIssues(s: Pick<MaintenanceSchedule, 'everyMiles' | 'everyDays' | 'vanTypes'>) {
  const issues: { path: string; message: string }[] = [];
  if (s.everyMiles === null && s.everyDays === null) {
    issues.push({ path: 'everyMiles', message: 'Give miles, days or both.' });
  }
  if (s.vanTypes.length === 0) issues.push({ path: 'vanTypes', message: 'Pick at least one van type.' });
  return issues;
}
