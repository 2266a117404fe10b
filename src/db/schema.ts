/**
 * Table types for Kysely. Conventions shared by both databases:
 * ids and instants are text (UUIDv7, UTC ISO-8601), flags are 0/1 integers,
 * JSON is stored as text, money is integer cents.
 */
export type Role = 'owner' | 'manager' | 'dispatcher' | 'driver';
export type Flag = 0 | 1;

export interface OrgsTable {
  id: string;
  name: string;
  slug: string;
  require_mfa: Flag;
  created_at: string;
  updated_at: string;
}

export interface StationsTable {
  org_id: string;
  id: string;
  code: string;
  name: string;
  time_zone: string;
  state: string;
  created_at: string;
  updated_at: string;
}

export interface UsersTable {
  id: string;
  email: string;
  name: string;
  password_hash: string;
  must_change_password: Flag;
  totp_secret: string | null;
  totp_pending_secret: string | null;
  totp_last_step: number | null;
  created_at: string;
  updated_at: string;
}

export interface MembershipsTable {
  org_id: string;
  user_id: string;
  role: Role;
  /** JSON array of station ids, or null for every station of the org. */
  station_ids: string | null;
  status: 'active' | 'disabled';
  /** The name this org shows for the person; null shows the account's own name. */
  display_name: string | null;
  created_at: string;
  updated_at: string;
}

/** A place in an org offered to an email; it becomes a membership only when the account accepts. */
export interface InvitationsTable {
  org_id: string;
  id: string;
  /** Normalised (trimmed, lower case), as users.email. */
  email: string;
  /** The name the org will show for the person (its own, never the account's). */
  name: string;
  role: Role;
  station_ids: string | null;
  invited_by: string | null;
  created_at: string;
  expires_at: string;
}

export interface SessionsTable {
  id: string;
  token_hash: string;
  user_id: string;
  org_id: string | null;
  csrf_token: string;
  totp_pending: Flag;
  ip: string | null;
  user_agent: string | null;
  created_at: string;
  last_seen_at: string;
  expires_at: string;
}

export interface ApiTokensTable {
  org_id: string;
  id: string;
  name: string;
  token_hash: string;
  role: Role;
  created_by: string | null;
  created_at: string;
  last_used_at: string | null;
  revoked_at: string | null;
}

export interface LoginFailuresTable {
  id: string;
  email: string;
  ip: string;
  at: string;
}

export interface AuditLogTable {
  org_id: string;
  id: string;
  at: string;
  actor_user_id: string | null;
  actor_label: string;
  entity: string;
  entity_id: string;
  action: 'create' | 'update' | 'delete';
  /** JSON {field: {before, after}} of the fields that changed. */
  changes: string;
}

export type ImportStatus = 'running' | 'committed' | 'rejected' | 'preview' | 'undone' | 'failed';

export interface ImportsTable {
  org_id: string;
  id: string;
  kind: string;
  station_id: string | null;
  /** The business day the file is for, for kinds that need one (a day's routes). */
  business_date: string | null;
  file_name: string;
  file_sha256: string;
  status: ImportStatus;
  /** A preview: checked (and, when clean, written and rolled back), never kept. */
  dry_run: Flag;
  rows: number;
  processed: number;
  created: number;
  updated: number;
  unchanged: number;
  error_count: number;
  /** JSON array of the first errors [{row, column, message}]. */
  errors: string;
  mapping: string;
  created_by: string | null;
  created_at: string;
  finished_at: string | null;
  undone_at: string | null;
  /** The instance (server or command-line process) running the import; null before 0014. */
  owner_instance: string | null;
}

export interface ImportChangesTable {
  org_id: string;
  import_id: string;
  seq: number;
  entity: string;
  entity_id: string;
  /** JSON of the row before the import touched it; null when the import created it. */
  before: string | null;
}

export interface ImportMappingsTable {
  org_id: string;
  kind: string;
  mapping: string;
  updated_at: string;
}

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

export type FilePurpose = 'document' | 'photo' | 'video';

export interface FilesTable {
  org_id: string;
  id: string;
  purpose: FilePurpose;
  /** Sniffed from the bytes, never taken from the client. */
  content_type: string;
  size_bytes: number;
  sha256: string;
  file_name: string;
  storage_key: string;
  thumbnail_key: string | null;
  /** The DA the file concerns; that DA may read it. */
  driver_id: string | null;
  uploaded_by: string | null;
  created_at: string;
}

