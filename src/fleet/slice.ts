import type { Slice } from '../app/slice.js';
import { MANAGERS, STAFF } from '../auth/domain/permissions.js';
import type { ImportKind } from '../imports/domain/kind.js';
import { maintenanceRoutes } from './maintenance-routes.js';
import { vanRoutes } from './routes.js';
import { serviceKeepsFileIn } from './service-store.js';
import { fleetToday } from './today.js';
import { vehiclesImport } from './vehicles-import.js';

/** The permissions this slice's routes name and the roles that hold them. */
const GRANTS = {
  'fleet.read': STAFF,
  'fleet.write': MANAGERS,
};

export const fleetSlice: Slice<typeof GRANTS> = {
  name: 'fleet',
  permissions: GRANTS,
  routes: [vanRoutes, maintenanceRoutes],
  importKinds: [vehiclesImport as ImportKind],
  fileKeepers: [{ purposes: ['document', 'photo'], keepsFileIn: serviceKeepsFileIn }],
  today: fleetToday,
};
