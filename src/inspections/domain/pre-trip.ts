import type { InspectionKind } from './new-damage.js';

export type PreTripStatus = 'passed' | 'failed' | 'missing';

export interface InspectionOutcome {
  kind: InspectionKind;
  businessDate: string;
  startedAt: string;
  passed: boolean;
}

/**
 * Whether a van has a passed pre-trip on `date` (the station's business date). The latest pre-trip of
 * the day decides: a van that failed, was fixed and passed a second pre-trip is good to go; one that
 * passed and then failed is not. Post-trips do not count: they close a day, they do not open one.
 */
export function preTripStatus(inspections: readonly InspectionOutcome[], date: string): PreTripStatus {
  let latest: InspectionOutcome | undefined;
  for (const i of inspections) {
    if (i.kind !== 'pre_trip' || i.businessDate !== date) continue;
    if (!latest || i.startedAt > latest.startedAt) latest = i;
  }
  if (!latest) return 'missing';
  return latest.passed ? 'passed' : 'failed';
}
