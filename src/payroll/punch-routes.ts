import { z } from 'zod';
import { actorOf } from '../app/access.js';
import type { App, AppContext } from '../app/context.js';
import { recordAudit } from '../audit/store.js';
import { addDays } from '../shared/days.js';
import { nowIso } from '../shared/ids.js';
import { IdParams } from '../tenancy/schemas.js';
import { visibleStation } from '../tenancy/visible-station.js';
import { byOf } from './by.js';
import { addPunch, correctPunch } from './punches.js';
import {
  CorrectionIn,
  LocationIn,
  LocationOut,
  ManagerPunchIn,
  PunchOut,
  punchView,
  StationPunchesQuery,
} from './schemas.js';
import { findStationLocation, listStationPunches, saveStationLocation } from './store.js';

const read = { permission: 'payroll.read' } as const;
const write = { permission: 'payroll.write' } as const;

/** A station's punches for managers: read by day or week, add or correct one with a reason; its location. */
export function punchRoutes(app: App, { handle }: AppContext): void {
  const { db } = handle;
  const tags = ['payroll'];

  app.get(
    '/payroll/punches',
    {
      config: { access: read },
      schema: {
        tags,
        summary:
          'A station’s punches of a workday (date) or a week from weekStart, corrections beside originals',
        querystring: StationPunchesQuery,
        response: { 200: z.object({ items: z.array(PunchOut) }) },
      },
    },
    async (req) => {
      const actor = actorOf(req);
      const station = await visibleStation(db, actor, req.query.stationId);
      const from = (req.query.date ?? req.query.weekStart) as string;
      const to = req.query.date ?? addDays(from, 6);
      return { items: (await listStationPunches(db, actor.orgId, station.id, from, to)).map(punchView) };
    },
  );

  app.post(
    '/payroll/punches',
    {
      config: { access: write },
      schema: {
        tags,
        summary: 'Add a DA’s punch, with the reason',
        body: ManagerPunchIn,
        response: { 201: PunchOut },
      },
    },
    async (req, reply) => reply.status(201).send(punchView(await addPunch(db, actorOf(req), req.body))),
  );

  app.post(
    '/payroll/punches/:id/corrections',
    {
      config: { access: write, refuses: [409] },
      schema: {
        tags,
        summary: 'Correct a punch with a reason: a new punch replaces it, the original is kept',
        params: IdParams,
        body: CorrectionIn,
        response: { 201: PunchOut },
      },
    },
    async (req, reply) =>
      reply.status(201).send(punchView(await correctPunch(db, actorOf(req), req.params.id, req.body))),
  );

  app.get(
    '/payroll/stations/:id/location',
    {
      config: { access: read },
      schema: {
        tags,
        summary: 'Where the station is and the radius its phone punches are checked against',
        params: IdParams,
        response: { 200: LocationOut.nullable() },
      },
    },
    async (req) => {
      const actor = actorOf(req);
      const station = await visibleStation(db, actor, req.params.id);
      const row = await findStationLocation(db, actor.orgId, station.id);
      return row
        ? {
            stationId: row.station_id,
            latitude: row.latitude,
            longitude: row.longitude,
            radiusMeters: row.radius_meters,
          }
        : null;
    },
  );

  app.put(
    '/payroll/stations/:id/location',
    {
      config: { access: write },
      schema: {
        tags,
        summary: 'Set the station’s location and radius',
        params: IdParams,
        body: LocationIn,
        response: { 200: LocationOut },
      },
    },
    async (req) => {
      const actor = actorOf(req);
      const station = await visibleStation(db, actor, req.params.id);
      const before = await findStationLocation(db, actor.orgId, station.id);
      const row = {
        org_id: actor.orgId,
        station_id: station.id,
        latitude: req.body.latitude,
        longitude: req.body.longitude,
        radius_meters: req.body.radiusMeters,
        updated_by: byOf(actor),
        updated_at: nowIso(),
      };
      await db.transaction().execute(async (trx) => {
        await saveStationLocation(trx, row);
        await recordAudit(trx, actor, {
          entity: 'station_location',
          entityId: station.id,
          before: before ?? null,
          after: row,
        });
      });
      return { stationId: station.id, ...req.body };
    },
  );
}
