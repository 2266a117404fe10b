import { routesImport } from '../dispatch/routes-import.js';
import { vehiclesImport } from '../fleet/vehicles-import.js';
import { driversImport } from '../people/drivers-import.js';
import { stationsImport } from '../tenancy/stations-import.js';
import type { ImportKind } from './domain/kind.js';

/** Every file kind the import mechanism accepts; each slice adds its own here. */
export const importKinds: Map<string, ImportKind> = new Map(
  ([stationsImport, driversImport, vehiclesImport, routesImport] as ImportKind[]).map((k) => [k.kind, k]),
);
