import type { App, AppContext } from '../app/context.js';
import { accountRoutes } from './account-routes.js';
import { meRoutes, myInvitationRoutes } from './me-routes.js';
import { signInRoutes } from './sign-in-routes.js';

/** The routes of a person's own account, in the order the API document lists them. */
export function authRoutes(app: App, ctx: AppContext): void {
  signInRoutes(app, ctx);
  meRoutes(app, ctx);
  accountRoutes(app, ctx);
  myInvitationRoutes(app, ctx);
}
