import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Auth } from '../auth/authenticate.js';
import { dataVersion } from '../db/data-version.js';
import type { DatabaseHandle } from '../db/database.js';

declare module 'fastify' {
  interface FastifyContextConfig {
    /**
     * A pure read of the database and the calendar: its 200 answer is kept and given again while the
     * database has not changed (answer-cache.ts).
     */
    keepAnswer?: boolean;
  }
  interface FastifyRequest {
    answerSlot: { key: string; version: string } | null;
  }
}

/** Business dates change at local midnights, and every zone's offset is a whole number of quarter hours. */
const QUARTER_HOUR_MS = 15 * 60_000;

/** Who an answer was made for: the same URL answers differently by org, role, station scope and user. */
function caller(auth: Auth): string | null {
  const { actor } = auth;
  if (!actor) return null;
  const who = auth.kind === 'token' ? `token:${auth.tokenId}` : `user:${actor.userId}`;
  return `${who} ${actor.orgId} ${actor.role} ${actor.stationIds?.join(',') ?? '*'}`;
}

interface Kept {
  version: string;
  /** Encoded once: writing a kept list again costs no UTF-8 encoding nor length count. */
  body: Buffer;
  type: string;
}

/** The most recently used answers, within a count and a size. */
class Answers {
  readonly #kept = new Map<string, Kept>();
  #bytes = 0;
  constructor(
    private readonly maxEntries: number,
    private readonly maxBytes: number,
  ) {}

  get(key: string): Kept | undefined {
    const kept = this.#kept.get(key);
    if (kept) {
      // Map keeps insertion order: moving a used answer to the end leaves the least used first.
      this.#kept.delete(key);
      this.#kept.set(key, kept);
    }
    return kept;
  }

  set(key: string, kept: Kept): void {
    this.delete(key);
    if (kept.body.length > this.maxBytes) return;
    this.#kept.set(key, kept);
    this.#bytes += kept.body.length;
    for (const oldest of this.#kept.keys()) {
      if (this.#kept.size <= this.maxEntries && this.#bytes <= this.maxBytes) break;
      this.delete(oldest);
    }
  }

  private delete(key: string): void {
    const old = this.#kept.get(key);
    if (!old) return;
    this.#bytes -= old.body.length;
    this.#kept.delete(key);
  }
}

const keyOf = (req: FastifyRequest): string | null => {
  if (req.method !== 'GET' || !req.routeOptions.config?.keepAnswer || !req.auth) return null;
  const who = caller(req.auth);
  return who && `${who}\n${req.url}`;
};

/**
 * Keeps the 200 answers of the routes marked `keepAnswer`, per process, each under the database's
 * data version (src/db/data-version.ts) and the quarter hour it was made in, and gives one again only
 * while both are the same: any write, from any process, makes every kept answer unusable, so an answer
 * is never older than the last write. Installed after access control: the caller is known and allowed.
 */
export function installAnswerCache(
  app: FastifyInstance,
  handle: Pick<DatabaseHandle, 'db' | 'dialect'>,
  { maxEntries = 2000, maxBytes = 64 * 1024 * 1024 } = {},
): void {
  const answers = new Answers(maxEntries, maxBytes);
  app.decorateRequest('answerSlot', null);
  app.addHook('onRequest', async (req, reply) => {
    const key = keyOf(req);
    if (!key) return;
    // Read before the answer is made: a write meanwhile leaves it under a version already gone.
    const version = `${await dataVersion(handle)}@${Math.floor(Date.now() / QUARTER_HOUR_MS)}`;
    const kept = answers.get(key);
    if (kept?.version === version) return reply.type(kept.type).send(kept.body);
    req.answerSlot = { key, version };
  });
  app.addHook('onSend', async (req, reply, payload) => {
    const slot = req.answerSlot;
    if (slot && reply.statusCode === 200 && typeof payload === 'string') {
      answers.set(slot.key, {
        version: slot.version,
        body: Buffer.from(payload),
        type: String(reply.getHeader('content-type')),
      });
    }
    return payload;
  });
}
