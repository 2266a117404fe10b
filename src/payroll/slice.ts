import type { Slice } from '../app/slice.js';
import { MANAGERS, STAFF } from '../auth/domain/permissions.js';
import type { ImportKind } from '../imports/domain/kind.js';
import { employeeNumberRoutes } from './employee-number-routes.js';
import { exceptionRoutes } from './exception-routes.js';
import { myPunchRoutes } from './me-routes.js';
import { periodRoutes } from './period-routes.js';
import { punchRoutes } from './punch-routes.js';
import { countPunchesOfDriver } from './store.js';
import { timecardRoutes } from './timecard-routes.js';
import { timecardsImport } from './timecards-import.js';
import { payrollToday } from './today.js';
import { installPayrollWorker } from './worker.js';

/** The permissions this slice's routes name and the roles that hold them. */
const GRANTS = {
  // Dispatchers read punches and exceptions (they run the day); managers correct and settle them.
  'payroll.read': STAFF,
  'payroll.write': MANAGERS,
};

export const payrollSlice: Slice<typeof GRANTS> = {
  name: 'payroll',
  permissions: GRANTS,
  routes: [myPunchRoutes, punchRoutes, exceptionRoutes, employeeNumberRoutes, timecardRoutes, periodRoutes],
  importKinds: [timecardsImport as ImportKind],
  workers: [(app, ctx) => installPayrollWorker(app, ctx.handle.db)],
  references: { driver: [[countPunchesOfDriver, 'punch']] },
  today: payrollToday,
};
