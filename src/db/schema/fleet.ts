import type { Flag } from './tenancy.js';

// The fleet slice's tables, assembled into `Database` by src/db/schema.ts.

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
