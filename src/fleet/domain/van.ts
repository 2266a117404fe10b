import type { VanOwnership, VanStatus } from '../../db/schema.js';

export const VAN_STATUSES = [
  'active',
  'grounded',
  'in_shop',
  'returned',
] as const satisfies readonly VanStatus[];
export const VAN_STATUS_LABELS: Record<VanStatus, string> = {
  active: 'Active',
  grounded: 'Grounded',
  in_shop: 'In shop',
  returned: 'Returned',
};

/** How the DSP holds the van: Amazon's fleet program, a lease from a named lessor, a rental, or its own. */
export const OWNERSHIPS = [
  'amazon_fleet',
  'leased',
  'rental',
  'owned',
] as const satisfies readonly VanOwnership[];
export const OWNERSHIP_LABELS: Record<VanOwnership, string> = {
  amazon_fleet: 'Amazon fleet program',
  leased: 'Leased',
  rental: 'Rental',
  owned: 'Owned',
};

/** What made a status change; the history shows it so a manager knows whom to ask. */
export const STATUS_SOURCES = ['manual', 'inspection', 'damage', 'maintenance', 'import'] as const;
export type StatusSource = (typeof STATUS_SOURCES)[number];

export interface Issue {
  path: string;
  message: string;
}

/**
 * A van may move between any two statuses (a returned van can come back from the lessor), but taking it
 * off the road — grounded, in shop, returned — needs a reason the dispatcher will read.
 */
export function statusChangeIssues(current: VanStatus, next: VanStatus, reason: string | null): Issue[] {
  if (next === current)
    return [{ path: 'status', message: `The van is already ${VAN_STATUS_LABELS[next].toLowerCase()}.` }];
  if (next !== 'active' && !reason) {
    return [{ path: 'reason', message: `Say why the van is ${VAN_STATUS_LABELS[next].toLowerCase()}.` }];
  }
  return [];
}

/** Only a van on the road can be grounded by a rule; one already out of service stays as it is. */
export const groundable = (status: VanStatus): boolean => status === 'active';

export interface OwnershipTerms {
  ownership: VanOwnership;
  lessor: string | null;
  ownershipStart: string | null;
  ownershipEnd: string | null;
}

/** A lease names its lessor, and a term ends after it starts. */
export function ownershipIssues(t: OwnershipTerms): Issue[] {
  const issues: Issue[] = [];
  if (t.ownership === 'leased' && !t.lessor) {
    issues.push({ path: 'lessor', message: 'Name the lessor of a leased van, e.g. Element Fleet.' });
  }
  if (t.ownershipStart && t.ownershipEnd && t.ownershipEnd < t.ownershipStart) {
    issues.push({
      path: 'ownershipEnd',
      message: `The end date is before the start date (${t.ownershipStart}).`,
    });
  }
  return issues;
}

/** Odometers only count up: a reading lower than the stored one (a typo, an older report) is ignored. */
export const odometerAdvances = (stored: number | null, reading: number): boolean =>
  stored === null || reading > stored;

/** The range a model year can take: the first VIN standard (1981) to next year's models. */
export const modelYearRange = (today: string): [number, number] => [1981, Number(today.slice(0, 4)) + 1];
