import { z } from 'zod';
import { actorOf } from '../app/access.js';
import type { App, AppContext } from '../app/context.js';
import { notFound } from '../app/problems.js';
import { recordAudit } from '../audit/store.js';
import type { ApiTokensTable } from '../db/schema.js';
import { IdParams } from '../tenancy/schemas.js';
import { TOKEN_PREFIX } from './authenticate.js';
import { hashSecret, newSecret } from './domain/secrets.js';
import { findApiToken, insertApiToken, listApiTokens, updateApiToken } from './store.js';

const TokenOut = z.object({
  id: z.string(),
  name: z.string(),
  role: z.enum(['owner', 'manager', 'dispatcher']),
  createdAt: z.string(),
  lastUsedAt: z.string().nullable(),
  revokedAt: z.string().nullable(),
  createdBy: z.string().nullable(),
});

const toToken = (r: ApiTokensTable): z.infer<typeof TokenOut> => ({
  id: r.id,
  name: r.name,
  role: r.role as 'owner' | 'manager' | 'dispatcher',
  createdAt: r.created_at,
  lastUsedAt: r.last_used_at,
  revokedAt: r.revoked_at,
  createdBy: r.created_by,
});

/** What the audit trail keeps of a token: never the secret or its hash. */
const tokenSnapshot = (r: ApiTokensTable) => ({ name: r.name, role: r.role, revoked_at: r.revoked_at });

export function tokenRoutes(app: App, { handle }: AppContext): void {
  const { db } = handle;
  const tags = ['tokens'];
  const access = { permission: 'tokens.manage' } as const;

  app.get(
    '/tokens',
    {
      config: { access },
      schema: {
        tags,
        summary: 'API tokens of my org',
        response: { 200: z.object({ items: z.array(TokenOut) }) },
      },
    },
    async (req) => ({ items: (await listApiTokens(db, actorOf(req).orgId)).map(toToken) }),
  );

  app.post(
    '/tokens',
    {
      config: { access },
      schema: {
        tags,
        summary: 'Create an API token (the secret is shown once)',
        body: z.strictObject({
          name: z.string().trim().min(1).max(80),
          role: z.enum(['owner', 'manager', 'dispatcher']),
        }),
        response: { 201: z.object({ token: TokenOut, secret: z.string() }) },
      },
    },
    async (req, reply) => {
      const actor = actorOf(req);
      const secret = newSecret(TOKEN_PREFIX);
      const row = await db.transaction().execute(async (trx) => {
        const created = await insertApiToken(trx, {
          org_id: actor.orgId,
          name: req.body.name,
          role: req.body.role,
          token_hash: hashSecret(secret),
          created_by: actor.userId,
        });
        await recordAudit(trx, actor, {
          entity: 'api_token',
          entityId: created.id,
          before: null,
          after: tokenSnapshot(created),
        });
        return created;
      });
      return reply.status(201).send({ token: toToken(row), secret });
    },
  );

  app.delete(
    '/tokens/:id',
    { config: { access }, schema: { tags, summary: 'Revoke an API token', params: IdParams } },
    async (req, reply) => {
      const actor = actorOf(req);
      await db.transaction().execute(async (trx) => {
        const before = await findApiToken(trx, actor.orgId, req.params.id);
        if (!before) throw notFound('API token');
        if (before.revoked_at) return;
        await updateApiToken(trx, actor.orgId, before.id, { revoked_at: new Date().toISOString() });
        const after = { ...before, revoked_at: new Date().toISOString() };
        await recordAudit(trx, actor, {
          entity: 'api_token',
          entityId: before.id,
          before: tokenSnapshot(before),
          after: tokenSnapshot(after),
        });
      });
      return reply.status(204).send();
    },
  );
}
