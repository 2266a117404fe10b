import type { FastifyRequest } from 'fastify';
import { unauthorized } from '../app/problems.js';
import type { SessionAuth } from './authenticate.js';

/** The signed-in session of this request; an API token may not use these routes. */
export function sessionOf(req: FastifyRequest): SessionAuth {
  if (req.auth?.kind !== 'session') throw unauthorized('This needs a signed-in session, not an API token.');
  return req.auth;
}
