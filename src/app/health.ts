import { z } from 'zod';
import { ping } from '../db/database.js';
import { readSoon } from '../db/read-soon.js';
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
      // Made of constants: checking the answer against the schema on every call would be waste.
      serializerCompiler: () => JSON.stringify,
    },
    async (_req, reply) => {
      // A ping after this request came, shared with the others of this turn of the event loop.
      const up = await readSoon(handle.db, 'ping', () => ping(handle.db));
      return reply
        .status(up ? 200 : 503)
        .send({ status: up ? 'ok' : 'unavailable', database: up ? 'ok' : 'down', version: VERSION });
    },
  );
}
