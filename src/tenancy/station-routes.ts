import { z } from 'zod';
import { actorOf } from '../app/access.js';
import type { App, AppContext } from '../app/context.js';
import { conflict, notFound } from '../app/problems.js';
import { recordAudit } from '../audit/store.js';
import { inStationScope } from '../auth/domain/permissions.js';
import { PageQuery, pageSchema } from '../shared/pagination.js';
import { StationCode, StationName, TimeZone, UsState } from './domain/station.js';
import { IdParams, StationOut } from './schemas.js';
import {
  findStation,
  findStationByCode,
  insertStation,
  listStations,
  toStation,
  updateStation,
} from './store.js';

const StationIn = z.strictObject({
  code: StationCode,
  name: StationName,
  timeZone: TimeZone,
  state: UsState,
});
const StationPatch = z.strictObject({
  name: StationName.optional(),
  timeZone: TimeZone.optional(),
  state: UsState.optional(),
});

export function stationRoutes(app: App, { handle }: AppContext): void {
  const { db } = handle;
  const tags = ['stations'];

  app.get(
    '/stations',
    {
      config: { access: { permission: 'stations.read' }, keepAnswer: true },
      schema: {
        tags,
        summary: 'Stations I may see',
        querystring: PageQuery,
        response: { 200: pageSchema(StationOut) },
      },
    },
    async (req) => listStations(db, actorOf(req), req.query.limit, req.query.cursor),
  );

  app.post(
    '/stations',
    {
      config: { access: { permission: 'stations.write' }, refuses: [409] },
      schema: { tags, summary: 'Add a station', body: StationIn, response: { 201: StationOut } },
    },
    async (req, reply) => {
      const actor = actorOf(req);
      const { code, name, timeZone, state } = req.body;
      const row = await db.transaction().execute(async (trx) => {
        if (await findStationByCode(trx, actor.orgId, code)) {
          throw conflict(`Station ${code} already exists.`, 'code');
        }
        const created = await insertStation(trx, actor.orgId, { code, name, time_zone: timeZone, state });
        await recordAudit(trx, actor, {
          entity: 'station',
          entityId: created.id,
          before: null,
          after: created,
        });
        return created;
      });
      return reply.status(201).send(toStation(row));
    },
  );

  app.get(
    '/stations/:id',
    {
      config: { access: { permission: 'stations.read' } },
      schema: { tags, summary: 'One station', params: IdParams, response: { 200: StationOut } },
    },
    async (req) => {
      const actor = actorOf(req);
      const row = await findStation(db, actor.orgId, req.params.id);
      if (!row || !inStationScope(actor, row.id)) throw notFound('Station');
      return toStation(row);
    },
  );

  app.patch(
    '/stations/:id',
    {
      config: { access: { permission: 'stations.write' } },
      schema: {
        tags,
        summary: 'Change a station',
        params: IdParams,
        body: StationPatch,
        response: { 200: StationOut },
      },
    },
    async (req) => {
      const actor = actorOf(req);
      return db.transaction().execute(async (trx) => {
        const before = await findStation(trx, actor.orgId, req.params.id);
        if (!before || !inStationScope(actor, before.id)) throw notFound('Station');
        const { name, timeZone, state } = req.body;
        await updateStation(trx, actor.orgId, before.id, {
          ...(name !== undefined && { name }),
          ...(timeZone !== undefined && { time_zone: timeZone }),
          ...(state !== undefined && { state }),
        });
        const after = await findStation(trx, actor.orgId, before.id);
        if (!after) throw notFound('Station');
        await recordAudit(trx, actor, { entity: 'station', entityId: after.id, before, after });
        return toStation(after);
      });
    },
  );
}
