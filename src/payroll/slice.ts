import type { Slice } from '../app/slice.js';
import { exceptionRoutes } from './exception-routes.js';
import { myPunchRoutes } from './me-routes.js';
import { punchRoutes } from './punch-routes.js';
import { countPunchesOfDriver } from './store.js';
import { installPayrollWorker } from './worker.js';

export const payrollSlice: Slice = {
  name: 'payroll',
  routes: [myPunchRoutes, punchRoutes, exceptionRoutes],
  workers: [(app, ctx) => installPayrollWorker(app, ctx.handle.db)],
  references: { driver: [[countPunchesOfDriver, 'punch']] },
};
