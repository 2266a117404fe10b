import QRCode from 'qrcode';
import { z } from 'zod';
import type { App, AppContext } from '../app/context.js';
import { HttpProblem, unauthorized } from '../app/problems.js';
import { verifyPassword } from './domain/passwords.js';
import { matchTotp, newTotpSecret, totpUri } from './domain/totp.js';
import { sessionOf } from './session-of.js';
import { Code } from './sign-in-routes.js';
import { findUserById, updateUser } from './store.js';

/** Two-factor sign-in for the signed-in person: enrol an authenticator app, finish, turn it off. */
export function totpEnrolmentRoutes(app: App, { handle }: AppContext): void {
  const { db } = handle;
  const tags = ['auth'];
  app.post(
    '/auth/totp/setup',
    {
      config: { access: { account: true }, refuses: [409] },
      schema: {
        tags,
        summary: 'Start two-factor enrolment: a new secret and its QR code',
        response: { 200: z.object({ secret: z.string(), otpauthUrl: z.string(), qrSvg: z.string() }) },
      },
    },
    async (req) => {
      const auth = sessionOf(req);
      const user = await findUserById(db, auth.userId);
      if (!user) throw unauthorized();
      // Replacing a working authenticator must go through "turn off", which asks for the password.
      if (user.totp_secret)
        throw new HttpProblem(
          409,
          'Conflict',
          'Two-factor sign-in is already on. Turn it off first to set up a new app.',
        );
      const secret = newTotpSecret();
      await updateUser(db, user.id, { totp_pending_secret: secret });
      const otpauthUrl = totpUri(secret, user.email);
      return { secret, otpauthUrl, qrSvg: await QRCode.toString(otpauthUrl, { type: 'svg', margin: 1 }) };
    },
  );

  app.post(
    '/auth/totp/enable',
    {
      config: { access: { account: true }, refuses: [409] },
      schema: { tags, summary: 'Finish enrolment with a code from the app', body: Code },
    },
    async (req, reply) => {
      const auth = sessionOf(req);
      const user = await findUserById(db, auth.userId);
      if (!user?.totp_pending_secret) throw new HttpProblem(409, 'Conflict', 'Start two-factor setup first.');
      const step = matchTotp(user.totp_pending_secret, req.body.code, null);
      if (step === null) {
        throw new HttpProblem(400, 'Bad Request', 'That code is not right.', [
          { path: 'code', message: 'That code is not right.' },
        ]);
      }
      await updateUser(db, user.id, {
        totp_secret: user.totp_pending_secret,
        totp_pending_secret: null,
        totp_last_step: step,
      });
      return reply.status(204).send();
    },
  );

  app.post(
    '/auth/totp/disable',
    {
      config: { access: { account: true } },
      schema: {
        tags,
        summary: 'Turn two-factor sign-in off (needs my password)',
        body: z.strictObject({ password: z.string().max(200) }),
      },
    },
    async (req, reply) => {
      const auth = sessionOf(req);
      const user = await findUserById(db, auth.userId);
      if (!user || !(await verifyPassword(user.password_hash, req.body.password))) {
        throw new HttpProblem(400, 'Bad Request', 'The password is not right.', [
          { path: 'password', message: 'The password is not right.' },
        ]);
      }
      await updateUser(db, user.id, { totp_secret: null, totp_pending_secret: null, totp_last_step: null });
      return reply.status(204).send();
    },
  );
}
