import type { Slice } from '../app/slice.js';
import { COACHING_TEMPLATE_LIST } from './domain/texts.js';
import { coachingRoutes } from './routes.js';
import { runCoaching } from './run.js';
import { coachingToday } from './today.js';
import { installCoachingWorker } from './worker.js';

export const coachingSlice: Slice = {
  name: 'coaching',
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
