import { z } from 'zod';
import type { App, AppContext } from '../app/context.js';
import { HttpProblem, notFound } from '../app/problems.js';
import { hashPassword, passwordProblem, verifyPassword } from './domain/passwords.js';
import { sessionOf } from './session-of.js';
import { deleteOtherSessions, deleteSession, findUserById, listSessionsOfUser, updateUser } from './store.js';

/** My password and my signed-in sessions. */
export function accountRoutes(app: App, { handle }: AppContext): void {
  const { db } = handle;
  const tags = ['auth'];
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
}
