import type { FastifyInstance } from 'fastify';
import type { Db } from '../db/database.js';
import { localDate } from '../shared/dates.js';
import { addDays } from '../shared/days.js';
import { type Repeating, repeatEvery } from '../shared/repeat.js';
import { listAllStations } from '../tenancy/store.js';
import { rebuildExceptions } from './exceptions.js';

/**
 * Rebuilds each station's exceptions of the day before, once per station and day (`done` remembers
 * which day each station last had): a DA on a route who never punched, a route closed after the punch
 * out. Returns how many stations it rebuilt.
 */
export async function rebuildYesterdays(
  db: Db,
  done: Map<string, string>,
  now = new Date(),
): Promise<number> {
  let rebuilt = 0;
  for (const station of await listAllStations(db)) {
    const yesterday = addDays(localDate(station.time_zone, now), -1);
    if (done.get(station.id) === yesterday) continue;
    await rebuildExceptions(db, station.org_id, station.id, yesterday);
    done.set(station.id, yesterday);
    rebuilt += 1;
  }
  return rebuilt;
}

/**
 * Every morning, the day before: an hourly check finds each station's new yesterday after its local
 * midnight. A restart rebuilds once more, which changes nothing.
 */
export function installPayrollWorker(app: FastifyInstance, db: Db, everyMs = 3600_000): void {
  let worker: Repeating | null = null;
  const done = new Map<string, string>();
  app.addHook('onListen', async () => {
    worker = repeatEvery(
      async () => {
        await rebuildYesterdays(db, done);
      },
      everyMs,
      (error) => app.log.error({ err: error }, 'Payroll exceptions rebuild failed'),
    );
  });
  app.addHook('onClose', async () => {
    await worker?.stop();
  });
}
