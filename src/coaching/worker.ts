import type { FastifyInstance } from 'fastify';
import type { Db } from '../db/database.js';
import { type Repeating, repeatEvery } from '../shared/repeat.js';
import { deliverWaiting } from './deliver.js';

/** Items wait for the DA's next shift day; a minute's check tells them on the morning it comes. */
export function installCoachingWorker(app: FastifyInstance, db: Db, everyMs = 60_000): void {
  let worker: Repeating | null = null;
  app.addHook('onListen', async () => {
    worker = repeatEvery(
      async () => {
        const told = await deliverWaiting(db);
        if (told > 0) app.log.info({ told }, 'Coaching items told to DAs on their shift day');
      },
      everyMs,
      (error) => app.log.error({ err: error }, 'Coaching delivery failed'),
    );
  });
  app.addHook('onClose', async () => {
    await worker?.stop();
  });
}
