import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { App, AppContext } from '../app/context.js';
import { HttpProblem, notFound, unauthorized } from '../app/problems.js';
import type { Db } from '../db/database.js';
import { invitationsToEmail } from '../tenancy/invitation-store.js';
import { acceptInvitation, declineInvitation } from '../tenancy/invitations.js';
import { IdParams } from '../tenancy/schemas.js';
import { findOrgById, listStations, orgsOfUser, toOrg } from '../tenancy/store.js';
import { loadSession, SESSION_COOKIE, type SessionAuth } from './authenticate.js';
import { hashPassword, passwordProblem, verifyPassword } from './domain/passwords.js';
import { type Permission, permissionNames, permissionsOf, ROLES } from './domain/permissions.js';
import { completeTotp, signIn } from './sign-in.js';
import {
  deleteOtherSessions,
  deleteSession,
  findUserById,
  listSessionsOfUser,
  updateSession,
  updateUser,
} from './store.js';

const Credentials = z.strictObject({
  email: z.string().trim().min(1).max(320),
  password: z.string().min(1).max(200),
});
const SignedIn = z.object({ status: z.enum(['signed-in', 'totp-required']), csrfToken: z.string() });
export const Code = z.strictObject({ code: z.string().trim().min(6).max(10) });

const StationOut = z.object({
  id: z.string(),
  code: z.string(),
  name: z.string(),
  timeZone: z.string(),
  state: z.string(),
});
const MeWithoutPermissions = z.object({
  user: z.object({
    id: z.string(),
    email: z.string(),
    name: z.string(),
    mustChangePassword: z.boolean(),
    totpEnabled: z.boolean(),
  }),
  org: z.object({ id: z.string(), name: z.string(), slug: z.string(), requireMfa: z.boolean() }).nullable(),
  role: z.enum(ROLES).nullable(),
  stations: z.array(StationOut),
  orgs: z.array(z.object({ id: z.string(), name: z.string(), slug: z.string(), role: z.enum(ROLES) })),
  /** Places offered to this account, waiting for it to accept or decline. */
  invitations: z.array(
    z.object({ id: z.string(), orgName: z.string(), role: z.enum(ROLES), expiresAt: z.string() }),
  ),
  csrfToken: z.string(),
  mfaSetupRequired: z.boolean(),
});
type Me = z.infer<typeof MeWithoutPermissions> & { permissions: Permission[] };

/** Me, naming every permission: built once the app has added every slice's (`assembleSlices`). */
const meSchema = () => MeWithoutPermissions.extend({ permissions: z.array(z.enum(permissionNames())) });

const GENERIC_REFUSAL = 'Email or password is incorrect.';

export function sessionOf(req: FastifyRequest): SessionAuth {
  if (req.auth?.kind !== 'session') throw unauthorized('This needs a signed-in session, not an API token.');
  return req.auth;
}

function setSessionCookie(req: FastifyRequest, reply: FastifyReply, token: string, days: number) {
  reply.setCookie(SESSION_COOKIE, token, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure: req.protocol === 'https',
    maxAge: days * 86_400,
  });
}

async function describeMe(db: Db, auth: SessionAuth): Promise<Me> {
  const user = await findUserById(db, auth.userId);
  if (!user) throw unauthorized();
  const [orgs, invitations, orgRow, stations] = await Promise.all([
    orgsOfUser(db, user.id),
    invitationsToEmail(db, user.email),
    auth.actor ? findOrgById(db, auth.actor.orgId) : undefined,
    auth.actor ? listStations(db, auth.actor, 500) : { items: [] },
  ]);
  return {
    user: {
      id: user.id,
      email: user.email,
      name: user.name,
      mustChangePassword: user.must_change_password === 1,
      totpEnabled: user.totp_secret !== null,
    },
    org: orgRow ? toOrg(orgRow) : null,
    role: auth.actor?.role ?? null,
    stations: stations.items.map(({ id, code, name, timeZone, state }) => ({
      id,
      code,
      name,
      timeZone,
      state,
    })),
    orgs,
    invitations: invitations.map((i) => ({
      id: i.id,
      orgName: i.org_name,
      role: i.role,
      expiresAt: i.expires_at,
    })),
    csrfToken: auth.csrfToken,
    mfaSetupRequired: auth.mfaSetupRequired,
    permissions: auth.actor ? permissionsOf(auth.actor.role) : [],
  };
}

