// The coaching slice's tables, assembled into `Database` by src/db/schema.ts.

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
