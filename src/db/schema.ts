/**
 * Table types for Kysely, one file per slice in ./schema/, assembled here into `Database`. Conventions shared by both databases:
 * ids and instants are text (UUIDv7, UTC ISO-8601), flags are 0/1 integers,
 * JSON is stored as text, money is integer cents.
 */

import type { AuditLogTable } from './schema/audit.js';
import type { ApiTokensTable, LoginFailuresTable, SessionsTable } from './schema/auth.js';
import type {
  CoachingItemEventsTable,
  CoachingItemsTable,
  CoachingRulesTable,
  CoachingStepsTable,
} from './schema/coaching.js';
import type {
  AvailabilityExceptionsTable,
  DispatchDaysTable,
  DispatchSettingsTable,
  DriverAvailabilityTable,
  RescuesTable,
  RouteLateCancelsTable,
  RoutesTable,
  ShiftsTable,
  TimeOffRequestsTable,
  UnplannedDelaysTable,
  WeekPlansTable,
} from './schema/dispatch.js';
import type { FilesTable } from './schema/files.js';
import type {
  FleetSettingsTable,
  MaintenanceSchedulesTable,
  ServiceRecordsTable,
  VanStatusChangesTable,
  VansTable,
} from './schema/fleet.js';
import type { ImportChangesTable, ImportMappingsTable, ImportsTable } from './schema/imports.js';
import type {
  AlertsTable,
  DamageRecordsTable,
  DamageRepairsTable,
  InspectionsTable,
  InspectionTemplatesTable,
} from './schema/inspections.js';
import type {
  MessagesTable,
  MessageTemplatesTable,
  MessagingSettingsTable,
  SmsOptOutsTable,
} from './schema/messaging.js';
import type {
  MoneyDepositsTable,
  MoneyDiscrepanciesTable,
  MoneyDisputesTable,
  MoneyFilesTable,
  MoneyInvoiceRowsTable,
  MoneyRatesTable,
  MoneyWstFactsTable,
  MoneyWstRowsTable,
} from './schema/money.js';
import type { MoneyCapacityRowsTable } from './schema/money-capacity.js';
import type { MoneyFleetRowsTable } from './schema/money-fleet.js';
import type {
  OvertimeApprovalsTable,
  PayPeriodExportsTable,
  PayPeriodsTable,
  PayPeriodTotalsTable,
  PayrollEmployeeNumbersTable,
  PayrollExceptionsTable,
  PayrollPremiumsTable,
  PayrollSettingsTable,
  PayrollStationSettingsTable,
  PunchesTable,
} from './schema/payroll.js';
import type {
  AttendanceEventsTable,
  AttendancePoliciesTable,
  DriverDocumentsTable,
  DriverNotesTable,
  DriverRatingsTable,
  DriverStatusChangesTable,
  DriversTable,
  OnboardingRecordsTable,
  OnboardingStepsTable,
} from './schema/people.js';
import type {
  CustomerFeedbackTable,
  DaWeeksTable,
  DspScorecardsTable,
  SafetyEventsTable,
  ScoringProfilesTable,
} from './schema/performance.js';
import type {
  InvitationsTable,
  MembershipsTable,
  OrgsTable,
  StationsTable,
  UsersTable,
} from './schema/tenancy.js';

export type * from './schema/audit.js';
export type * from './schema/auth.js';
export type * from './schema/coaching.js';
export type * from './schema/dispatch.js';
export type * from './schema/files.js';
export type * from './schema/fleet.js';
export type * from './schema/imports.js';
export type * from './schema/inspections.js';
export type * from './schema/messaging.js';
export type * from './schema/money.js';
export type * from './schema/money-capacity.js';
export type * from './schema/money-fleet.js';
export type * from './schema/payroll.js';
export type * from './schema/people.js';
export type * from './schema/performance.js';
export type * from './schema/tenancy.js';

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
  route_late_cancels: RouteLateCancelsTable;
  unplanned_delays: UnplannedDelaysTable;
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
  punches: PunchesTable;
  payroll_employee_numbers: PayrollEmployeeNumbersTable;
  payroll_station_settings: PayrollStationSettingsTable;
  payroll_exceptions: PayrollExceptionsTable;
  payroll_premiums: PayrollPremiumsTable;
  payroll_settings: PayrollSettingsTable;
  overtime_approvals: OvertimeApprovalsTable;
  pay_periods: PayPeriodsTable;
  pay_period_totals: PayPeriodTotalsTable;
  pay_period_exports: PayPeriodExportsTable;
  money_rates: MoneyRatesTable;
  money_files: MoneyFilesTable;
  money_invoice_rows: MoneyInvoiceRowsTable;
  money_wst_rows: MoneyWstRowsTable;
  money_wst_facts: MoneyWstFactsTable;
  money_deposits: MoneyDepositsTable;
  money_discrepancies: MoneyDiscrepanciesTable;
  money_disputes: MoneyDisputesTable;
  money_fleet_rows: MoneyFleetRowsTable;
  money_capacity_rows: MoneyCapacityRowsTable;
}
