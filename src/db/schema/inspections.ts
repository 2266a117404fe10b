import type { Flag } from './tenancy.js';

// The inspections slice's tables, assembled into `Database` by src/db/schema.ts.

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
