import type { Slice } from '../app/slice.js';
import { MANAGERS, STAFF } from '../auth/domain/permissions.js';
import { COACHING_TEMPLATE_LIST } from './domain/texts.js';
import { coachingRoutes } from './routes.js';
import { runCoaching } from './run.js';
import { coachingToday } from './today.js';
import { installCoachingWorker } from './worker.js';

/** The permissions this slice's routes name and the roles that hold them. */
const GRANTS = {
  // Dispatchers see who is being coached (it shapes the morning talk); managers run the rules and disputes.
  'coaching.read': STAFF,
  'coaching.write': MANAGERS,
};

export const coachingSlice: Slice<typeof GRANTS> = {
  name: 'coaching',
  permissions: GRANTS,
  routes: [coachingRoutes],
  /** A week's metrics, events or feedback arriving sets the station's coaching rules off. */
  afterImports: {
    kinds: ['da-weekly', 'safety-events', 'customer-feedback'],
    afterCommit: async (db, scope) => {
      if (scope.stationId)
        await runCoaching(db, scope.orgId, scope.stationId, `Coaching rules after ${scope.fileName}`);
    },
  },
  messageTemplates: COACHING_TEMPLATE_LIST,
  workers: [(app, ctx) => installCoachingWorker(app, ctx.handle.db)],
  today: coachingToday,
};
