import { countOf } from '../db/count.js';
import type { Db } from '../db/database.js';
import { newestFirstPage } from '../db/newest-first.js';
import type { MessageStatus, MessagesTable } from '../db/schema.js';
import { type Driver, findDriversByIds } from '../people/store.js';
import { newId, nowIso } from '../shared/ids.js';
import { findOrgById } from '../tenancy/store.js';
import { whyInAppOnly } from './domain/settings.js';
import { renderTemplate, type TemplateRef } from './domain/templates.js';
import { findSettings } from './settings-store.js';
import { findOverrides, overrideKey } from './templates-store.js';

export interface NewMessage {
  driverId: string;
  topic: string;
  /** One message per cause: writing the same key again does nothing. */
  dedupeKey: string;
  /** The text in the DA's language, as the default template words it. */
  body: string;
  link: string | null;
  /** The template it came from: an org's own wording of it replaces `body`. */
  template?: TemplateRef;
}

/** The SMS columns of a row that is not a text. */
export const NO_SMS = {
  to_phone: null,
  provider: null,
  provider_id: null,
  attempts: 0,
  next_attempt_at: null,
  last_attempt_at: null,
  last_error: null,
  sent_at: null,
  delivered_at: null,
  claimed_until: null,
  claim_token: null,
} as const satisfies Partial<MessagesTable>;

export interface Message {
  id: string;
  driverId: string;
  channel: MessagesTable['channel'];
  topic: string;
  body: string;
  link: string | null;
  status: MessageStatus;
  createdAt: string;
  readAt: string | null;
  toPhone: string | null;
  provider: string | null;
  attempts: number;
  lastError: string | null;
  nextAttemptAt: string | null;
  sentAt: string | null;
  deliveredAt: string | null;
}

export const toMessage = (r: MessagesTable): Message => ({
  id: r.id,
  driverId: r.driver_id,
  channel: r.channel,
  topic: r.topic,
  body: r.body,
  link: r.link,
  status: r.status,
  createdAt: r.created_at,
  readAt: r.read_at,
  toPhone: r.to_phone,
  provider: r.provider,
  attempts: r.attempts,
  lastError: r.last_error,
  nextAttemptAt: r.next_attempt_at,
  sentAt: r.sent_at,
  deliveredAt: r.delivered_at,
});

/** The org's wording of the message's template in the DA's language, if it has one. */
function orgBody(
  m: NewMessage,
  da: Driver,
  overrides: Map<string, { body: string }>,
  orgName: string,
): string {
  const own = m.template && overrides.get(overrideKey(m.template.key, da.language));
  if (!m.template || !own) return m.body;
  try {
    return renderTemplate(own.body, { ...m.template.vars, firstName: da.firstName, orgName });
  } catch {
    // Saved wording is checked against the template's variables; one a later version dropped must not
    // stop the change that caused the message, so the default text goes instead.
    return m.body;
  }
}

/**
 * Writes messages to DAs in the caller's transaction, so a message exists exactly when what caused it
 * was saved. Every message is in the app (the DA's phone reads it, delivered as written); when the org
 * has texts on and the DA a mobile number and consent, it is also queued as a text for the worker.
 */
export async function insertMessages(db: Db, orgId: string, messages: readonly NewMessage[]): Promise<void> {
  if (messages.length === 0) return;
  const settings = await findSettings(db, orgId);
  const templateKeys = messages.flatMap((m) => (m.template ? [m.template.key] : []));
  const overrides = await findOverrides(db, orgId, templateKeys);
  const das =
    settings.smsEnabled || overrides.size > 0
      ? new Map(
          (
            await findDriversByIds(
              db,
              orgId,
              messages.map((m) => m.driverId),
            )
          ).map((d) => [d.id, d]),
        )
      : new Map<string, Driver>();
  const orgName = overrides.size > 0 ? ((await findOrgById(db, orgId))?.name ?? '') : '';
  const at = nowIso();
  const rows = messages.flatMap((m): MessagesTable[] => {
    const da = das.get(m.driverId);
    const body = da ? orgBody(m, da, overrides, orgName) : m.body;
    const inApp: MessagesTable = {
      org_id: orgId,
      id: newId(),
      driver_id: m.driverId,
      channel: 'in_app',
      topic: m.topic,
      dedupe_key: m.dedupeKey,
      body,
      link: m.link,
      status: 'delivered',
      created_at: at,
      read_at: null,
      ...NO_SMS,
    };
    if (!da?.phone || whyInAppOnly(settings, da) !== null) return [inApp];
    const sms: MessagesTable = {
      ...inApp,
      id: newId(),
      channel: 'sms',
      dedupe_key: `${m.dedupeKey}:sms`,
      status: 'queued',
      to_phone: da.phone,
      next_attempt_at: at,
    };
    return [inApp, sms];
  });
  for (let i = 0; i < rows.length; i += 500) {
    await db
      .insertInto('messages')
      .values(rows.slice(i, i + 500))
      .onConflict((oc) => oc.columns(['org_id', 'dedupe_key']).doNothing())
      .execute();
  }
}

/** A DA's in-app messages (their phone's inbox), newest first. */
export const listDriverMessages = (db: Db, orgId: string, driverId: string, limit: number) =>
  db
    .selectFrom('messages')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('driver_id', '=', driverId)
    .where('channel', '=', 'in_app')
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .limit(limit)
    .execute();

export interface MessageFilter {
  /** Only these DAs' messages (a station-scoped reader's); undefined for every DA of the org. */
  driverIds?: readonly string[];
  status?: MessageStatus;
  channel?: MessagesTable['channel'];
  topic?: string;
  /** Written at or after / before (UTC instants). */
  from?: string;
  to?: string;
  limit: number;
  cursor?: string;
}

/** Messages of both channels, newest first; the cursor is the last row's `created_at|id`. */
export async function listMessages(db: Db, orgId: string, f: MessageFilter) {
  if (f.driverIds?.length === 0) return { items: [], nextCursor: null };
  let q = db.selectFrom('messages').selectAll().where('org_id', '=', orgId);
  if (f.driverIds) q = q.where('driver_id', 'in', f.driverIds);
  if (f.status) q = q.where('status', '=', f.status);
  if (f.channel) q = q.where('channel', '=', f.channel);
  if (f.topic) q = q.where('topic', '=', f.topic);
  if (f.from) q = q.where('created_at', '>=', f.from);
  if (f.to) q = q.where('created_at', '<', f.to);
  return newestFirstPage(q, f, toMessage);
}

export async function markMessagesRead(db: Db, orgId: string, driverId: string, ids: readonly string[]) {
  if (ids.length === 0) return;
  await db
    .updateTable('messages')
    .set({ read_at: nowIso() })
    .where('org_id', '=', orgId)
    .where('driver_id', '=', driverId)
    .where('id', 'in', ids)
    .where('read_at', 'is', null)
    .execute();
}

/** How many messages a DA has been sent. */
export const countMessagesOfDriver = (db: Db, orgId: string, driverId: string): Promise<number> =>
  countOf(db, 'messages', orgId, 'driver_id', driverId);
