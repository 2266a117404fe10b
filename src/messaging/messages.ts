import type { Actor } from '../auth/domain/permissions.js';
import type { Db } from '../db/database.js';
import { DRIVER_STATUSES } from '../people/domain/driver.js';
import { visibleDriver } from '../people/drivers.js';
import { findDriversByIds, listDriversInStatuses } from '../people/store.js';
import { whyInAppOnly } from './domain/settings.js';
import { findOptOut, findSettings } from './settings-store.js';
import { listMessages, type MessageFilter } from './store.js';

type Page = Pick<MessageFilter, 'limit' | 'cursor'>;

export interface TextsTo {
  phone: string | null;
  consentAt: string | null;
  optedOutAt: string | null;
  /** Null when messages to the DA also go by text. */
  inAppOnlyReason: string | null;
}

/** Whether a DA gets texts, and if not why: consent, number, STOP, or texts off for the org. */
export async function textsTo(
  db: Db,
  orgId: string,
  da: { phone: string | null; sms_consent_at: string | null },
): Promise<TextsTo> {
  const optOut = da.phone ? await findOptOut(db, orgId, da.phone) : undefined;
  const settings = await findSettings(db, orgId);
  const optedOutAt = optOut?.opted_out_at ?? null;
  return {
    phone: da.phone,
    consentAt: da.sms_consent_at,
    optedOutAt,
    inAppOnlyReason: whyInAppOnly(settings, { phone: da.phone, smsConsentAt: da.sms_consent_at }, optedOutAt),
  };
}

/** A DA's messages in the app and by text, newest first, with where their texts stand. */
export async function driverMessages(db: Db, actor: Actor, driverId: string, page: Page) {
  const da = await visibleDriver(db, actor, driverId);
  const list = await listMessages(db, actor.orgId, { ...page, driverIds: [da.id] });
  return { ...list, texts: await textsTo(db, actor.orgId, da) };
}

/** The org's messages (a station-scoped reader's DAs only), newest first, with each DA's name. */
export async function orgMessages(db: Db, actor: Actor, filter: Omit<MessageFilter, 'driverIds'>) {
  const driverIds = actor.stationIds
    ? (await listDriversInStatuses(db, actor, [...DRIVER_STATUSES])).map((d) => d.id)
    : undefined;
  const page = await listMessages(db, actor.orgId, { ...filter, ...(driverIds && { driverIds }) });
  const das = await findDriversByIds(
    db,
    actor.orgId,
    page.items.map((m) => m.driverId),
  );
  const names = new Map(das.map((d) => [d.id, `${d.firstName} ${d.lastName}`]));
  return {
    ...page,
    items: page.items.map((m) => ({ ...m, driverName: names.get(m.driverId) ?? 'A DA no longer on file' })),
  };
}
