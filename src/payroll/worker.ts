import type { FastifyInstance } from 'fastify';
import type { Db } from '../db/database.js';
import { localDate } from '../shared/dates.js';
import { addDays } from '../shared/days.js';
import { type Repeating, repeatEvery } from '../shared/repeat.js';
import { listAllStations } from '../tenancy/store.js';
import { rebuildExceptions } from './exceptions.js';

/**
 * Every morning, each station's exceptions of the day before are rebuilt (a DA who never punched
 * out, a route closed after the punch out). An hourly check rebuilds a station once its yesterday
 * changes; a restart rebuilds once more, which changes nothing.
 */
export function installPayrollWorker(app: FastifyInstance, db: Db, everyMs = 3600_000): void {
  let worker: Repeating | null = null;
  const done = new Map<string, string>();
  app.addHook('onListen', async () => {
    worker = repeatEvery(
      async () => {
        for (const station of await listAllStations(db)) {
          const yesterday = addDays(localDate(station.time_zone), -1);
          if (done.get(station.id) === yesterday) continue;
          await rebuildExceptions(db, station.org_id, station.id, yesterday);
          done.set(station.id, yesterday);
        }
      },
      everyMs,
      (error) => app.log.error({ err: error }, 'Payroll exceptions rebuild failed'),
    );
  });
  app.addHook('onClose', async () => {
    await worker?.stop();
  });
}
