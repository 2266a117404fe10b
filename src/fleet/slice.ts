import type { Slice } from '../app/slice.js';
import type { ImportKind } from '../imports/domain/kind.js';
import { maintenanceRoutes } from './maintenance-routes.js';
import { vanRoutes } from './routes.js';
import { serviceKeepsFileIn } from './store.js';
import { fleetToday } from './today.js';
import { vehiclesImport } from './vehicles-import.js';

export const fleetSlice: Slice = {
  name: 'fleet',
  routes: [vanRoutes, maintenanceRoutes],
  importKinds: [vehiclesImport as ImportKind],
  fileKeepers: [{ purposes: ['document', 'photo'], keepsFileIn: serviceKeepsFileIn }],
  today: fleetToday,
};
