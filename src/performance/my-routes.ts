import { z } from 'zod';
import { actorOf } from '../app/access.js';
import type { App, AppContext } from '../app/context.js';
import { myPerformance } from './my-performance.js';
import { MyPerformanceOut, WeekQuery } from './schemas.js';

/** The DA's own performance, for their phone. */
export function myPerformanceRoutes(app: App, { handle }: AppContext): void {
  app.get(
    '/me/performance',
    {
      schema: {
        tags: ['performance'],
        summary:
          'My week (default: my newest with data) and the 11 before it: metrics, tiers and score, with what each metric means in my language',
        querystring: z.object({ week: WeekQuery.optional() }),
        response: { 200: MyPerformanceOut },
      },
    },
    async (req) => myPerformance(handle.db, actorOf(req), req.query.week),
  );
}
