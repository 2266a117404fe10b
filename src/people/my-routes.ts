import { z } from 'zod';
import { actorOf } from '../app/access.js';
import type { App, AppContext } from '../app/server.js';
import { localDate } from '../shared/dates.js';
import { findStation } from '../tenancy/store.js';
import { withClearance } from './drivers.js';
import { DriverOut } from './routes.js';
import { findDriverOfUser, toDriver } from './store.js';

/** A DA's own record, for their phone pages: only ever their own, whatever their role. */
export function myDriverRoutes(app: App, { handle }: AppContext): void {
  const { db } = handle;
  app.get(
    '/me/driver',
    {
      schema: {
        tags: ['people'],
        summary: 'My own DA record (null when this login has none), with whether I am cleared to drive today',
        response: { 200: z.object({ driver: DriverOut.nullable() }) },
      },
    },
    async (req) => {
      const actor = actorOf(req);
      const row = actor.userId ? await findDriverOfUser(db, actor.orgId, actor.userId) : undefined;
      if (!row) return { driver: null };
      const station = await findStation(db, actor.orgId, row.home_station_id);
      return { driver: withClearance(toDriver(row), localDate(station?.time_zone ?? 'UTC')) };
    },
  );
}
