import type { SendOutcome } from '../domain/outbox.js';
import type { SmsProvider } from './provider.js';

export interface TwilioOptions {
  accountSid: string;
  authToken: string;
  /** The sending number (E.164). */
  from: string;
  /** https://api.twilio.com, or a local server in tests. */
  baseUrl: string;
  /** Where Twilio posts delivery updates; null for none. */
  statusCallback: string | null;
  timeoutMs?: number;
}

/** Twilio's error body: `{code, message, more_info, status}`. */
interface TwilioError {
  code?: unknown;
  message?: unknown;
}

/** Twilio's code for a recipient who replied STOP to this sender. */
const UNSUBSCRIBED = 21610;

/**
 * What a Twilio error answer means for the message. Throttling (429) and Twilio's own failures (5xx) pass;
 * a bad login (401) is the account's problem, not the message's, so it is retried while someone fixes
 * it. Any other 4xx (an invalid or landline number, a blocked region) will never work.
 */
export function classifyTwilioError(status: number, body: TwilioError | null): SendOutcome {
  const code = typeof body?.code === 'number' ? body.code : null;
  const message = typeof body?.message === 'string' ? body.message : `HTTP ${status}`;
  const error = code === null ? `Twilio answered ${status}: ${message}` : `Twilio error ${code}: ${message}`;
  if (code === UNSUBSCRIBED) return { kind: 'blocked', error };
  if (status === 429 || status >= 500 || status === 401) return { kind: 'retry', error };
  return { kind: 'failed', error };
}

async function readJson(res: Response): Promise<Record<string, unknown> | null> {
  try {
    const body: unknown = await res.json();
    return body && typeof body === 'object' ? (body as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

/** Sends through Twilio's Messages resource (REST, form-encoded, basic auth with the account SID and token). */
export function twilioProvider(o: TwilioOptions): SmsProvider {
  const url = `${o.baseUrl.replace(/\/+$/, '')}/2010-04-01/Accounts/${o.accountSid}/Messages.json`;
  const authorization = `Basic ${Buffer.from(`${o.accountSid}:${o.authToken}`).toString('base64')}`;
  return {
    name: 'twilio',
    async send(sms) {
      const form = new URLSearchParams({ To: sms.to, From: o.from, Body: sms.body });
      if (o.statusCallback) form.set('StatusCallback', o.statusCallback);
      let res: Response;
      try {
        res = await fetch(url, {
          method: 'POST',
          headers: { authorization, accept: 'application/json' },
          body: form,
          signal: AbortSignal.timeout(o.timeoutMs ?? 15_000),
        });
      } catch (e) {
        return unanswered(e);
      }
      const body = await readJson(res);
      if (!res.ok) return classifyTwilioError(res.status, body);
      // Created but unreadable: Twilio has the message, so sending it again would text the DA twice.
      if (typeof body?.sid !== 'string')
        return { kind: 'failed', error: 'Twilio answered without a message id.' };
      return { kind: 'sent', providerId: body.sid };
    },
  };
}

/**
 * No answer. A refused or failed connection sent nothing, so it is retried; a timeout may have reached
 * Twilio, and a text is sent at most once, so it is not.
 */
function unanswered(e: unknown): SendOutcome {
  const error = e instanceof Error ? e : new Error(String(e));
  if (error.name === 'TimeoutError') {
    return { kind: 'failed', error: 'Twilio did not answer in time; not retried, as it may have been sent.' };
  }
  const cause = error.cause instanceof Error ? `: ${error.cause.message}` : '';
  return { kind: 'retry', error: `Could not reach Twilio (${error.message}${cause}).` };
}