export interface Database {
  orgs: OrgsTable;
  stations: StationsTable;
  users: UsersTable;
  memberships: MembershipsTable;
  invitations: InvitationsTable;
  sessions: SessionsTable;
  api_tokens: ApiTokensTable;
  login_failures: LoginFailuresTable;
  audit_log: AuditLogTable;
  imports: ImportsTable;
  import_changes: ImportChangesTable;
  import_mappings: ImportMappingsTable;
  drivers: DriversTable;
  driver_status_changes: DriverStatusChangesTable;
  files: FilesTable;
  vans: VansTable;
  van_status_changes: VanStatusChangesTable;
  fleet_settings: FleetSettingsTable;
  maintenance_schedules: MaintenanceSchedulesTable;
  service_records: ServiceRecordsTable;
  onboarding_steps: OnboardingStepsTable;
  onboarding_records: OnboardingRecordsTable;
  driver_documents: DriverDocumentsTable;
  attendance_events: AttendanceEventsTable;
  attendance_policies: AttendancePoliciesTable;
  driver_ratings: DriverRatingsTable;
  driver_notes: DriverNotesTable;
  inspection_templates: InspectionTemplatesTable;
  inspections: InspectionsTable;
  damage_records: DamageRecordsTable;
  damage_repairs: DamageRepairsTable;
  alerts: AlertsTable;
  dispatch_settings: DispatchSettingsTable;
  shifts: ShiftsTable;
  driver_availability: DriverAvailabilityTable;
  availability_exceptions: AvailabilityExceptionsTable;
  time_off_requests: TimeOffRequestsTable;
  week_plans: WeekPlansTable;
  dispatch_days: DispatchDaysTable;
  routes: RoutesTable;
  rescues: RescuesTable;
  messages: MessagesTable;
  messaging_settings: MessagingSettingsTable;
  sms_opt_outs: SmsOptOutsTable;
  message_templates: MessageTemplatesTable;
  da_weeks: DaWeeksTable;
  safety_events: SafetyEventsTable;
  customer_feedback: CustomerFeedbackTable;
  scoring_profiles: ScoringProfilesTable;
  dsp_scorecards: DspScorecardsTable;
  coaching_rules: CoachingRulesTable;
  coaching_items: CoachingItemsTable;
  coaching_steps: CoachingStepsTable;
  coaching_item_events: CoachingItemEventsTable;
}

export type VanStatus = 'active' | 'grounded' | 'in_shop' | 'returned';
export type VanOwnership = 'amazon_fleet' | 'leased' | 'rental' | 'owned';

export interface VansTable {
  org_id: string;
  id: string;
  station_id: string;
  /** The DSP's own number painted on the van, e.g. "V-017"; unique in the org. */
  fleet_number: string;
  /** 17 characters with a valid check digit; unique in the org. */
  vin: string;
  plate: string | null;
  plate_state: string | null;
  make: string | null;
  model: string | null;
  year: number | null;
  /** One of VAN_TYPES (edv, cdv, step_van, rental). */
  van_type: string;
  ownership: VanOwnership;
  lessor: string | null;
  /** Business dates (YYYY-MM-DD) of the lease, rental or fleet-program term. */
  ownership_start: string | null;
  ownership_end: string | null;
  monthly_rate_cents: number | null;
  odometer_miles: number | null;
  /** When the odometer reading was taken (UTC instant). */
  odometer_at: string | null;
  telematics_id: string | null;
  camera_id: string | null;
  status: VanStatus;
  status_reason: string | null;
  /** UTC instant of the last status change. */
  status_since: string;
  created_at: string;
  updated_at: string;
}

export interface VanStatusChangesTable {
  org_id: string;
  id: string;
  van_id: string;
  status: VanStatus;
  reason: string | null;
  /** What made the change: manual, inspection, damage, maintenance, import. */
  source: string;
  changed_by: string;
  changed_by_user_id: string | null;
  at: string;
}

export interface FleetSettingsTable {
  org_id: string;
  /** Ground a van when a critical maintenance item is overdue. */
  ground_on_overdue_critical: Flag;
  created_at: string;
  updated_at: string;
}

