export const SEVERITIES = ['minor', 'moderate', 'major'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** Where an insurance or Amazon fleet claim stands; most scrapes never have one. */
export const CLAIM_STATUSES = ['none', 'open', 'submitted', 'approved', 'denied', 'paid', 'closed'] as const;
export type ClaimStatus = (typeof CLAIM_STATUSES)[number];

/** How a damage record came to be: a manager reported it, or comparing two inspections found it. */
export const DAMAGE_SOURCES = ['manual', 'inspection'] as const;
export type DamageSource = (typeof DAMAGE_SOURCES)[number];

/**
 * An automatically found record may be redrawn when a late (offline) inspection arrives, unless someone
 * has started working it: a severity, a claim, a cost or a repair make it the manager's.
 */
export const isUntouched = (d: {
  severity: Severity | null;
  claimStatus: ClaimStatus;
  costCents: number | null;
  repairs: number;
}) => d.severity === null && d.claimStatus === 'none' && d.costCents === null && d.repairs === 0;
