import type { App, AppContext } from '../app/context.js';
import { adminRoutes } from './admin-routes.js';
import { dspScorecardRoutes } from './dsp-scorecard-routes.js';
import { myPerformanceRoutes } from './my-routes.js';
import { weekRoutes } from './week-routes.js';

/** Every performance endpoint: the station's weeks, links and profile for staff, and the DA's own. */
export function performanceRoutes(app: App, ctx: AppContext): void {
  weekRoutes(app, ctx);
  adminRoutes(app, ctx);
  dspScorecardRoutes(app, ctx);
  myPerformanceRoutes(app, ctx);
}
