import { z } from 'zod';
import type { App, AppContext } from '../app/context.js';
import { notFound, unauthorized } from '../app/problems.js';
import { acceptInvitation, declineInvitation } from '../tenancy/invitations.js';
import { orgsOfUser } from '../tenancy/member-store.js';
import { IdParams } from '../tenancy/schemas.js';
import { loadSession } from './authenticate.js';
import { describeMe, meSchema } from './me.js';
import { sessionOf } from './session-of.js';
import { updateSession } from './store.js';

/** Who I am, and switching to another org I belong to. */
export function meRoutes(app: App, { handle, config }: AppContext): void {
  const { db } = handle;
  const tags = ['auth'];
  const Me = meSchema();
  app.get(
    '/me',
    {
      config: { access: { account: true } },
      schema: { tags, summary: 'Who I am, my org, role and stations', response: { 200: Me } },
    },
    async (req) => describeMe(db, sessionOf(req)),
  );

  app.post(
    '/me/org',
    {
      config: { access: { account: true } },
      schema: {
        tags,
        summary: 'Switch to another org I belong to',
        body: z.strictObject({ orgId: z.string() }),
        response: { 200: Me },
      },
    },
    async (req) => {
      const auth = sessionOf(req);
      const orgs = await orgsOfUser(db, auth.userId);
      if (!orgs.some((o) => o.id === req.body.orgId)) throw notFound('Organisation');
      await updateSession(db, auth.sessionId, { org_id: req.body.orgId });
      const switched = await loadSession(db, { sessionId: auth.sessionId }, config.SESSION_DAYS);
      if (!switched) throw unauthorized();
      return describeMe(db, switched);
    },
  );
}

/** The signed-in person answers the invitations to their email; accepting takes them into that org. */
export function myInvitationRoutes(app: App, { handle, config }: AppContext): void {
  const { db } = handle;
  const tags = ['auth'];
  const Me = meSchema();
  app.post(
    '/me/invitations/:id/accept',
    {
      config: { access: { account: true } },
      schema: {
        tags,
        summary: 'Accept an invitation: join that org',
        params: IdParams,
        response: { 200: Me },
      },
    },
    async (req) => {
      const auth = sessionOf(req);
      const orgId = await acceptInvitation(db, auth.userId, req.params.id);
      await updateSession(db, auth.sessionId, { org_id: orgId });
      const switched = await loadSession(db, { sessionId: auth.sessionId }, config.SESSION_DAYS);
      if (!switched) throw unauthorized();
      return describeMe(db, switched);
    },
  );

  app.post(
    '/me/invitations/:id/decline',
    {
      config: { access: { account: true } },
      schema: { tags, summary: 'Decline an invitation', params: IdParams },
    },
    async (req, reply) => {
      await declineInvitation(db, sessionOf(req).userId, req.params.id);
      return reply.status(204).send();
    },
  );
}
