import { z } from 'zod';
import { actorOf } from '../app/access.js';
import type { App, AppContext } from '../app/context.js';
import { ROLES } from '../auth/domain/permissions.js';
import { PageQuery, pageSchema } from '../shared/pagination.js';
import { listOrgInvitations } from './invitation-store.js';
import { cancelInvitation, inviteStaff } from './invitations.js';
import { listMembers } from './member-store.js';
import { IdParams, InvitationOut, MemberOut } from './schemas.js';
import { changeStaff, removeStaff, resetStaffPassword } from './staff.js';

const StationIds = z.array(z.string().min(1)).max(100).nullable();
const UserIn = z.strictObject({
  // Trim before the format check: z.email().trim() would refuse ' dana@acme.test' before trimming.
  email: z.string().trim().pipe(z.email().max(320)),
  name: z.string().trim().min(1).max(120),
  role: z.enum(ROLES),
  stationIds: StationIds.optional(),
});
const UserPatch = z.strictObject({
  name: z.string().trim().min(1).max(120).optional(),
  role: z.enum(ROLES).optional(),
  stationIds: StationIds.optional(),
  status: z.enum(['active', 'disabled']).optional(),
});

export function userRoutes(app: App, { handle }: AppContext): void {
  const { db } = handle;
  const tags = ['users'];

  app.get(
    '/users',
    {
      config: { access: { permission: 'users.read' }, keepAnswer: true },
      schema: {
        tags,
        summary: 'People in my org (station-scoped staff see their stations)',
        querystring: PageQuery.extend({ role: z.enum(ROLES).optional(), stationId: z.string().optional() }),
        response: { 200: pageSchema(MemberOut) },
      },
    },
    async (req) => listMembers(db, actorOf(req), req.query),
  );

  app.post(
    '/users',
    {
      config: { access: { permission: 'users.write' }, refuses: [409] },
      schema: {
        tags,
        summary:
          'Invite a person; they join once they accept after signing in (the one-time password, shown once, is their first sign-in if they have no account yet)',
        body: UserIn,
        response: { 201: z.object({ invitation: InvitationOut, oneTimePassword: z.string() }) },
      },
    },
    async (req, reply) => {
      const actor = actorOf(req);
      // Only a missing list defaults to the creator's stations; an explicit null asks for every station.
      const stationIds =
        req.body.stationIds !== undefined
          ? req.body.stationIds
          : actor.stationIds
            ? [...actor.stationIds]
            : null;
      return reply.status(201).send(await inviteStaff(db, actor, { ...req.body, stationIds }));
    },
  );

  app.get(
    '/invitations',
    {
      config: { access: { permission: 'users.read' } },
      schema: {
        tags,
        summary: 'Invitations not yet accepted',
        response: { 200: z.object({ items: z.array(InvitationOut) }) },
      },
    },
    async (req) => ({ items: await listOrgInvitations(db, actorOf(req)) }),
  );

  app.delete(
    '/invitations/:id',
    {
      config: { access: { permission: 'users.write' } },
      schema: { tags, summary: 'Withdraw an invitation', params: IdParams },
    },
    async (req, reply) => {
      await cancelInvitation(db, actorOf(req), req.params.id);
      return reply.status(204).send();
    },
  );

  app.patch(
    '/users/:id',
    {
      config: { access: { permission: 'users.write' }, refuses: [409] },
      schema: {
        tags,
        summary: 'Change a person’s name in this org, role, stations or status (never their account)',
        params: IdParams,
        body: UserPatch,
        response: { 200: MemberOut },
      },
    },
    async (req) => changeStaff(db, actorOf(req), req.params.id, req.body),
  );

  app.post(
    '/users/:id/reset-password',
    {
      config: { access: { permission: 'users.write' }, refuses: [409] },
      schema: {
        tags,
        summary: 'Issue a new one-time password',
        params: IdParams,
        response: { 200: z.object({ oneTimePassword: z.string() }) },
      },
    },
    async (req) => ({ oneTimePassword: await resetStaffPassword(db, actorOf(req), req.params.id) }),
  );

  app.delete(
    '/users/:id',
    {
      config: { access: { permission: 'users.write' }, refuses: [409] },
      schema: { tags, summary: 'Remove a person from this org', params: IdParams },
    },
    async (req, reply) => {
      await removeStaff(db, actorOf(req), req.params.id);
      return reply.status(204).send();
    },
  );
}
