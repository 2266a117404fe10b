import type { DriverStatus } from '../../db/schema.js';
import type { VanType } from '../../shared/vans.js';

export interface ClearanceInput {
  status: DriverStatus;
  vanTypes: VanType[];
  licenseExpiry: string | null;
  dotMedicalExpiry: string | null;
  /** Onboarding steps marked failed (e.g. a drug test), by label: each keeps the DA off the road. */
  failedSteps?: readonly string[];
}

/**
 * One cause of not being cleared, as data: the DA's phone words it in the DA's language. `value` is the
 * status, the expiry date (YYYY-MM-DD) or the failed step's label.
 */
export const CLEARANCE_CAUSES = [
  'status',
  'no_license',
  'license_expired',
  'step_failed',
  'no_van_types',
  'medical_expired',
  'no_medical',
] as const;

export interface ClearanceCause {
  code: (typeof CLEARANCE_CAUSES)[number];
  value: string | null;
}

const CAUSE_TEXT: Record<ClearanceCause['code'], (value: string | null) => string> = {
  status: (v) => `Status is ${v}, not active.`,
  no_license: () => 'No driver’s license expiry on file.',
  license_expired: (v) => `Driver’s license expired on ${v}.`,
  step_failed: (v) => `Onboarding step failed: ${v}.`,
  no_van_types: () => 'No van types the DA is qualified for.',
  medical_expired: (v) => `DOT medical card expired on ${v}.`,
  no_medical: () => 'No DOT medical card on file (step vans).',
};

export interface Clearance {
  cleared: boolean;
  /** Why not, in words a dispatcher can act on; empty when cleared. */
  reasons: string[];
  /** The same causes as data, in the same order. */
  causes: ClearanceCause[];
  /** Van types the DA may be given today (a step van needs a valid DOT medical card). */
  vanTypes: VanType[];
}

/**
 * Whether a DA may be given work on `date` (the station's business date): active, with a driver's
 * license valid that day. A step van also needs a DOT medical card valid that day; without one the DA
 * is still cleared for the other van types. A failed onboarding step (drug test, background check)
 * keeps even an active DA off the road. Everything that assigns work asks this one function — through
 * `clearancesFor` in src/people/clearance.ts, which loads what it needs and each station's date.
 */
export function clearedToDrive(d: ClearanceInput, date: string): Clearance {
  const causes: ClearanceCause[] = [];
  const cause = (code: ClearanceCause['code'], value: string | null = null) => causes.push({ code, value });
  if (d.status !== 'active') cause('status', d.status);
  if (!d.licenseExpiry) cause('no_license');
  else if (d.licenseExpiry < date) cause('license_expired', d.licenseExpiry);
  const medicalValid = d.dotMedicalExpiry !== null && d.dotMedicalExpiry >= date;
  const vanTypes = d.vanTypes.filter((t) => t !== 'step_van' || medicalValid);
  for (const step of d.failedSteps ?? []) cause('step_failed', step);
  if (d.vanTypes.length === 0) cause('no_van_types');
  else if (vanTypes.length === 0) {
    if (d.dotMedicalExpiry) cause('medical_expired', d.dotMedicalExpiry);
    else cause('no_medical');
  }
  const cleared = causes.length === 0;
  const reasons = causes.map((c) => CAUSE_TEXT[c.code](c.value));
  return { cleared, reasons, causes, vanTypes: cleared ? vanTypes : [] };
}
