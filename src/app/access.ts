import { timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { type Auth, authenticateSession, authenticateToken, SESSION_COOKIE } from '../auth/authenticate.js';
import { type Actor, can, type Permission } from '../auth/domain/permissions.js';
import type { DatabaseHandle } from '../db/database.js';
import { forbidden, HttpProblem, unauthorized } from './problems.js';
import { rememberWhileUnchanged } from './remembered.js';
import { dataVersionOf } from './request-version.js';

/**
 * What a route asks of its caller. Routes say nothing to require a signed-in member of an org;
 * everything is checked here, in one place, before the handler runs.
 */
export interface AccessConfig {
  /** Anyone may call it (login, health). */
  public?: boolean;
  /** The caller needs this permission in their current org. */
  permission?: Permission;
  /** Reachable by a signed-in user with no org picked (profile, org switch, password, 2FA). */
  account?: boolean;
  /** Reachable while the second sign-in step (TOTP) is still pending. */
  totpStep?: boolean;
}

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: AccessConfig;
  }
  interface FastifyRequest {
    auth: Auth | null;
  }
}

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** Compares secrets in constant time. */
export function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/** Who is calling: an API token or a session cookie, each looked up once while nothing changes. */
function authResolver(handle: DatabaseHandle, sessionDays: number) {
  const byToken = rememberWhileUnchanged((secret) => authenticateToken(handle.db, secret));
  const bySession = rememberWhileUnchanged((cookie) => authenticateSession(handle.db, cookie, sessionDays));
  return async (req: FastifyRequest): Promise<Auth | null> => {
    const header = req.headers.authorization;
    if (header?.startsWith('Bearer ')) {
      const token = await byToken(header.slice(7).trim(), await dataVersionOf(req, handle));
      if (!token) throw unauthorized('The API token is not valid or was revoked.');
      return token;
    }
    const cookie = req.cookies[SESSION_COOKIE];
    return cookie ? bySession(cookie, await dataVersionOf(req, handle)) : null;
  };
}

/**
 * Whether the router sent the request to an API route. Decided by the route it matched, never by how
 * the path was spelled: the router decodes `/%61pi/v1/…` to `/api/v1/…` before matching.
 */
const routedToApi = (req: FastifyRequest): boolean => req.routeOptions.url?.startsWith('/api/v1/') ?? false;

/**
 * A path as a reader would take it (decoded, slashes collapsed, any case), for answering a path no
 * route matched: one spelled like the API gets a problem, not the web app.
 */
export function readablePath(url: string): string {
  const path = url.split('?')[0] ?? '';
  let decoded = path;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    // A malformed escape stays as sent.
  }
  return decoded.replace(/\/{2,}/g, '/').toLowerCase();
}

/** Checks who is calling and whether they may, for every /api route. */
export function installAccessControl(
  app: FastifyInstance,
  handle: DatabaseHandle,
  sessionDays: number,
): void {
  const resolveAuth = authResolver(handle, sessionDays);
  app.decorateRequest('auth', null);
  app.addHook('onRequest', async (req) => {
    // The API itself; /api/docs (the OpenAPI page) is public like the document it shows.
    if (!routedToApi(req)) return;
    const access = req.routeOptions.config?.access ?? {};
    // Public routes (sign-in, health, the OpenAPI document) need no lookup of who is calling.
    if (access.public) return;
    req.auth = await resolveAuth(req);
    const auth = req.auth;
    if (!auth) throw unauthorized();
    if (auth.kind === 'session') {
      if (UNSAFE.has(req.method)) {
        const sent = req.headers['x-csrf-token'];
        if (typeof sent !== 'string' || !sameSecret(sent, auth.csrfToken)) {
          throw new HttpProblem(
            403,
            'Forbidden',
            'Missing or wrong x-csrf-token header (take it from GET /api/v1/me).',
          );
        }
      }
      if (auth.totpPending) {
        if (access.totpStep) return;
        throw unauthorized('Enter the code from your authenticator app to finish signing in.');
      }
      if (access.account) return;
      if (auth.mustChangePassword) {
        throw forbidden('Choose your own password first: the one you were given works only once.');
      }
      if (auth.mfaSetupRequired) {
        throw forbidden(
          'Your organisation requires two-factor sign-in: set it up on your account page first.',
        );
      }
    }
    if (!auth.actor) throw forbidden('You are not a member of any organisation.');
    if (access.permission && !can(auth.actor.role, access.permission)) throw forbidden();
  });
}

/** The caller's actor in their current org; the access hook has already made sure there is one. */
export function actorOf(req: FastifyRequest): Actor {
  const actor = req.auth?.actor;
  if (!actor) throw forbidden('You are not a member of any organisation.');
  return actor;
}
