import type { Slice } from '../app/slice.js';
import { STAFF } from '../auth/domain/permissions.js';
import { alertRoutes } from './alert-routes.js';
import { damageRoutes } from './damage-routes.js';
import { countDamageOfVan, damageKeepsFileIn } from './damage-store.js';
import { myInspectionRoutes } from './my-routes.js';
import { inspectionRoutes } from './routes.js';
import { countInspectionsOfDriver, countInspectionsOfVan, inspectionKeepsFileIn } from './store.js';

/** The permissions this slice's routes name and the roles that hold them. */
const GRANTS = {
  // Dispatchers are at the van when damage is found, and ground it.
  'damage.write': STAFF,
};

export const inspectionsSlice: Slice<typeof GRANTS> = {
  name: 'inspections',
  permissions: GRANTS,
  routes: [inspectionRoutes, myInspectionRoutes, damageRoutes, alertRoutes],
  fileKeepers: [
    { purposes: ['document', 'photo', 'video'], keepsFileIn: damageKeepsFileIn },
    { purposes: ['photo', 'video'], keepsFileIn: inspectionKeepsFileIn },
  ],
  references: {
    driver: [[countInspectionsOfDriver, 'inspection']],
    van: [
      [countInspectionsOfVan, 'inspection'],
      [countDamageOfVan, 'damage record'],
    ],
  },
};
