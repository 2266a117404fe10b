import { quietUntil } from './quiet-hours.js';
import type { MessagingSettings, Recipient } from './settings.js';

/** Sends tried before a text is given up as failed. */
export const MAX_ATTEMPTS = 5;

/** Minutes to wait after the n-th failed attempt: 1, 5, 25, 125. */
export const retryDelayMinutes = (attempt: number): number => 5 ** (attempt - 1);

/** What a provider made of one send. */
export type SendOutcome =
  | { kind: 'sent'; providerId: string }
  /** Worth trying again later: throttled, the provider down, the network. */
  | { kind: 'retry'; error: string }
  /** Never going to work for this message (a bad number). */
  | { kind: 'failed'; error: string }
  /** The number does not want texts (unsubscribed at the carrier or provider). */
  | { kind: 'blocked'; error: string };

/** A queued text due now, with what decides whether it may go. */
export interface OutboxCandidate {
  id: string;
  toPhone: string;
  /** The DA as they are now; null if no longer on file. */
  da: Recipient | null;
  /** The DA's home station's zone, for quiet hours. */
  timeZone: string | null;
  optedOutAt: string | null;
}

export interface OutboxPlan {
  settle: { id: string; status: 'failed' | 'blocked'; error: string }[];
  defer: { id: string; until: string }[];
  /** Within the org's rate limit, oldest first; the rest wait for the next minute. */
  send: string[];
}

/** Why a due text must not go at all; null when it may. */
function stopReason(c: OutboxCandidate, settings: MessagingSettings) {
  if (!settings.smsEnabled)
    return {
      status: 'failed',
      error: 'Texts were turned off for the organisation before it went out.',
    } as const;
  if (!c.da || !c.timeZone) return { status: 'failed', error: 'The DA is no longer on file.' } as const;
  if (c.optedOutAt)
    return { status: 'blocked', error: `The number replied STOP on ${c.optedOutAt.slice(0, 10)}.` } as const;
  if (!c.da.smsConsentAt) return { status: 'blocked', error: 'The DA withdrew consent to texts.' } as const;
  if (c.da.phone !== c.toPhone)
    return { status: 'failed', error: 'The DA’s phone number changed; not sent to the old one.' } as const;
  return null;
}

/**
 * Decides, for an org's due texts, which are settled without sending (texts off, opted out, consent
 * withdrawn), which wait for the end of quiet hours at the DA's station, and which go now within
 * the org's rate limit (`sentLastMinute` already went out in the last 60 seconds).
 */
export function planOutbox(
  candidates: readonly OutboxCandidate[],
  settings: MessagingSettings,
  sentLastMinute: number,
  now: Date,
): OutboxPlan {
  const plan: OutboxPlan = { settle: [], defer: [], send: [] };
  let budget = Math.max(0, settings.ratePerMinute - sentLastMinute);
  for (const c of candidates) {
    const stop = stopReason(c, settings);
    if (stop) {
      plan.settle.push({ id: c.id, ...stop });
      continue;
    }
    const until = quietUntil(now, c.timeZone as string, settings.quietStart, settings.quietEnd);
    if (until) plan.defer.push({ id: c.id, until });
    else if (budget > 0) {
      plan.send.push(c.id);
      budget -= 1;
    }
  }
  return plan;
}

/** The row's state after an attempt (its `attempts` already counts this one). */
export interface AttemptResult {
  status: 'queued' | 'sent' | 'failed' | 'blocked';
  providerId: string | null;
  nextAttemptAt: string | null;
  lastError: string | null;
}

export function afterAttempt(outcome: SendOutcome, attempts: number, now: Date): AttemptResult {
  switch (outcome.kind) {
    case 'sent':
      return { status: 'sent', providerId: outcome.providerId, nextAttemptAt: null, lastError: null };
    case 'retry':
      if (attempts >= MAX_ATTEMPTS) {
        const error = `${outcome.error} Gave up after ${attempts} attempts.`;
        return { status: 'failed', providerId: null, nextAttemptAt: null, lastError: error };
      }
      return {
        status: 'queued',
        providerId: null,
        nextAttemptAt: new Date(now.getTime() + retryDelayMinutes(attempts) * 60_000).toISOString(),
        lastError: outcome.error,
      };
    default:
      return { status: outcome.kind, providerId: null, nextAttemptAt: null, lastError: outcome.error };
  }
}
