import { z } from 'zod';
import { actorOf } from '../app/access.js';
import type { App, AppContext } from '../app/context.js';
import { conflict, notFound } from '../app/problems.js';
import { recordAudit } from '../audit/store.js';
import { findUserById } from '../auth/store.js';
import { OrgOut } from './schemas.js';
import { findOrgById, toOrg, updateOrg } from './store.js';

const OrgPatch = z.strictObject({
  name: z.string().trim().min(1).max(120).optional(),
  requireMfa: z.boolean().optional(),
});

export function orgRoutes(app: App, { handle }: AppContext): void {
  const { db } = handle;
  const tags = ['org'];

  app.get('/org', { schema: { tags, summary: 'My current org', response: { 200: OrgOut } } }, async (req) => {
    const org = await findOrgById(db, actorOf(req).orgId);
    if (!org) throw notFound('Organisation');
    return toOrg(org);
  });

  app.patch(
    '/org',
    {
      config: { access: { permission: 'org.settings' }, refuses: [409] },
      schema: { tags, summary: 'Change org settings (owners)', body: OrgPatch, response: { 200: OrgOut } },
    },
    async (req) => {
      const actor = actorOf(req);
      // Requiring 2FA must not lock out the owner who asks for it.
      if (req.body.requireMfa && actor.userId && !(await findUserById(db, actor.userId))?.totp_secret) {
        throw conflict('Turn on two-factor sign-in for your own account first.', 'requireMfa');
      }
      return db.transaction().execute(async (trx) => {
        const before = await findOrgById(trx, actor.orgId);
        if (!before) throw notFound('Organisation');
        await updateOrg(trx, actor.orgId, {
          ...(req.body.name !== undefined && { name: req.body.name }),
          ...(req.body.requireMfa !== undefined && { require_mfa: req.body.requireMfa ? 1 : 0 }),
        });
        const after = await findOrgById(trx, actor.orgId);
        if (!after) throw notFound('Organisation');
        await recordAudit(trx, actor, { entity: 'org', entityId: actor.orgId, before, after });
        return toOrg(after);
      });
    },
  );
}
