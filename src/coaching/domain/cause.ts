import type { MetricKey, Unit } from '../../performance/domain/metrics.js';
import type { Standing } from '../../performance/domain/profile.js';

/** A safety event as a coaching item keeps it for evidence. */
export interface EventEvidence {
  /** Our row id (safety_events.id). */
  id: string;
  eventId: string;
  businessDate: string;
  occurredAt: string;
  type: string;
  subtype: string | null;
  severity: string | null;
  videoLink: string | null;
}

/** Why an item was opened, with its evidence as it stood then. */
export type Cause =
  | { type: 'events'; eventType: string; days: number; events: EventEvidence[] }
  | { type: 'metric'; metric: MetricKey; unit: Unit; value: number; threshold: number }
  | { type: 'tier_drop'; from: Standing; to: Standing; score: number | null }
  | { type: 'fantastic'; standing: Standing; score: number | null };