export function authRoutes(app: App, ctx: AppContext): void {
  const { handle, config } = ctx;
  const { db } = handle;
  const tags = ['auth'];
  const Me = meSchema();

  app.post(
    '/auth/login',
    {
      config: { access: { public: true }, refuses: [429] },
      schema: {
        tags,
        summary: 'Sign in with email and password',
        body: Credentials,
        response: { 200: SignedIn },
      },
    },
    async (req, reply) => {
      const result = await signIn(db, {
        ...req.body,
        ip: req.ip,
        userAgent: req.headers['user-agent'] ?? null,
        sessionDays: config.SESSION_DAYS,
      });
      if (result.status === 'throttled') {
        throw new HttpProblem(
          429,
          'Too Many Requests',
          'Too many failed sign-ins. Wait 15 minutes and try again.',
        );
      }
      if (result.status === 'refused') throw unauthorized(GENERIC_REFUSAL);
      setSessionCookie(req, reply, result.token, config.SESSION_DAYS);
      return { status: result.status, csrfToken: result.csrfToken };
    },
  );

  app.post(
    '/auth/totp',
    {
      config: { access: { totpStep: true }, refuses: [429] },
      schema: {
        tags,
        summary: 'Second sign-in step: the authenticator code',
        body: Code,
        response: { 200: SignedIn },
      },
    },
    async (req) => {
      const auth = sessionOf(req);
      if (!auth.totpPending) return { status: 'signed-in' as const, csrfToken: auth.csrfToken };
      const outcome = await completeTotp(db, {
        sessionId: auth.sessionId,
        userId: auth.userId,
        code: req.body.code,
        ip: req.ip,
      });
      if (outcome === 'throttled')
        throw new HttpProblem(429, 'Too Many Requests', 'Too many wrong codes. Wait 15 minutes.');
      if (outcome === 'refused')
        throw unauthorized('That code is not right. Use the newest code from your app.');
      return { status: 'signed-in' as const, csrfToken: auth.csrfToken };
    },
  );

  app.post(
    '/auth/logout',
    {
      config: { access: { totpStep: true, account: true } },
      schema: { tags, summary: 'Sign out this session' },
    },
    async (req, reply) => {
      const auth = sessionOf(req);
      await deleteSession(db, auth.userId, auth.sessionId);
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return reply.status(204).send();
    },
  );

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

  app.post(
    '/auth/password',
    {
      config: { access: { account: true } },
      schema: {
        tags,
        summary: 'Change my password (signs out my other sessions)',
        body: z.strictObject({ currentPassword: z.string().max(200), newPassword: z.string().max(200) }),
      },
    },
    async (req, reply) => {
      const auth = sessionOf(req);
      const user = await findUserById(db, auth.userId);
      if (!user || !(await verifyPassword(user.password_hash, req.body.currentPassword))) {
        throw new HttpProblem(400, 'Bad Request', 'The current password is not right.', [
          { path: 'currentPassword', message: 'The current password is not right.' },
        ]);
      }
      const problem = passwordProblem(req.body.newPassword);
      if (problem)
        throw new HttpProblem(400, 'Bad Request', problem, [{ path: 'newPassword', message: problem }]);
      await updateUser(db, user.id, {
        password_hash: await hashPassword(req.body.newPassword),
        must_change_password: 0,
      });
      await deleteOtherSessions(db, user.id, auth.sessionId);
      return reply.status(204).send();
    },
  );

  app.get(
    '/auth/sessions',
    {
      config: { access: { account: true } },
      schema: {
        tags,
        summary: 'My signed-in sessions',
        response: {
          200: z.object({
            items: z.array(
              z.object({
                id: z.string(),
                createdAt: z.string(),
                lastSeenAt: z.string(),
                ip: z.string().nullable(),
                userAgent: z.string().nullable(),
                current: z.boolean(),
              }),
            ),
          }),
        },
      },
    },
    async (req) => {
      const auth = sessionOf(req);
      const rows = await listSessionsOfUser(db, auth.userId);
      return {
        items: rows.map((r) => ({
          id: r.id,
          createdAt: r.created_at,
          lastSeenAt: r.last_seen_at,
          ip: r.ip,
          userAgent: r.user_agent,
          current: r.id === auth.sessionId,
        })),
      };
    },
  );

  app.delete(
    '/auth/sessions/:id',
    {
      config: { access: { account: true } },
      schema: { tags, summary: 'Sign out one of my sessions', params: z.object({ id: z.string() }) },
    },
    async (req, reply) => {
      const auth = sessionOf(req);
      if (!(await deleteSession(db, auth.userId, req.params.id))) throw notFound('Session');
      return reply.status(204).send();
    },
  );

  myInvitationRoutes(app, ctx);
}

/** The signed-in person answers the invitations to their email; accepting takes them into that org. */
function myInvitationRoutes(app: App, { handle, config }: AppContext): void {
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
