import { badRequest, conflict, notFound } from '../app/problems.js';
import { recordAudit } from '../audit/store.js';
import { type Actor, inStationScope } from '../auth/domain/permissions.js';
import type { Db } from '../db/database.js';
import type { DriverDocumentsTable } from '../db/schema.js';
import { requireFiles } from '../files/files.js';
import { localDate } from '../shared/dates.js';
import { findOrgStationZones } from '../tenancy/store.js';
import { type DocumentView, viewsOf } from './document-views.js';
import {
  deleteDocument,
  findDocument,
  insertDocument,
  listDocumentsOf,
  listPendingDocuments,
  updateDocument,
} from './documents-store.js';
import { DOCUMENT_LABELS, type DocumentType, isProfileDocument, PROFILE_EXPIRY } from './domain/documents.js';
import { expiryBucket } from './domain/expiry.js';
import { patchDriverIn, visibleDriver } from './drivers.js';
import { stationToday } from './station-today.js';
import { type Driver, findDriver, findDriversByIds } from './store.js';

export async function listDriverDocuments(db: Db, actor: Actor, driverId: string): Promise<DocumentView[]> {
  const da = await visibleDriver(db, actor, driverId);
  const today = await stationToday(db, actor.orgId, da.home_station_id);
  return viewsOf(db, actor.orgId, await listDocumentsOf(db, actor.orgId, da.id), today);
}

/** One document's view, its expiry read on its DA's home-station calendar. */
async function viewOf(db: Db, orgId: string, row: DriverDocumentsTable): Promise<DocumentView> {
  const da = await findDriver(db, orgId, row.driver_id);
  const [view] = await viewsOf(db, orgId, [row], await stationToday(db, orgId, da?.home_station_id ?? ''));
  return view as DocumentView;
}

export interface DocumentInput {
  type: DocumentType;
  fileId?: string | null | undefined;
  expiry?: string | null | undefined;
  note?: string | null | undefined;
}

/** The license and DOT card feed cleared to drive, so they are only worth keeping with their expiry. */
function requireExpiry(type: DocumentType, expiry: string | null | undefined): void {
  if (isProfileDocument(type) && !expiry) {
    throw badRequest('Give the expiry date.', [
      { path: 'expiry', message: `A ${DOCUMENT_LABELS[type]} needs its expiry date.` },
    ]);
  }
}

/** The file a document is filed with, if any: one the actor may attach, a document or a photo. */
export async function attachableFile(
  trx: Db,
  actor: Actor,
  fileId: string | null | undefined,
): Promise<string | null> {
  if (!fileId) return null;
  await requireFiles(trx, actor, [fileId], 'fileId', ['document', 'photo']);
  return fileId;
}

/** An approved license or DOT card is the DA's current one: its expiry goes on the profile (audited). */
async function applyToProfile(trx: Db, actor: Actor, doc: DriverDocumentsTable): Promise<void> {
  const type = doc.type as DocumentType;
  if (!isProfileDocument(type) || !doc.expiry) return;
  await patchDriverIn(trx, actor, doc.driver_id, { [PROFILE_EXPIRY[type]]: doc.expiry });
}

/** A document a manager files for a DA: they have it in hand, so it is approved as it is recorded. */
export async function addDocument(
  db: Db,
  actor: Actor,
  driverId: string,
  input: DocumentInput,
): Promise<DocumentView> {
  requireExpiry(input.type, input.expiry);
  const row = await db.transaction().execute(async (trx) => {
    const da = await visibleDriver(trx, actor, driverId);
    const fileId = await attachableFile(trx, actor, input.fileId);
    const at = new Date().toISOString();
    const doc = await insertDocument(trx, actor.orgId, {
      driver_id: da.id,
      type: input.type,
      file_id: fileId,
      expiry: input.expiry ?? null,
      note: input.note?.trim() || null,
      status: 'approved',
      reviewed_by: actor.label,
      reviewed_at: at,
      review_note: null,
      uploaded_by: actor.label,
      uploaded_by_user: actor.userId,
    });
    await recordAudit(trx, actor, { entity: 'driver_document', entityId: doc.id, before: null, after: doc });
    await applyToProfile(trx, actor, doc);
    return doc;
  });
  return viewOf(db, actor.orgId, row);
}

