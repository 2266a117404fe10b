import { routesImport } from '../dispatch/routes-import.js';
import { vehiclesImport } from '../fleet/vehicles-import.js';
import { driversImport } from '../people/drivers-import.js';
import { customerFeedbackImport } from '../performance/customer-feedback-import.js';
import { daWeeklyImport } from '../performance/da-weekly-import.js';
import { safetyEventsImport } from '../performance/safety-events-import.js';
import { stationsImport } from '../tenancy/stations-import.js';
import type { ImportKind } from './domain/kind.js';

/** Every file kind the import mechanism accepts; each slice adds its own here. */
export const importKinds: Map<string, ImportKind> = new Map(
  (
    [
      stationsImport,
      driversImport,
      vehiclesImport,
      routesImport,
      daWeeklyImport,
      safetyEventsImport,
      customerFeedbackImport,
    ] as ImportKind[]
  ).map((k) => [k.kind, k]),
);
