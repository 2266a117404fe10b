import type { Slice } from '../app/slice.js';
import { messagingRoutes } from './routes.js';
import { countMessagesOfDriver } from './store.js';
import { twilioRoutes } from './twilio-routes.js';
import { installOutboxWorker } from './worker.js';

export const messagingSlice: Slice = {
  name: 'messaging',
  routes: [messagingRoutes, twilioRoutes],
  workers: [(app, ctx) => installOutboxWorker(app, ctx.handle.db, ctx.config)],
  references: { driver: [[countMessagesOfDriver, 'message']] },
};
