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

export interface Clearance {
  cleared: boolean;
  /** Why not, in words a dispatcher can act on; empty when cleared. */
  reasons: string[];
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
  const reasons: string[] = [];
  if (d.status !== 'active') reasons.push(`Status is ${d.status}, not active.`);
  if (!d.licenseExpiry) reasons.push('No driver’s license expiry on file.');
  else if (d.licenseExpiry < date) reasons.push(`Driver’s license expired on ${d.licenseExpiry}.`);
  const medicalValid = d.dotMedicalExpiry !== null && d.dotMedicalExpiry >= date;
  const vanTypes = d.vanTypes.filter((t) => t !== 'step_van' || medicalValid);
  for (const step of d.failedSteps ?? []) reasons.push(`Onboarding step failed: ${step}.`);
  if (d.vanTypes.length === 0) reasons.push('No van types the DA is qualified for.');
  else if (vanTypes.length === 0) {
    reasons.push(
      d.dotMedicalExpiry
        ? `DOT medical card expired on ${d.dotMedicalExpiry}.`
        : 'No DOT medical card on file (step vans).',
    );
  }
  return { cleared: reasons.length === 0, reasons, vanTypes: reasons.length === 0 ? vanTypes : [] };
}
