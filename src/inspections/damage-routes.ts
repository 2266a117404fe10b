import { z } from 'zod';
import { actorOf } from '../app/access.js';
import type { App, AppContext } from '../app/context.js';
import { IdParams } from '../tenancy/schemas.js';
import {
  addRepair,
  changeDamage,
  changeRepair,
  createDamage,
  damageDetail,
  removeDamage,
  removeRepair,
  vanDamage,
} from './damage.js';
import { DamageIn, DamageOut, DamagePatchIn, RepairIn } from './schemas.js';

const RepairParams = z.object({ id: z.string().min(1).max(100), repairId: z.string().min(1).max(100) });

/** Damage and incidents of a van (issue 10), with repairs; found damage carries its inspections. */
export function damageRoutes(app: App, { handle }: AppContext): void {
  const { db } = handle;
  const tags = ['damage'];
  const read = { permission: 'fleet.read' } as const;
  const write = { permission: 'damage.write' } as const;

  app.get(
    '/vans/:id/damage',
    {
      config: { access: read },
      schema: {
        tags,
        summary: 'A van’s damage records, newest first, with repairs and the evidence of found damage',
        params: IdParams,
        response: { 200: z.object({ items: z.array(DamageOut) }) },
      },
    },
    async (req) => ({ items: await vanDamage(db, actorOf(req), req.params.id) }),
  );

  app.post(
    '/vans/:id/damage',
    {
      config: { access: write },
      schema: {
        tags,
        summary: 'Report damage or an incident',
        params: IdParams,
        body: DamageIn,
        response: { 201: DamageOut },
      },
    },
    async (req, reply) =>
      reply.status(201).send(await createDamage(db, actorOf(req), req.params.id, req.body)),
  );

  app.get(
    '/damage/:id',
    {
      config: { access: read },
      schema: { tags, summary: 'One damage record', params: IdParams, response: { 200: DamageOut } },
    },
    async (req) => damageDetail(db, actorOf(req), req.params.id),
  );

  app.patch(
    '/damage/:id',
    {
      config: { access: write },
      schema: {
        tags,
        summary: 'Assess or update damage: severity, claim status, cost, photos…',
        params: IdParams,
        body: DamagePatchIn,
        response: { 200: DamageOut },
      },
    },
    async (req) => changeDamage(db, actorOf(req), req.params.id, req.body),
  );

  app.delete(
    '/damage/:id',
    {
      config: { access: write, refuses: [409] },
      schema: {
        tags,
        summary: 'Delete a damage record entered by mistake (not one with repairs)',
        params: IdParams,
      },
    },
    async (req, reply) => {
      await removeDamage(db, actorOf(req), req.params.id);
      return reply.status(204).send();
    },
  );

  app.post(
    '/damage/:id/repairs',
    {
      config: { access: write },
      schema: {
        tags,
        summary: 'Add a repair',
        params: IdParams,
        body: RepairIn,
        response: { 201: DamageOut },
      },
    },
    async (req, reply) => reply.status(201).send(await addRepair(db, actorOf(req), req.params.id, req.body)),
  );

  app.patch(
    '/damage/:id/repairs/:repairId',
    {
      config: { access: write },
      schema: {
        tags,
        summary: 'Change a repair',
        params: RepairParams,
        body: RepairIn.partial(),
        response: { 200: DamageOut },
      },
    },
    async (req) => changeRepair(db, actorOf(req), req.params.id, req.params.repairId, req.body),
  );

  app.delete(
    '/damage/:id/repairs/:repairId',
    {
      config: { access: write },
      schema: { tags, summary: 'Delete a repair', params: RepairParams, response: { 200: DamageOut } },
    },
    async (req) => removeRepair(db, actorOf(req), req.params.id, req.params.repairId),
  );
}
