import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Auth } from '../auth/authenticate.js';
import type { DatabaseHandle } from '../db/database.js';
import { dataVersionOf } from './request-version.js';

declare module 'fastify' {
  interface FastifyContextConfig {
    /**
     * A pure read of the database and the calendar: its 200 answer is kept and given again while the
     * database has not changed (answer-cache.ts).
     */
    keepAnswer?: boolean;
  }
  interface FastifyRequest {
    answerSlot: AnswerSlot | null;
  }
}

/** An answer this request makes to keep; `making` when others wait for it. */
interface AnswerSlot {
  key: string;
  version: string;
  making: Making | null;
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
  if (req.method !== 'GET' || !req.auth) return null;
  const who = caller(req.auth);
  return who && `${who}\n${req.url}`;
};

/** An answer being made: callers of the same key and version meanwhile wait for it (single flight). */
interface Making {
  version: string;
  made: Promise<Kept | null>;
  settle: (kept: Kept | null) => void;
}

function startMaking(version: string): Making {
  let settle: Making['settle'] = () => {};
  const made = new Promise<Kept | null>((resolve) => {
    settle = resolve;
  });
  return { version, made, settle };
}

const hooksWith = <T>(hooks: T | T[] | undefined, hook: T): T[] => [
  ...(hooks === undefined ? [] : Array.isArray(hooks) ? hooks : [hooks]),
  hook,
];

/**
 * Keeps the 200 answers of the routes marked `keepAnswer`, per process, each under the database's
 * data version (src/db/data-version.ts) and the quarter hour it was made in, and gives one again only
 * while both are the same: any write, from any process, makes every kept answer unusable, so an answer
 * is never older than the last write. A kept answer is sent as the bytes it was: no validation,
 * handler nor serialisation. While one request makes an answer, others for the same key and version
 * wait for it rather than make it too (the first answers after a write, under load, would otherwise
 * all be made at once). Its hooks run only on the marked routes, after access control: the caller is
 * known and allowed.
 */
export function installAnswerCache(
  app: FastifyInstance,
  handle: Pick<DatabaseHandle, 'db' | 'dialect'>,
  { maxEntries = 2000, maxBytes = 64 * 1024 * 1024 } = {},
): void {
  const answers = new Answers(maxEntries, maxBytes);
  const making = new Map<string, Making>();
  app.decorateRequest('answerSlot', null);

  const giveKept = async (req: FastifyRequest, reply: FastifyReply) => {
    const key = keyOf(req);
    if (!key) return;
    // Read before the answer is made: a write meanwhile leaves it under a version already gone.
    const version = `${await dataVersionOf(req, handle)}@${Math.floor(Date.now() / QUARTER_HOUR_MS)}`;
    const kept = answers.get(key);
    if (kept?.version === version) return reply.type(kept.type).send(kept.body);
    const other = making.get(key);
    if (other?.version === version) {
      const made = await other.made;
      // Not kept (a refusal, a failure): this request makes its own answer.
      if (made) return reply.type(made.type).send(made.body);
      req.answerSlot = { key, version, making: null };
      return;
    }
    const mine = startMaking(version);
    making.set(key, mine);
    req.answerSlot = { key, version, making: mine };
    // Whatever becomes of this request (a failure, a closed connection), those waiting go on.
    reply.raw.once('close', () => done(req.answerSlot, null));
  };

  /** Lets those waiting for this request's answer have it (once; null: they make their own). */
  const done = (slot: AnswerSlot | null, kept: Kept | null) => {
    const mine = slot?.making;
    if (!slot || !mine) return;
    if (making.get(slot.key) === mine) making.delete(slot.key);
    slot.making = null;
    mine.settle(kept);
  };

  const keep = async (req: FastifyRequest, reply: FastifyReply, payload: unknown) => {
    const slot = req.answerSlot;
    if (!slot) return payload;
    const ok = reply.statusCode === 200 && typeof payload === 'string';
    const kept = ok
      ? { version: slot.version, body: Buffer.from(payload), type: String(reply.getHeader('content-type')) }
      : null;
    if (kept) answers.set(slot.key, kept);
    done(slot, kept);
    return payload;
  };

  app.addHook('onRoute', (route) => {
    if (!route.config?.keepAnswer) return;
    route.onRequest = hooksWith(route.onRequest, giveKept);
    route.onSend = hooksWith(route.onSend, keep);
  });
}
