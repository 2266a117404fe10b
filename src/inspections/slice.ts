import type { Slice } from '../app/slice.js';
import { alertRoutes } from './alert-routes.js';
import { damageRoutes } from './damage-routes.js';
import { countDamageOfVan, damageKeepsFileIn } from './damage-store.js';
import { myInspectionRoutes } from './my-routes.js';
import { inspectionRoutes } from './routes.js';
import { countInspectionsOfDriver, countInspectionsOfVan, inspectionKeepsFileIn } from './store.js';

export const inspectionsSlice: Slice = {
  name: 'inspections',
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
