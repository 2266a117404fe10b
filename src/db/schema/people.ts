import type { Flag } from './tenancy.js';

// The people slice's tables, assembled into `Database` by src/db/schema.ts.

export type DriverStatus = 'applicant' | 'onboarding' | 'active' | 'inactive' | 'terminated';

export interface DriversTable {
  org_id: string;
  id: string;
  /** The DA's own login, when they have one (the phone pages). */
  user_id: string | null;
  first_name: string;
  last_name: string;
  employee_id: string | null;
  transporter_id: string | null;
  /** E.164, e.g. +15125550123. */
  phone: string | null;
  email: string | null;
  language: 'en' | 'es';
  /** When the DA agreed to texts; null = no consent. */
  sms_consent_at: string | null;
  home_station_id: string;
  hourly_rate_cents: number | null;
  /** Business dates (YYYY-MM-DD). */
  hire_date: string | null;
  /** JSON array of van types the DA may drive. */
  van_types: string;
  license_number: string | null;
  license_state: string | null;
  license_expiry: string | null;
  dot_medical_expiry: string | null;
  status: DriverStatus;
  status_reason: string | null;
  status_since: string;
  created_at: string;
  updated_at: string;
}

export interface DriverStatusChangesTable {
  org_id: string;
  id: string;
  driver_id: string;
  status: DriverStatus;
  reason: string | null;
  effective_date: string;
  changed_by: string;
  at: string;
}

/** A step of the org's onboarding checklist (defaults made on first use; retired steps stay for history). */
export interface OnboardingStepsTable {
  org_id: string;
  id: string;
  /** Stable name, e.g. background_check; a custom step gets one from its label. */
  key: string;
  label: string;
  position: number;
  /** `step_van`: only for DAs who may drive step vans (the DOT medical card). */
  applies_to: 'all' | 'step_van';
  /** The kind of document that proves the step, if any. */
  document_type: string | null;
  active: Flag;
  created_at: string;
  updated_at: string;
}

export type OnboardingStatus = 'todo' | 'done' | 'waived' | 'failed';

/** Where one DA stands on one step; no row means the step is still to do. */
export interface OnboardingRecordsTable {
  org_id: string;
  id: string;
  driver_id: string;
  step_id: string;
  status: OnboardingStatus;
  note: string | null;
  document_id: string | null;
  /** Business date the step's result stops being valid, if it does. */
  expiry: string | null;
  updated_by: string;
  updated_at: string;
}

export type DocumentStatus = 'pending_review' | 'approved' | 'rejected';

export interface DriverDocumentsTable {
  org_id: string;
  id: string;
  driver_id: string;
  type: string;
  /** The scan or photo in the files slice; null for a paper document only recorded here. */
  file_id: string | null;
  expiry: string | null;
  note: string | null;
  status: DocumentStatus;
  reviewed_by: string | null;
  reviewed_at: string | null;
  /** Why it was rejected (shown to the DA). */
  review_note: string | null;
  uploaded_by: string;
  uploaded_by_user: string | null;
  created_at: string;
}

export type AttendanceKind = 'callout' | 'ncns' | 'late' | 'left_early' | 'sent_home';

export interface AttendanceEventsTable {
  org_id: string;
  id: string;
  driver_id: string;
  /** The shift's business date in the DA's station. */
  business_date: string;
  kind: AttendanceKind;
  /** Callouts: how long before the shift the DA called. */
  notice_minutes: number | null;
  late_minutes: number | null;
  reason: string | null;
  excused: Flag;
  excused_by: string | null;
  excused_at: string | null;
  excuse_note: string | null;
  /** Points in tenths, as the policy gave them (recomputed when the policy changes or it is excused). */
  points_tenths: number;
  recorded_by: string;
  recorded_at: string;
  /** Removed events stay, with who removed them and why; they count for nothing. */
  deleted_at: string | null;
  deleted_by: string | null;
  delete_reason: string | null;
}

/** The org's attendance points policy; no row means the defaults. Points are in tenths. */
export interface AttendancePoliciesTable {
  org_id: string;
  ncns_tenths: number;
  callout_short_tenths: number;
  callout_tenths: number;
  short_notice_hours: number;
  late_tenths: number;
  late_grace_minutes: number;
  left_early_tenths: number;
  sent_home_tenths: number;
  flag_tenths: number;
  window_days: number;
  updated_by: string;
  updated_at: string;
}

export interface DriverRatingsTable {
  org_id: string;
  id: string;
  driver_id: string;
  /** 1–5. The newest is the DA's rating; older ones are its history. */
  rating: number;
  comment: string | null;
  rated_by: string;
  rated_by_user: string | null;
  created_at: string;
}

export interface DriverNotesTable {
  org_id: string;
  id: string;
  driver_id: string;
  body: string;
  author: string;
  author_user: string | null;
  created_at: string;
}
