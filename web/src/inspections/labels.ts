import type { ClaimStatus, InspectionKind, Panel, PreTripStatus, Severity } from './api.js';

export const PANEL_LABELS: Record<Panel, string> = {
  front_bumper: 'Front bumper',
  hood: 'Hood',
  windshield: 'Windshield',
  roof: 'Roof',
  driver_side_front: 'Driver side, front',
  driver_side_rear: 'Driver side, rear',
  passenger_side_front: 'Passenger side, front',
  passenger_side_rear: 'Passenger side, rear',
  rear_doors: 'Rear doors',
  rear_bumper: 'Rear bumper',
};

export const panelsLabel = (panels: readonly Panel[]) => panels.map((p) => PANEL_LABELS[p]).join(', ') || '—';

export const KIND_LABELS: Record<InspectionKind, string> = { pre_trip: 'Pre-trip', post_trip: 'Post-trip' };

export const SEVERITY_LABELS: Record<Severity, string> = {
  minor: 'Minor',
  moderate: 'Moderate',
  major: 'Major',
};

export const CLAIM_LABELS: Record<ClaimStatus, string> = {
  none: 'No claim',
  open: 'Open',
  submitted: 'Submitted',
  approved: 'Approved',
  denied: 'Denied',
  paid: 'Paid',
  closed: 'Closed',
};

export const PRE_TRIP_LABELS: Record<PreTripStatus, string> = {
  passed: 'Pre-trip passed',
  failed: 'Pre-trip failed',
  missing: 'No pre-trip today',
};

/** "2 min 05 s" for an inspection's duration. */
export function formatDuration(seconds: number): string {
  const m = Math.floor(seconds / 60);
  const s = seconds % 60;
  return m > 0 ? `${m} min ${String(s).padStart(2, '0')} s` : `${s} s`;
}
