import type { FastifyReply } from 'fastify';
import { z } from 'zod';
import { actorOf } from '../app/access.js';
import type { App, AppContext } from '../app/context.js';
import { notFound } from '../app/problems.js';
import type { Db } from '../db/database.js';
import type { CoachingItemsTable } from '../db/schema.js';
import { visibleStation } from '../tenancy/visible-station.js';
import { RuleInSchema } from './domain/rules.js';
import { stationEffect } from './effect.js';
import { itemDetail, listItems, staffStep, visibleItem } from './items.js';
import { myItem, myItems, myStep } from './mine.js';
import { reviewRoutes } from './review-routes.js';
import { deleteRule, listRules, saveRule } from './rules.js';
import { runCoaching } from './run.js';
import {
  AcknowledgeIn,
  DisputeIn,
  EffectOut,
  EffectQuery,
  HoldIn,
  ItemDetailOut,
  ItemsOut,
  ItemsQuery,
  MyItemOut,
  MyItemsOut,
  ResolveIn,
  RuleOut,
  RulesOut,
  RunIn,
  RunOut,
} from './schemas.js';
import { warningPdf } from './warning-pdf.js';

const tags = ['coaching'];
const read = { permission: 'coaching.read' } as const;
const write = { permission: 'coaching.write' } as const;
const IdParams = z.object({ id: z.string().min(1).max(100) });

/** Coaching: rules, items and their steps, "did it work?", and the DA's own items. */
export function coachingRoutes(app: App, ctx: AppContext): void {
  ruleRoutes(app, ctx);
  itemRoutes(app, ctx);
  reviewRoutes(app, ctx);
  myCoachingRoutes(app, ctx);
}

function ruleRoutes(app: App, { handle: { db } }: AppContext): void {
  app.get(
    '/coaching/rules',
    {
      config: { access: read },
      schema: {
        tags,
        summary: 'The org’s coaching rules (the suggested ones until it saves its own)',
        response: { 200: RulesOut },
      },
    },
    async (req) => listRules(db, actorOf(req).orgId),
  );
  app.post(
    '/coaching/rules',
    {
      config: { access: write, refuses: [422] },
      schema: { tags, summary: 'Add a coaching rule', body: RuleInSchema, response: { 200: RuleOut } },
    },
    async (req) => saveRule(db, actorOf(req), null, req.body),
  );
  app.put(
    '/coaching/rules/:id',
    {
      config: { access: write, refuses: [422] },
      schema: {
        tags,
        summary: 'Change a coaching rule',
        params: IdParams,
        body: RuleInSchema,
        response: { 200: RuleOut },
      },
    },
    async (req) => saveRule(db, actorOf(req), req.params.id, req.body),
  );
  app.delete(
    '/coaching/rules/:id',
    {
      config: { access: write, refuses: [409] },
      schema: { tags, summary: 'Delete a rule that opened no items', params: IdParams },
    },
    async (req, reply) => {
      await deleteRule(db, actorOf(req), req.params.id);
      return reply.status(204).send();
    },
  );
  app.post(
    '/coaching/run',
    {
      config: { access: write },
      schema: {
        tags,
        summary: 'Run the rules on a station’s data now (they also run when a file is imported)',
        body: RunIn,
        response: { 200: RunOut },
      },
    },
    async (req) => {
      const actor = actorOf(req);
      const station = await visibleStation(db, actor, req.body.stationId);
      return runCoaching(db, actor.orgId, station.id, actor.label);
    },
  );
  app.get(
    '/coaching/effect',
    {
      config: { access: read },
      schema: {
        tags,
        summary: 'Did it work? Each rule’s measure in the N weeks before and after its items',
        querystring: EffectQuery,
        response: { 200: EffectOut },
      },
    },
    async (req) => stationEffect(db, actorOf(req), req.query.stationId, req.query.weeks),
  );
}

function itemRoutes(app: App, { handle: { db } }: AppContext): void {
  app.get(
    '/coaching/items',
    {
      config: { access: read },
      schema: {
        tags,
        summary: 'Coaching items, newest first',
        querystring: ItemsQuery,
        response: { 200: ItemsOut },
      },
    },
    async (req) => listItems(db, actorOf(req), req.query),
  );
  app.get(
    '/coaching/items/:id',
    {
      config: { access: read },
      schema: {
        tags,
        summary: 'A coaching item: cause and evidence, messages, steps, before and after',
        params: IdParams,
        response: { 200: ItemDetailOut },
      },
    },
    async (req) => itemDetail(db, actorOf(req), req.params.id),
  );
  app.post(
    '/coaching/items/:id/resolve',
    {
      config: { access: write, refuses: [409] },
      schema: {
        tags,
        summary: 'Resolve a dispute: upheld, or dismissed (its events stop counting)',
        params: IdParams,
        body: ResolveIn,
        response: { 200: ItemDetailOut },
      },
    },
    async (req) =>
      staffStep(
        db,
        actorOf(req),
        req.params.id,
        { kind: 'resolve', resolution: req.body.resolution },
        req.body.note,
      ),
  );
  app.post(
    '/coaching/items/:id/held',
    {
      config: { access: write, refuses: [409] },
      schema: {
        tags,
        summary: 'Record that the 1:1, ride-along or warning meeting was held',
        params: IdParams,
        body: HoldIn,
        response: { 200: ItemDetailOut },
      },
    },
    async (req) => staffStep(db, actorOf(req), req.params.id, { kind: 'hold' }, req.body.note),
  );
  app.get(
    '/coaching/items/:id/warning.pdf',
    { config: { access: read }, schema: { tags, summary: 'A written warning as a PDF', params: IdParams } },
    async (req, reply) => sendWarning(reply, db, await visibleItem(db, actorOf(req), req.params.id)),
  );
}

function myCoachingRoutes(app: App, { handle: { db } }: AppContext): void {
  app.get(
    '/me/coaching',
    {
      schema: {
        tags,
        summary: 'My coaching items and recognition, in my language',
        response: { 200: MyItemsOut },
      },
    },
    async (req) => myItems(db, actorOf(req)),
  );
  app.post(
    '/me/coaching/:id/acknowledge',
    {
      config: { refuses: [409] },
      schema: {
        tags,
        summary: 'I have read it (a written warning: signed with my full name)',
        params: IdParams,
        body: AcknowledgeIn,
        response: { 200: MyItemOut },
      },
    },
    async (req) =>
      myStep(db, actorOf(req), req.params.id, (fullName) => ({
        kind: 'acknowledge',
        signature: req.body.signature ?? null,
        fullName,
      })),
  );
  app.post(
    '/me/coaching/:id/dispute',
    {
      config: { refuses: [409] },
      schema: {
        tags,
        summary: 'I dispute it, in my own words',
        params: IdParams,
        body: DisputeIn,
        response: { 200: MyItemOut },
      },
    },
    async (req) => myStep(db, actorOf(req), req.params.id, () => ({ kind: 'dispute', text: req.body.text })),
  );
  app.get(
    '/me/coaching/:id/warning.pdf',
    { schema: { tags, summary: 'My written warning as a PDF', params: IdParams } },
    async (req, reply) => {
      const { find } = await myItem(db, actorOf(req));
      return sendWarning(reply, db, await find(req.params.id));
    },
  );
}

async function sendWarning(reply: FastifyReply, db: Db, item: CoachingItemsTable) {
  if (item.action !== 'written_warning') throw notFound('Written warning');
  return reply
    .header('content-disposition', `inline; filename="written-warning-${item.id}.pdf"`)
    .header('cache-control', 'no-store')
    .type('application/pdf')
    .send(await warningPdf(db, item));
}