/** Loads a document whose DA the actor may see; anything else is "not found". */
async function visibleDocument(trx: Db, actor: Actor, id: string) {
  const doc = await findDocument(trx, actor.orgId, id);
  if (!doc) throw notFound('Document');
  await visibleDriver(trx, actor, doc.driver_id).catch(() => {
    throw notFound('Document');
  });
  return doc;
}

/** Approves a document waiting for review, optionally correcting the expiry read off the card. */
export async function approveDocument(
  db: Db,
  actor: Actor,
  id: string,
  input: { expiry?: string | null | undefined },
): Promise<DocumentView> {
  const row = await db.transaction().execute(async (trx) => {
    const before = await visibleDocument(trx, actor, id);
    if (before.status !== 'pending_review')
      throw conflict(`This document is already ${before.status}.`, 'status');
    const expiry = input.expiry === undefined ? before.expiry : input.expiry;
    requireExpiry(before.type as DocumentType, expiry);
    await updateDocument(trx, actor.orgId, id, {
      status: 'approved',
      expiry,
      reviewed_by: actor.label,
      reviewed_at: new Date().toISOString(),
    });
    const after = (await findDocument(trx, actor.orgId, id)) as DriverDocumentsTable;
    await recordAudit(trx, actor, { entity: 'driver_document', entityId: id, before, after });
    await applyToProfile(trx, actor, after);
    return after;
  });
  return viewOf(db, actor.orgId, row);
}

/** Sends a document back with the reason the DA will read on their phone. */
export async function rejectDocument(
  db: Db,
  actor: Actor,
  id: string,
  reason: string,
): Promise<DocumentView> {
  const why = reason.trim();
  if (!why) throw badRequest('Say why.', [{ path: 'reason', message: 'Tell the DA what is wrong with it.' }]);
  const row = await db.transaction().execute(async (trx) => {
    const before = await visibleDocument(trx, actor, id);
    if (before.status !== 'pending_review')
      throw conflict(`This document is already ${before.status}.`, 'status');
    await updateDocument(trx, actor.orgId, id, {
      status: 'rejected',
      review_note: why,
      reviewed_by: actor.label,
      reviewed_at: new Date().toISOString(),
    });
    const after = (await findDocument(trx, actor.orgId, id)) as DriverDocumentsTable;
    await recordAudit(trx, actor, { entity: 'driver_document', entityId: id, before, after });
    return after;
  });
  return viewOf(db, actor.orgId, row);
}

/** Removes a document filed by mistake; the profile's expiries stay as they are (edit them there). */
export async function removeDocument(db: Db, actor: Actor, id: string): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const before = await visibleDocument(trx, actor, id);
    await deleteDocument(trx, actor.orgId, id);
    await recordAudit(trx, actor, { entity: 'driver_document', entityId: id, before, after: null });
  });
}

/** Documents DAs sent from their phones that wait for review, oldest first, of the DAs the actor may see. */
export async function pendingDocuments(db: Db, actor: Actor, stationId?: string) {
  const rows = await listPendingDocuments(db, actor.orgId);
  const drivers = new Map(
    (
      await findDriversByIds(
        db,
        actor.orgId,
        rows.map((r) => r.driver_id),
      )
    )
      .filter((d) => inStationScope(actor, d.homeStationId) && (!stationId || d.homeStationId === stationId))
      .map((d) => [d.id, d]),
  );
  const zones = await findOrgStationZones(db, actor.orgId);
  const mine = rows.filter((r) => drivers.has(r.driver_id));
  const views = await viewsOf(db, actor.orgId, mine, localDate('UTC'));
  return views.map((v) => {
    const d = drivers.get(v.driverId) as Driver;
    const today = localDate(zones.get(d.homeStationId) ?? 'UTC');
    return {
      ...v,
      bucket: v.expiry ? expiryBucket(v.expiry, today) : null,
      driver: {
        id: d.id,
        firstName: d.firstName,
        lastName: d.lastName,
        homeStationId: d.homeStationId,
        status: d.status,
      },
    };
  });
}
