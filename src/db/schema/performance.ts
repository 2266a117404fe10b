// The performance slice's tables, assembled into `Database` by src/db/schema.ts.

/**
 * One DA's week at a station as Amazon's DSP Overview Dashboard gives it (week_start: the Sunday of
 * Amazon's Sunday-to-Saturday week). driver_id is NULL while the Transporter ID matches no DA.
 */
export interface DaWeeksTable {
  org_id: string;
  id: string;
  station_id: string;
  week_start: string;
  transporter_id: string;
  driver_id: string | null;
  /** The name as the file wrote it. */
  da_name: string | null;
  /** JSON {metric: number | null}: null means no data (blank or "-" in the file). */
  metrics: string;
  /** JSON {metric: tier as given}, and {metric: score as given}. */
  amazon_tiers: string;
  amazon_scores: string;
  overall_standing: string | null;
  overall_score: number | null;
  /** The import that last wrote the row. */
  import_id: string;
  created_at: string;
  updated_at: string;
}

export type SafetyEventStatus = 'new' | 'coached' | 'disputed' | 'upheld' | 'dismissed';

/** A telematics event (Cortex Safety Dashboard or Netradyne); event_id is the file's natural key. */
export interface SafetyEventsTable {
  org_id: string;
  id: string;
  event_id: string;
  station_id: string;
  /** UTC instant (ISO). */
  occurred_at: string;
  /** The station's local date of the event. */
  business_date: string;
  transporter_id: string | null;
  driver_id: string | null;
  da_name: string | null;
  /** VIN or the camera's vehicle name. */
  vehicle: string | null;
  program_impact: string | null;
  metric_type: string;
  metric_subtype: string | null;
  /** Where the event came from as the file says (netradyne, mentor…), lower case. */
  source: string | null;
  severity: string | null;
  video_link: string | null;
  review_details: string | null;
  status: SafetyEventStatus;
  import_id: string;
  created_at: string;
  updated_at: string;
}

export type FeedbackKind = 'negative_feedback' | 'concession';

/** A negative customer delivery feedback (CDF) row or a delivery concession; key: kind, tracking id, type. */
export interface CustomerFeedbackTable {
  org_id: string;
  id: string;
  station_id: string;
  kind: FeedbackKind;
  tracking_id: string;
  type: string;
  feedback_date: string;
  transporter_id: string | null;
  driver_id: string | null;
  da_name: string | null;
  details: string | null;
  import_id: string;
  created_at: string;
  updated_at: string;
}

/** A version of the org's scoring profile, in force from effective_week (a Sunday); none: the default. */
export interface ScoringProfilesTable {
  org_id: string;
  effective_week: string;
  /** JSON of the profile (performance/domain/profile.ts). */
  profile: string;
  created_by: string;
  created_at: string;
}

export type DspScorecardStatus = 'needs_entry' | 'complete';

/**
 * Amazon's weekly DSP scorecard PDF of a station (a republished PDF replaces the first): what was read
 * off it and what the manager entered for the rest. week_start is NULL until an unread week is entered.
 */
export interface DspScorecardsTable {
  org_id: string;
  id: string;
  station_id: string;
  week_start: string | null;
  /** The PDF, kept in files. */
  file_id: string;
  file_name: string;
  sha256: string;
  /** JSON of the reading (performance/domain/scorecard-reading.ts). */
  reading: string;
  /** JSON {field: {value, by, byLabel, at}}: the manager's entries. */
  entries: string;
  /** The overall figures in effect: entered, else read. */
  overall_standing: string | null;
  overall_score: number | null;
  status: DspScorecardStatus;
  uploaded_by: string | null;
  created_at: string;
  updated_at: string;
}
