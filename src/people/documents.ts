import { badRequest, conflict, fieldProblem, forbidden, notFound } from '../app/problems.js';
import { recordAudit } from '../audit/store.js';
import { type Actor, inStationScope } from '../auth/domain/permissions.js';
import type { Db } from '../db/database.js';
import type { DriverDocumentsTable, DriverStatus } from '../db/schema.js';
import { fileRefs, requireFiles } from '../files/files.js';
import type { FileRef } from '../files/store.js';
import { localDate } from '../shared/dates.js';
import { daysBetween } from '../shared/days.js';
import { findOrgStationZones, findStation } from '../tenancy/store.js';
import {
  approvedWithExpiry,
  type DriverDocument,
  deleteDocument,
  findDocument,
  insertDocument,
  listDocumentsOf,
  listPendingDocuments,
  toDocument,
  updateDocument,
} from './documents-store.js';
import {
  DOCUMENT_LABELS,
  type DocumentType,
  type ExpiringItem,
  expiringFor,
  isProfileDocument,
  PROFILE_EXPIRY,
} from './domain/documents.js';
import { type ExpiryBucket, type ExpiryWindow, expiryBucket } from './domain/expiry.js';
import { groupBy } from './domain/group.js';
import { patchDriverIn, visibleDriver } from './drivers.js';
import {
  type Driver,
  findDriverOfUser,
  findDriversByIds,
  listDriversInStatuses,
  toDriver,
  updateDriver,
} from './store.js';

/** A document as the pages show it: its file, and how soon it expires on the DA's station calendar. */
export type DocumentView = DriverDocument & { file: FileRef | null; bucket: ExpiryBucket | null };

const stationToday = async (db: Db, orgId: string, stationId: string) =>
  localDate((await findStation(db, orgId, stationId))?.time_zone ?? 'UTC');

async function viewsOf(
  db: Db,
  orgId: string,
  rows: DriverDocumentsTable[],
  today: string,
): Promise<DocumentView[]> {
  const ids = rows.flatMap((r) => (r.file_id ? [r.file_id] : []));
  const files = new Map((await fileRefs(db, orgId, ids)).map((f) => [f.id, f]));
  return rows.map((r) => ({
    ...toDocument(r),
    file: r.file_id ? (files.get(r.file_id) ?? null) : null,
    bucket: r.expiry ? expiryBucket(r.expiry, today) : null,
  }));
}

