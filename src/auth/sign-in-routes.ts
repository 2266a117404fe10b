import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { App, AppContext } from '../app/context.js';
import { HttpProblem, unauthorized } from '../app/problems.js';
import { SESSION_COOKIE } from './authenticate.js';
import { sessionOf } from './session-of.js';
import { completeTotp, signIn } from './sign-in.js';
import { deleteSession } from './store.js';

const Credentials = z.strictObject({
  email: z.string().trim().min(1).max(320),
  password: z.string().min(1).max(200),
});
const SignedIn = z.object({ status: z.enum(['signed-in', 'totp-required']), csrfToken: z.string() });
/** An authenticator code, as the second sign-in step and finishing two-factor enrolment take it. */
export const Code = z.strictObject({ code: z.string().trim().min(6).max(10) });

const GENERIC_REFUSAL = 'Email or password is incorrect.';

function setSessionCookie(req: FastifyRequest, reply: FastifyReply, token: string, days: number) {
  reply.setCookie(SESSION_COOKIE, token, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure: req.protocol === 'https',
    maxAge: days * 86_400,
  });
}

/** Signing in (password, then the authenticator code where one is set up) and out. */
export function signInRoutes(app: App, { handle, config }: AppContext): void {
  const { db } = handle;
  const tags = ['auth'];
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
}
