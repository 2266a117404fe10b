import type { Flag } from './tenancy.js';

// The messaging slice's tables, assembled into `Database` by src/db/schema.ts.

export type MessageStatus = 'queued' | 'sent' | 'delivered' | 'failed' | 'blocked';

/**
 * A message to a DA, written in the same transaction as what caused it: the outbox. In-app messages are
 * delivered as written; SMS rows are queued and sent by the messaging worker (src/messaging/worker.ts).
 */
export interface MessagesTable {
  org_id: string;
  id: string;
  driver_id: string;
  channel: 'in_app' | 'sms';
  /** What it is about, e.g. week_published, roster_published, reassigned. */
  topic: string;
  /** One message per cause and channel: a second write with the same key is ignored. */
  dedupe_key: string;
  body: string;
  link: string | null;
  status: MessageStatus;
  created_at: string;
  read_at: string | null;
  // The rest is SMS delivery state (null or 0 on in-app rows).
  /** E.164 number, copied when queued. */
  to_phone: string | null;
  /** Who sent it (log, twilio) and their id for it, which status callbacks name. */
  provider: string | null;
  provider_id: string | null;
  /** Sends tried so far (counted when a worker claims the row). */
  attempts: number;
  /** When a worker may try it (again); null once it is settled. */
  next_attempt_at: string | null;
  /** When a worker last took it to send: what the per-org rate limit counts. */
  last_attempt_at: string | null;
  last_error: string | null;
  sent_at: string | null;
  delivered_at: string | null;
  /** A worker holds the row until then; its token finds the rows it claimed. */
  claimed_until: string | null;
  claim_token: string | null;
}

/** An org's messaging settings; no row means the defaults (texts off). Times are local HH:MM. */
export interface MessagingSettingsTable {
  org_id: string;
  sms_enabled: Flag;
  /** No texts from quiet_start until quiet_end in the DA's station time zone (may wrap midnight). */
  quiet_start: string;
  quiet_end: string;
  rate_per_minute: number;
  updated_by: string;
  updated_at: string;
}

/** A number that asked for no more texts (STOP) or that the provider reports unsubscribed. START removes it. */
export interface SmsOptOutsTable {
  org_id: string;
  phone: string;
  opted_out_at: string;
  source: 'keyword' | 'provider';
  /** The word the DA sent, e.g. STOP or ALTO. */
  keyword: string | null;
}

/** The org's own wording of a message template in one language; no row means the default text. */
export interface MessageTemplatesTable {
  org_id: string;
  key: string;
  language: 'en' | 'es';
  /** Text with {variables}. */
  body: string;
  updated_by: string;
  updated_at: string;
}
