import type { AuditActor } from '../audit/store.js';
import type { FileStorage } from '../files/storage.js';
import type { VanDay } from './story.js';

export interface InspectionsDemoOptions {
  orgId: string;
  stations: { id: string; code: string; time_zone: string }[];
  storage: FileStorage;
  seed: number;
  system: AuditActor;
  /** Each van's day on a route, from the dispatch demo's rosters, in date order per station. */
  vanDays: readonly VanDay[];
}

/** What the generator's helpers share: the options and one seeded random stream. */
export interface InspectionDemoContext extends InspectionsDemoOptions {
  rand: () => number;
}
