import type { Db } from '../db/database.js';
import type { MessagesTable } from '../db/schema.js';
import { newId, nowIso } from '../shared/ids.js';

export interface NewMessage {
  driverId: string;
  topic: string;
  /** One message per cause: writing the same key again does nothing. */
  dedupeKey: string;
  body: string;
  link: string | null;
}

export interface Message {
  id: string;
  driverId: string;
  channel: MessagesTable['channel'];
  topic: string;
  body: string;
  link: string | null;
  status: MessagesTable['status'];
  createdAt: string;
  readAt: string | null;
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
});

/**
 * Writes in-app messages to DAs in the caller's transaction, so a message exists exactly when what
 * caused it was saved. In-app messages are delivered as written (the DA's phone reads them).
 */
export async function insertMessages(db: Db, orgId: string, messages: readonly NewMessage[]): Promise<void> {
  const at = nowIso();
  const rows = messages.map((m) => ({
    org_id: orgId,
    id: newId(),
    driver_id: m.driverId,
    channel: 'in_app' as const,
    topic: m.topic,
    dedupe_key: m.dedupeKey,
    body: m.body,
    link: m.link,
    status: 'delivered' as const,
    created_at: at,
    read_at: null,
  }));
  for (let i = 0; i < rows.length; i += 500) {
    await db
      .insertInto('messages')
      .values(rows.slice(i, i + 500))
      .onConflict((oc) => oc.columns(['org_id', 'dedupe_key']).doNothing())
      .execute();
  }
}

/** A DA's messages, newest first. */
export const listDriverMessages = (db: Db, orgId: string, driverId: string, limit: number) =>
  db
    .selectFrom('messages')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('driver_id', '=', driverId)
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .limit(limit)
    .execute();

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
