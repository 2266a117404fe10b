import type { Slice } from '../app/slice.js';
import { MANAGERS, STAFF } from '../auth/domain/permissions.js';
import { messagingRoutes } from './routes.js';
import { countMessagesOfDriver } from './store.js';
import { twilioRoutes } from './twilio-routes.js';
import { installOutboxWorker } from './worker.js';

/** The permissions this slice's routes name and the roles that hold them. */
const GRANTS = {
  // Dispatchers see what DAs were told and whether their texts arrived; managers word the templates.
  'messages.read': STAFF,
  'messages.manage': MANAGERS,
};

export const messagingSlice: Slice<typeof GRANTS> = {
  name: 'messaging',
  permissions: GRANTS,
  routes: [messagingRoutes, twilioRoutes],
  workers: [(app, ctx) => installOutboxWorker(app, ctx.handle.db, ctx.config)],
  references: { driver: [[countMessagesOfDriver, 'message']] },
};
