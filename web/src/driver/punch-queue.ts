import { type Delivery, type Drained, drain, type Outbox } from '../../../src/shared/outbox.js';
import { ApiError } from '../app/api.js';
import { type MyPunch, myPayrollApi, type PunchInput } from '../payroll/me-api.js';
import { done, refusal, retryLater, store } from './offline-queue.js';

/**
 * Time clock punches waiting on the phone (IndexedDB, beside the inspections): a punch is kept first,
 * with the instant of the tap and its client id, then sent; a dropped connection leaves it here until
 * the browser is back online or a clock page loads. The server stores a resent punch once.
 */
export interface QueuedPunch extends PunchInput {
  /** The login and org it belongs to: a shared phone never sends one DA's punch as another's. */
  userId: string;
  orgId: string;
  /** Why the server refused it, for the DA to see. */
  error: string | null;
}

export async function queuedPunches(userId: string, orgId: string): Promise<QueuedPunch[]> {
  try {
    const all = (await done((await store('punches')).getAll())) as QueuedPunch[];
    return all
      .filter((p) => p.userId === userId && p.orgId === orgId)
      .sort((a, b) => a.at.localeCompare(b.at));
  } catch {
    // No IndexedDB (a private window on some browsers): nothing is waiting.
    return [];
  }
}

const save = async (p: QueuedPunch) => done((await store('punches', 'readwrite')).put(p));

const outbox = (userId: string, orgId: string): Outbox<QueuedPunch> => ({
  waiting: async () => (await queuedPunches(userId, orgId)).filter((p) => p.error === null),
  remove: async (p) => {
    await done((await store('punches', 'readwrite')).delete(p.clientId));
  },
  reject: async (p, message) => {
    await save({ ...p, error: message });
  },
});

const toBody = ({ clientId, kind, at, location }: QueuedPunch): PunchInput => ({
  clientId,
  kind,
  at,
  ...(location ? { location } : {}),
});

async function deliver(p: QueuedPunch, sent: MyPunch[]): Promise<Delivery> {
  try {
    sent.push(await myPayrollApi.punch(toBody(p)));
    return { kind: 'sent' };
  } catch (e) {
    if (e instanceof ApiError && retryLater(e)) return { kind: 'offline' };
    if (!(e instanceof ApiError) && navigator.onLine === false) return { kind: 'offline' };
    return { kind: 'rejected', message: refusal(e) };
  }
}

let sending: Promise<Drained & { punches: MyPunch[] }> | null = null;

/** Sends every waiting punch of this login in tap order; a second call waits for the first. */
export function sendPunches(userId: string, orgId: string) {
  sending ??= (async () => {
    const punches: MyPunch[] = [];
    try {
      return { ...(await drain(outbox(userId, orgId), (p) => deliver(p, punches))), punches };
    } finally {
      sending = null;
    }
  })();
  return sending;
}

export type PunchOutcome =
  | { kind: 'sent'; punch: MyPunch }
  | { kind: 'saved' }
  /** No connection and no storage on this phone: nothing was kept. */
  | { kind: 'unsaved' }
  | { kind: 'rejected'; message: string };

/**
 * Keeps the punch on the phone, then tries to send what is waiting: sent, saved on the phone to send
 * later, or refused with the server's words. Without IndexedDB it is sent straight away.
 */
export async function punchNow(p: QueuedPunch): Promise<PunchOutcome> {
  const sent: MyPunch[] = [];
  try {
    await save(p);
  } catch {
    const d = await deliver(p, sent);
    return d.kind === 'sent'
      ? { kind: 'sent', punch: sent[0] as MyPunch }
      : d.kind === 'offline'
        ? { kind: 'unsaved' }
        : d;
  }
  let result = await sendPunches(p.userId, p.orgId);
  // A round already under way started before this punch was kept: go again for it.
  if (!result.punches.some((x) => x.clientId === p.clientId) && result.left === 0)
    result = await sendPunches(p.userId, p.orgId);
  const punch = result.punches.find((x) => x.clientId === p.clientId);
  if (punch) return { kind: 'sent', punch };
  const kept = (await queuedPunches(p.userId, p.orgId)).find((x) => x.clientId === p.clientId);
  return kept?.error ? { kind: 'rejected', message: kept.error } : { kind: 'saved' };
}

/** Forgets a punch the server refused, once the DA has read why. */
export async function dismissPunch(clientId: string): Promise<void> {
  await done((await store('punches', 'readwrite')).delete(clientId));
}
