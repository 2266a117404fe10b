import type { Slice } from '../app/slice.js';
import { MANAGERS, STAFF } from '../auth/domain/permissions.js';
import type { ImportKind } from '../imports/domain/kind.js';
import { amazonEventRoutes } from './amazon-event-routes.js';
import { availabilityRoutes } from './availability-routes.js';
import { boardRoutes } from './board-routes.js';
import { dayEventRoutes } from './day-event-routes.js';
import { countRoutesOfDriver, countRoutesOfVan } from './day-store.js';
import { DISPATCH_TEMPLATES } from './domain/messages.js';
import { myScheduleRoutes } from './my-routes.js';
import { rosterRoutes } from './roster-routes.js';
import { routeEditRoutes } from './route-edit-routes.js';
import { routesImport } from './routes-import.js';
import { scheduleRoutes } from './schedule-routes.js';
import { countShiftsOfDriver } from './schedule-store.js';
import { dispatchToday } from './today.js';

/** The permissions this slice's routes name and the roles that hold them. */
const GRANTS = {
  // The week's schedule is built by managers and, in many DSPs, by the dispatchers who run the days.
  'schedule.read': STAFF,
  'schedule.write': STAFF,
  'schedule.rules': MANAGERS,
  'timeoff.decide': MANAGERS,
  'dispatch.read': STAFF,
  'dispatch.write': STAFF,
};

export const dispatchSlice: Slice<typeof GRANTS> = {
  name: 'dispatch',
  permissions: GRANTS,
  routes: [
    scheduleRoutes,
    availabilityRoutes,
    boardRoutes,
    routeEditRoutes,
    rosterRoutes,
    dayEventRoutes,
    amazonEventRoutes,
    myScheduleRoutes,
  ],
  importKinds: [routesImport as ImportKind],
  references: {
    driver: [
      [countShiftsOfDriver, 'shift'],
      [countRoutesOfDriver, 'route'],
    ],
    van: [[countRoutesOfVan, 'route']],
  },
  messageTemplates: DISPATCH_TEMPLATES,
  today: dispatchToday,
};
