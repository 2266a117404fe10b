import type { App, AppContext } from '../app/context.js';
import { attendanceRoutes } from './attendance-routes.js';
import { documentRoutes } from './document-routes.js';
import { notesRoutes } from './notes-routes.js';
import { onboardingRoutes } from './onboarding-routes.js';

/** Everything kept on a DA beside the profile: onboarding, documents, attendance, ratings and notes. */
export function peopleRecordRoutes(app: App, ctx: AppContext): void {
  onboardingRoutes(app, ctx);
  documentRoutes(app, ctx);
  attendanceRoutes(app, ctx);
  notesRoutes(app, ctx);
}
