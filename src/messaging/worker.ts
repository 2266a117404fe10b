import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import type { Config } from '../app/config.js';
import type { Db } from '../db/database.js';
import type { MessagesTable } from '../db/schema.js';
import { findDriversByIds } from '../people/store.js';
import { type Repeating, repeatEvery } from '../shared/repeat.js';
import { findOrgStationZones } from '../tenancy/store.js';
import { optOutAtProvider } from './consent.js';
import { afterAttempt, type OutboxCandidate, planOutbox, type SendOutcome } from './domain/outbox.js';
import {
  applyPlan,
  claimTexts,
  type DueText,
  dueTexts,
  finishText,
  orgsWithDueTexts,
  textsAttemptedSince,
} from './outbox-store.js';
import { providerFromConfig } from './providers/from-config.js';
import type { Log, SmsProvider } from './providers/provider.js';
import { findOptOuts, lockSettings } from './settings-store.js';

/** Texts one org's claim takes at a time. */
const BATCH = 50;
/** How long a claim holds a row: well past the longest send (the provider's 15 s timeout). */
const CLAIM_MS = 2 * 60_000;

export interface DrainResult {
  sent: number;
  retried: number;
  failed: number;
  blocked: number;
  deferred: number;
}

/**
 * Sends the texts due at `now` (the drain's clock, so tests need no timers): per org, claim what may go
 * (`planOutbox`), send each claimed text through the provider, record the outcome. Safe to run in
 * several processes at once: a text is claimed by one worker only.
 */
export async function drainOutbox(
  db: Db,
  provider: SmsProvider,
  now: Date = new Date(),
): Promise<DrainResult> {
  const result: DrainResult = { sent: 0, retried: 0, failed: 0, blocked: 0, deferred: 0 };
  for (const orgId of await orgsWithDueTexts(db, now.toISOString())) {
    const claimed = await claimOrgTexts(db, orgId, now, result);
    for (const row of claimed) await sendText(db, provider, row, now, result);
  }
  return result;
}

async function claimOrgTexts(db: Db, orgId: string, now: Date, result: DrainResult) {
  const at = now.toISOString();
  return db.transaction().execute(async (trx) => {
    const settings = await lockSettings(trx, orgId);
    const due = await dueTexts(trx, orgId, at, BATCH);
    if (due.length === 0) return [];
    const lastMinute = new Date(now.getTime() - 60_000).toISOString();
    const plan = planOutbox(
      await candidatesOf(trx, orgId, due),
      settings,
      await textsAttemptedSince(trx, orgId, lastMinute),
      now,
    );
    await applyPlan(trx, orgId, plan, at);
    for (const s of plan.settle) result[s.status] += 1;
    result.deferred += plan.defer.length;
    const until = new Date(now.getTime() + CLAIM_MS).toISOString();
    return claimTexts(trx, orgId, plan.send, { token: randomUUID(), now: at, until });
  });
}

/** Each due text with the DA as they are now, their station's zone and the number's opt-out. */
async function candidatesOf(db: Db, orgId: string, due: DueText[]): Promise<OutboxCandidate[]> {
  const das = new Map(
    (
      await findDriversByIds(
        db,
        orgId,
        due.map((d) => d.driver_id),
      )
    ).map((d) => [d.id, d]),
  );
  const zones = await findOrgStationZones(db, orgId);
  const phones = due.map((d) => d.to_phone as string);
  const optOuts = await findOptOuts(db, orgId, phones);
  return due.map((r) => {
    const da = das.get(r.driver_id);
    return {
      id: r.id,
      toPhone: r.to_phone as string,
      da: da ?? null,
      timeZone: da ? (zones.get(da.homeStationId) ?? null) : null,
      optedOutAt: optOuts.get(r.to_phone as string) ?? null,
    };
  });
}

async function sendText(db: Db, provider: SmsProvider, row: MessagesTable, now: Date, result: DrainResult) {
  const phone = row.to_phone as string;
  const outcome = await provider
    .send({ messageId: row.id, to: phone, body: row.body })
    // Providers answer rather than throw; a bug in one must not leave the text held until its claim ends.
    .catch((e: unknown): SendOutcome => ({ kind: 'retry', error: `The provider failed: ${String(e)}` }));
  const after = afterAttempt(outcome, row.attempts, now);
  const at = now.toISOString();
  await db.transaction().execute(async (trx) => {
    await finishText(trx, row, { ...after, provider: provider.name }, at);
    if (after.status === 'blocked') {
      await optOutAtProvider(trx, { org_id: row.org_id, phone, at, provider: provider.name });
    }
  });
  result[after.status === 'queued' ? 'retried' : after.status] += 1;
}

export type OutboxWorker = Repeating;

/** Drains the outbox every `everyMs` until stopped; a failed drain is logged and the next one tries again. */
export function startOutboxWorker(db: Db, provider: SmsProvider, log: Log, everyMs = 5_000): OutboxWorker {
  return repeatEvery(
    async () => {
      const r = await drainOutbox(db, provider);
      if (Object.values(r).some((n) => n > 0)) log.info(r, 'Outbox drained');
    },
    everyMs,
    (error) => log.error({ err: error }, 'Outbox drain failed'),
  );
}

/** The server runs the worker while it listens (tests that only inject never start it). */
export function installOutboxWorker(app: FastifyInstance, db: Db, config: Config): void {
  let worker: OutboxWorker | null = null;
  app.addHook('onListen', async () => {
    worker = startOutboxWorker(db, providerFromConfig(config, app.log), app.log);
  });
  app.addHook('onClose', async () => {
    await worker?.stop();
  });
}
