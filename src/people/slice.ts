import type { Slice } from '../app/slice.js';
import { MANAGERS, STAFF } from '../auth/domain/permissions.js';
import type { ImportKind } from '../imports/domain/kind.js';
import { documentKeepsFileIn } from './documents-store.js';
import { driversImport } from './drivers-import.js';
import { myDriverRoutes } from './my-routes.js';
import { peopleRecordRoutes } from './records-routes.js';
import { driverRoutes } from './routes.js';
import { peopleToday } from './today.js';

/** The permissions this slice's routes name and the roles that hold them. */
const GRANTS = {
  'people.read': STAFF,
  'people.write': MANAGERS,
  // Dispatchers log the morning's callouts and lates as they happen.
  'attendance.write': STAFF,
};

export const peopleSlice: Slice<typeof GRANTS> = {
  name: 'people',
  permissions: GRANTS,
  routes: [driverRoutes, myDriverRoutes, peopleRecordRoutes],
  importKinds: [driversImport as ImportKind],
  fileKeepers: [{ purposes: ['document', 'photo'], keepsFileIn: documentKeepsFileIn }],
  today: peopleToday,
};