export interface MaintenanceSchedulesTable {
  org_id: string;
  id: string;
  name: string;
  /** JSON array of the van types the schedule applies to. */
  van_types: string;
  every_miles: number | null;
  every_days: number | null;
  critical: Flag;
  /** Retired schedules stay for the service records that name them, but are no longer due. */
  retired_at: string | null;
  created_at: string;
  updated_at: string;
}

export interface ServiceRecordsTable {
  org_id: string;
  id: string;
  van_id: string;
  /** Null for an ad-hoc repair. */
  schedule_id: string | null;
  /** Business date (YYYY-MM-DD) the work was done. */
  service_date: string;
  odometer_miles: number;
  vendor: string;
  description: string | null;
  cost_cents: number;
  invoice_file_id: string | null;
  notes: string | null;
  recorded_by: string;
  recorded_by_user_id: string | null;
  created_at: string;
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

/** One DVIC checklist per org and van type; items are JSON [{key, label, critical}]. */
export interface InspectionTemplatesTable {
  org_id: string;
  id: string;
  van_type: string;
  items: string;
  created_at: string;
  updated_at: string;
}

/** A pre- or post-trip DVIC; `id` comes from the phone so a resubmission is the same inspection. */
export interface InspectionsTable {
  org_id: string;
  id: string;
  van_id: string;
  station_id: string;
  van_type: string;
  kind: 'pre_trip' | 'post_trip';
  business_date: string;
  driver_id: string | null;
  inspector_user_id: string | null;
  inspector_name: string;
  started_at: string;
  submitted_at: string;
  received_at: string;
  duration_seconds: number;
  rushed: Flag;
  odometer_miles: number;
  fuel_percent: number;
  /** JSON [{key, label, critical, result, note, photoIds}]. */
  items: string;
  /** JSON {front, rear, driver_side, passenger_side} of file ids. */
  body_photos: string;
  odometer_photo_id: string;
  video_id: string | null;
  /** JSON [{panel, note, photoIds}]. */
  damage_marks: string;
  passed: Flag;
  /** A failed critical check took the van off the road. */
  grounded: Flag;
}

export interface DamageRecordsTable {
  org_id: string;
  id: string;
  van_id: string;
  station_id: string;
  /** JSON array of diagram panels. */
  panels: string;
  occurred_at: string;
  driver_id: string | null;
  description: string;
  /** Null until someone assesses damage an inspection found. */
  severity: 'minor' | 'moderate' | 'major' | null;
  third_party: Flag;
  third_party_details: string | null;
  police_report: string | null;
  claim_status: 'none' | 'open' | 'submitted' | 'approved' | 'denied' | 'paid' | 'closed';
  cost_cents: number | null;
  photo_ids: string;
  video_ids: string;
  source: 'manual' | 'inspection';
  previous_inspection_id: string | null;
  inspection_id: string | null;
  attribution: string | null;
  attribution_kind: 'shift' | 'parked' | 'unclear' | null;
  created_by: string;
  created_at: string;
  updated_at: string;
}

export interface DamageRepairsTable {
  org_id: string;
  id: string;
  damage_id: string;
  repaired_on: string;
  vendor: string;
  cost_cents: number;
  note: string | null;
  invoice_file_id: string | null;
  created_at: string;
  updated_at: string;
}

/** Something a manager must see now (a van grounded, new damage); open until acknowledged. */
export interface AlertsTable {
  org_id: string;
  id: string;
  station_id: string | null;
  /** The van it is about, for a link to it. */
  van_id: string | null;
  kind: string;
  message: string;
  entity: string;
  entity_id: string;
  created_at: string;
  acknowledged_by: string | null;
  acknowledged_at: string | null;
}

// ---- dispatch ----------------------------------------------------------------------------------------

/** An org's scheduling rules (JSON of DispatchRules); no row means the defaults. */
export interface DispatchSettingsTable {
  org_id: string;
  rules: string;
  updated_by: string;
  updated_at: string;
}

export type ShiftKind = 'route' | 'standby' | 'training' | 'rescue' | 'office';
export type ShiftStatus = 'scheduled' | 'called_out' | 'no_show';

/** One DA's work on one business date at one station (at most one a day). */
export interface ShiftsTable {
  org_id: string;
  id: string;
  station_id: string;
  driver_id: string;
  business_date: string;
  kind: ShiftKind;
  /** Local time HH:MM at the station. */
  start_time: string;
  minutes: number;
  status: ShiftStatus;
  /** manual, auto (the week auto-scheduler) or import. */
  source: string;
  note: string | null;
  /** Set when the week holding the shift was published (the DA sees it from then on). */
  published_at: string | null;
  confirmed_at: string | null;
  checked_in_at: string | null;
  /** The callout or no-show logged in attendance for this shift. */
  attendance_event_id: string | null;
  created_at: string;
  updated_at: string;
}

/** A DA's recurring weekly availability; no row means every day, five days wanted. */
export interface DriverAvailabilityTable {
  org_id: string;
  driver_id: string;
  /** JSON array of 7 booleans, Sunday first: the days the DA can work. */
  weekdays: string;
  /** JSON array of 7 booleans, Sunday first: the days the DA would rather work. */
  preferred_weekdays: string;
  /** Days per week the DA asks for (5 full time). */
  wants_days: number;
  note: string | null;
  updated_by: string;
  updated_at: string;
}

/** A dated change to the weekly pattern: "can't on the 12th", "can on Sunday the 20th". */
export interface AvailabilityExceptionsTable {
  org_id: string;
  id: string;
  driver_id: string;
  business_date: string;
  available: Flag;
  note: string | null;
  created_by: string;
  created_at: string;
}

export type TimeOffStatus = 'pending' | 'approved' | 'denied' | 'cancelled';

export interface TimeOffRequestsTable {
  org_id: string;
  id: string;
  driver_id: string;
  first_date: string;
  last_date: string;
  reason: string | null;
  status: TimeOffStatus;
  requested_by: string;
  requested_at: string;
  decided_by: string | null;
  decided_at: string | null;
  decision_note: string | null;
}

/** A station's week (Sunday start, Amazon's week): the demand to schedule for, and when it was published. */
export interface WeekPlansTable {
  org_id: string;
  station_id: string;
  /** The Sunday the week starts on. */
  week_start: string;
  /** JSON {days: [{routes, standbys}] ×7, routeMinutes, standbyMinutes, startTime}. */
  demand: string;
  published_at: string | null;
  published_by: string | null;
  updated_by: string;
  updated_at: string;
}

/** A station's day: a version every board change bumps (so boards refresh), and the roster's publishing. */
export interface DispatchDaysTable {
  org_id: string;
  station_id: string;
  business_date: string;
  version: number;
  roster_published_at: string | null;
  roster_published_by: string | null;
  updated_at: string;
}

/** A route of a station's day, with its roster assignment (DA and van) and, once closed, what happened. */
export interface RoutesTable {
  org_id: string;
  id: string;
  station_id: string;
  business_date: string;
  code: string;
  /** Local dispatch time HH:MM of the route's wave. */
  wave_time: string;
  staging_location: string | null;
  service_type: string | null;
  planned_minutes: number;
  stops: number | null;
  packages: number | null;
  van_type: string;
  driver_id: string | null;
  van_id: string | null;
  /** Kept as it is when the roster is rebuilt. */
  pinned: Flag;
  /** JSON array of short reasons the assignment was made (or why the route is uncovered). */
  assignment_why: string;
  assigned_by: string | null;
  assigned_at: string | null;
  /** Bumped on every change; an edit made against an older version is refused. */
  version: number;
  actual_start: string | null;
  actual_end: string | null;
  stops_completed: number | null;
  packages_delivered: number | null;
  packages_returned: number | null;
  closed_by: string | null;
  closed_at: string | null;
  /** manual or import. */
  source: string;
  created_at: string;
  updated_at: string;
}

/** A DA (the rescuer) taking stops and packages off another DA's route. */
export interface RescuesTable {
  org_id: string;
  id: string;
  station_id: string;
  business_date: string;
  route_id: string;
  rescuer_driver_id: string;
  stops: number;
  packages: number;
  started_at: string;
  ended_at: string | null;
  note: string | null;
  recorded_by: string;
  created_at: string;
}

export type MessageStatus = 'queued' | 'sent' | 'delivered' | 'failed' | 'blocked';

/**
 * A message to a DA, written in the same transaction as what caused it: the outbox. In-app messages are
 * delivered as written; SMS rows are queued and sent by the messaging worker (src/messaging/worker.ts).
 */
export interface MessagesTable {
  org_id: string;
  id: string;
  driver_id: string;
  channel: 'in_app' | 'sms';
  /** What it is about, e.g. week_published, roster_published, reassigned. */
  topic: string;
  /** One message per cause and channel: a second write with the same key is ignored. */
  dedupe_key: string;
  body: string;
  link: string | null;
  status: MessageStatus;
  created_at: string;
  read_at: string | null;
  // The rest is SMS delivery state (null or 0 on in-app rows).
  /** E.164 number, copied when queued. */
  to_phone: string | null;
  /** Who sent it (log, twilio) and their id for it, which status callbacks name. */
  provider: string | null;
  provider_id: string | null;
  /** Sends tried so far (counted when a worker claims the row). */
  attempts: number;
  /** When a worker may try it (again); null once it is settled. */
  next_attempt_at: string | null;
  /** When a worker last took it to send: what the per-org rate limit counts. */
  last_attempt_at: string | null;
  last_error: string | null;
  sent_at: string | null;
  delivered_at: string | null;
  /** A worker holds the row until then; its token finds the rows it claimed. */
  claimed_until: string | null;
  claim_token: string | null;
}

/** An org's messaging settings; no row means the defaults (texts off). Times are local HH:MM. */
export interface MessagingSettingsTable {
  org_id: string;
  sms_enabled: Flag;
  /** No texts from quiet_start until quiet_end in the DA's station time zone (may wrap midnight). */
  quiet_start: string;
  quiet_end: string;
  rate_per_minute: number;
  updated_by: string;
  updated_at: string;
}

/** A number that asked for no more texts (STOP) or that the provider reports unsubscribed. START removes it. */
export interface SmsOptOutsTable {
  org_id: string;
  phone: string;
  opted_out_at: string;
  source: 'keyword' | 'provider';
  /** The word the DA sent, e.g. STOP or ALTO. */
  keyword: string | null;
}

/** The org's own wording of a message template in one language; no row means the default text. */
export interface MessageTemplatesTable {
  org_id: string;
  key: string;
  language: 'en' | 'es';
  /** Text with {variables}. */
  body: string;
  updated_by: string;
  updated_at: string;
}

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

export interface CoachingRulesTable {
  org_id: string;
  id: string;
  name: string;
  active: number;
  /** JSON: what sets the rule off (src/coaching/domain/rules.ts Trigger). */
  trigger: string;
  /** JSON: the actions for the 1st, 2nd, … cause within escalation_days. */
  ladder: string;
  escalation_days: number;
  position: number;
  updated_by: string;
  created_at: string;
  updated_at: string;
}

export type CoachingStatus = 'open' | 'acknowledged' | 'disputed' | 'upheld' | 'dismissed';

export interface CoachingItemsTable {
  org_id: string;
  id: string;
  station_id: string;
  driver_id: string;
  rule_id: string;
  rule_name: string;
  cause_key: string;
  /** JSON: the cause and its evidence (src/coaching/domain/cause.ts Cause). */
  cause: string;
  measure: string;
  week_start: string;
  cause_date: string;
  step: number;
  action: string;
  status: CoachingStatus;
  /**
   * Whether the DA was told: waiting (for their next shift), sent; review: a rule-made written warning
   * that only a manager sends.
   */
  notify: 'waiting' | 'sent' | 'review';
  /** A manager's note sent to the DA with a written warning. */
  manager_note: string | null;
  notified_at: string | null;
  acknowledged_at: string | null;
  signature: string | null;
  disputed_at: string | null;
  dispute_text: string | null;
  resolution: 'upheld' | 'dismissed' | null;
  resolution_note: string | null;
  resolved_at: string | null;
  resolved_by: string | null;
  held_at: string | null;
  held_by: string | null;
  held_note: string | null;
  created_at: string;
  updated_at: string;
}

export interface CoachingStepsTable {
  org_id: string;
  id: string;
  item_id: string;
  what: string;
  note: string | null;
  by_user_id: string | null;
  by_label: string;
  at: string;
}

export interface CoachingItemEventsTable {
  org_id: string;
  item_id: string;
  event_id: string;
}
