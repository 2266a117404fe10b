import type { Slice } from '../app/slice.js';
import type { ImportKind } from '../imports/domain/kind.js';
import { orgRoutes } from './org-routes.js';
import { stationRoutes } from './station-routes.js';
import { stationsImport } from './stations-import.js';
import { userRoutes } from './user-routes.js';

export const tenancySlice: Slice = {
  name: 'tenancy',
  routes: [orgRoutes, stationRoutes, userRoutes],
  importKinds: [stationsImport as ImportKind],
};