export async function listDriverDocuments(db: Db, actor: Actor, driverId: string): Promise<DocumentView[]> {
  const da = await visibleDriver(db, actor, driverId);
  const today = await stationToday(db, actor.orgId, da.home_station_id);
  return viewsOf(db, actor.orgId, await listDocumentsOf(db, actor.orgId, da.id), today);
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

async function attachableFile(
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
  const [view] = await viewsOf(db, actor.orgId, [row], await stationToday(db, actor.orgId, row.driver_id));
  return view as DocumentView;
}

/** A DA's own record, for their phone pages; a login without one may not file documents. */
export async function ownDriver(db: Db, actor: Actor) {
  const own = actor.userId ? await findDriverOfUser(db, actor.orgId, actor.userId) : undefined;
  if (!own) throw forbidden({ code: 'problem.noDaRecord' });
  return own;
}

/**
 * A renewed license or DOT card sent by the DA from their phone, with its expiry: it waits for a
 * manager, and only their approval puts the new expiry on the profile.
 */
export async function submitMyDocument(
  db: Db,
  actor: Actor,
  input: { type: DocumentType; fileId: string; expiry: string; note?: string | null | undefined },
): Promise<DocumentView> {
  const own = await ownDriver(db, actor);
  const today = await stationToday(db, actor.orgId, own.home_station_id);
  if (input.expiry < today) {
    throw badRequest({ code: 'document.expired' }, [fieldProblem('expiry', { code: 'document.renew' })]);
  }
  const row = await db.transaction().execute(async (trx) => {
    const fileId = await attachableFile(trx, actor, input.fileId);
    const doc = await insertDocument(trx, actor.orgId, {
      driver_id: own.id,
      type: input.type,
      file_id: fileId,
      expiry: input.expiry,
      note: input.note?.trim() || null,
      status: 'pending_review',
      reviewed_by: null,
      reviewed_at: null,
      review_note: null,
      uploaded_by: actor.label,
      uploaded_by_user: actor.userId,
    });
    await recordAudit(trx, actor, { entity: 'driver_document', entityId: doc.id, before: null, after: doc });
    return doc;
  });
  const [view] = await viewsOf(db, actor.orgId, [row], today);
  return view as DocumentView;
}

/** The DA's own documents, newest first, and the profile's license and DOT card expiries. */
export async function myDocuments(db: Db, actor: Actor) {
  const own = await ownDriver(db, actor);
  const today = await stationToday(db, actor.orgId, own.home_station_id);
  const da = toDriver(own);
  return {
    today,
    licenseExpiry: da.licenseExpiry,
    dotMedicalExpiry: da.dotMedicalExpiry,
    needsDotMedical: da.vanTypes.includes('step_van'),
    documents: await viewsOf(db, actor.orgId, await listDocumentsOf(db, actor.orgId, own.id), today),
  };
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
  const [view] = await viewsOf(db, actor.orgId, [row], await stationToday(db, actor.orgId, row.driver_id));
  return view as DocumentView;
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
  const [view] = await viewsOf(db, actor.orgId, [row], await stationToday(db, actor.orgId, row.driver_id));
  return view as DocumentView;
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

/** DAs whose documents are worth chasing: not those who have left. */
const CHASED: DriverStatus[] = ['applicant', 'onboarding', 'active'];

export interface ExpiringEntry extends ExpiringItem {
  driver: Pick<Driver, 'id' | 'firstName' | 'lastName' | 'homeStationId' | 'status'>;
  /** Days from the station's today to the expiry (negative: expired that many days ago). */
  daysLeft: number;
}

/** Groups approved documents by DA. */
const byDriver = (rows: DriverDocumentsTable[]) =>
  groupBy(
    rows,
    (r) => r.driver_id,
    (r) => ({ id: r.id, type: r.type as DocumentType, expiry: r.expiry, createdAt: r.created_at }),
  );

/**
 * What expires within `within` days, or has expired, for the DAs the actor may see, each on their home
 * station's calendar: the license and DOT card from the profile (uploaded or not), other documents by
 * their newest approved copy. Soonest first.
 */
export async function expiringDocuments(
  db: Db,
  actor: Actor,
  within: ExpiryWindow,
  stationId?: string,
  at: Date = new Date(),
): Promise<ExpiringEntry[]> {
  const drivers = await listDriversInStatuses(db, actor, CHASED, stationId);
  const zones = await findOrgStationZones(db, actor.orgId);
  const docs = byDriver(await approvedWithExpiry(db, actor.orgId));
  const entries: ExpiringEntry[] = [];
  for (const d of drivers) {
    const today = localDate(zones.get(d.homeStationId) ?? 'UTC', at);
    for (const item of expiringFor(d, docs.get(d.id) ?? [], today, within)) {
      entries.push({
        ...item,
        daysLeft: daysBetween(today, item.expiry),
        driver: {
          id: d.id,
          firstName: d.firstName,
          lastName: d.lastName,
          homeStationId: d.homeStationId,
          status: d.status,
        },
      });
    }
  }
  return entries.sort(
    (a, b) => a.daysLeft - b.daysLeft || a.driver.lastName.localeCompare(b.driver.lastName),
  );
}

/**
 * A test for the DAs list's "expiring" filter: whether a DA has anything expired or expiring within 30
 * days on their station's calendar (`todayAt`). One query for the whole org's documents.
 */
export async function expiringTest(
  db: Db,
  orgId: string,
  todayAt: (stationId: string) => string,
): Promise<(d: Driver) => boolean> {
  const docs = byDriver(await approvedWithExpiry(db, orgId));
  return (d) => expiringFor(d, docs.get(d.id) ?? [], todayAt(d.homeStationId), 30).length > 0;
}

/** The DA chooses the language of their phone pages and messages: their own record only, audited. */
export async function setMyLanguage(db: Db, actor: Actor, language: 'en' | 'es') {
  return db.transaction().execute(async (trx) => {
    const before = await ownDriver(trx, actor);
    await updateDriver(trx, actor.orgId, before.id, { language });
    const after = await ownDriver(trx, actor);
    await recordAudit(trx, actor, { entity: 'driver', entityId: before.id, before, after });
    return after;
  });
}
