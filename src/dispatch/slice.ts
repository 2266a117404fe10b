import type { Slice } from '../app/slice.js';
import type { ImportKind } from '../imports/domain/kind.js';
import { boardRoutes } from './board-routes.js';
import { countRoutesOfDriver, countRoutesOfVan } from './day-store.js';
import { DISPATCH_TEMPLATES } from './domain/messages.js';
import { myScheduleRoutes } from './my-routes.js';
import { routesImport } from './routes-import.js';
import { scheduleRoutes } from './schedule-routes.js';
import { countShiftsOfDriver } from './schedule-store.js';
import { dispatchToday } from './today.js';

export const dispatchSlice: Slice = {
  name: 'dispatch',
  routes: [scheduleRoutes, boardRoutes, myScheduleRoutes],
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
