import { runCoaching } from '../coaching/run.js';
import { routesImport } from '../dispatch/routes-import.js';
import { vehiclesImport } from '../fleet/vehicles-import.js';
import { driversImport } from '../people/drivers-import.js';
import { customerFeedbackImport } from '../performance/customer-feedback-import.js';
import { daWeeklyImport } from '../performance/da-weekly-import.js';
import { safetyEventsImport } from '../performance/safety-events-import.js';
import { stationsImport } from '../tenancy/stations-import.js';
import type { ImportKind } from './domain/kind.js';

/** A week's metrics, events or feedback arriving sets the station's coaching rules off. */
const coached = <R, V>(kind: ImportKind<R, V>): ImportKind<R, V> => ({
  ...kind,
  afterCommit: async (db, scope) => {
    if (scope.stationId)
      await runCoaching(db, scope.orgId, scope.stationId, `Coaching rules after ${scope.fileName}`);
  },
});

/** Every file kind the import mechanism accepts; each slice adds its own here. */
export const importKinds: Map<string, ImportKind> = new Map(
  (
    [
      stationsImport,
      driversImport,
      vehiclesImport,
      routesImport,
      coached(daWeeklyImport),
      coached(safetyEventsImport),
      coached(customerFeedbackImport),
    ] as ImportKind[]
  ).map((k) => [k.kind, k]),
);
