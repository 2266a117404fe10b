import type { Slice } from '../app/slice.js';
import type { ImportKind } from '../imports/domain/kind.js';
import { documentKeepsFileIn } from './documents-store.js';
import { driversImport } from './drivers-import.js';
import { myDriverRoutes } from './my-routes.js';
import { peopleRecordRoutes } from './records-routes.js';
import { driverRoutes } from './routes.js';
import { peopleToday } from './today.js';

export const peopleSlice: Slice = {
  name: 'people',
  routes: [driverRoutes, myDriverRoutes, peopleRecordRoutes],
  importKinds: [driversImport as ImportKind],
  fileKeepers: [{ purposes: ['document', 'photo'], keepsFileIn: documentKeepsFileIn }],
  today: peopleToday,
};
