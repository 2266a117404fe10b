import { z } from 'zod';
import { ping } from '../db/database.js';
import type { App, AppContext } from './context.js';
import { VERSION } from './version.js';

const Health = z.object({
  status: z.enum(['ok', 'unavailable']),
  database: z.enum(['ok', 'down']),
  version: z.string(),
});

export function healthRoutes(app: App, { handle }: AppContext): void {
  app.get(
    '/health',
    {
      config: { access: { public: true } },
      schema: {
        tags: ['system'],
        summary: 'Liveness and database status',
        response: { 200: Health, 503: Health },
      },
    },
    async (_req, reply) => {
      const up = await ping(handle.db);
      return reply
        .status(up ? 200 : 503)
        .send({ status: up ? 'ok' : 'unavailable', database: up ? 'ok' : 'down', version: VERSION });
    },
  );
}
