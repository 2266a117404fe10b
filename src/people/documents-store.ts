import type { Db } from '../db/database.js';
import type { DocumentStatus, DriverDocumentsTable } from '../db/schema.js';
import { newId, nowIso } from '../shared/ids.js';
import type { DocumentType } from './domain/documents.js';

export interface DriverDocument {
  id: string;
  driverId: string;
  type: DocumentType;
  fileId: string | null;
  expiry: string | null;
  note: string | null;
  status: DocumentStatus;
  reviewedBy: string | null;
  reviewedAt: string | null;
  reviewNote: string | null;
  uploadedBy: string;
  createdAt: string;
}

export const toDocument = (r: DriverDocumentsTable): DriverDocument => ({
  id: r.id,
  driverId: r.driver_id,
  type: r.type as DocumentType,
  fileId: r.file_id,
  expiry: r.expiry,
  note: r.note,
  status: r.status,
  reviewedBy: r.reviewed_by,
  reviewedAt: r.reviewed_at,
  reviewNote: r.review_note,
  uploadedBy: r.uploaded_by,
  createdAt: r.created_at,
});

export type DocumentValues = Omit<DriverDocumentsTable, 'org_id' | 'id' | 'created_at'>;

export async function insertDocument(
  db: Db,
  orgId: string,
  v: DocumentValues,
): Promise<DriverDocumentsTable> {
  const row: DriverDocumentsTable = { org_id: orgId, id: newId(), ...v, created_at: nowIso() };
  await db.insertInto('driver_documents').values(row).execute();
  return row;
}

/** Many documents at once (the demo), in multi-row statements. */
export async function insertDocuments(db: Db, rows: DriverDocumentsTable[]): Promise<void> {
  for (let i = 0; i < rows.length; i += 500) {
    await db
      .insertInto('driver_documents')
      .values(rows.slice(i, i + 500))
      .execute();
  }
}

export const findDocument = (db: Db, orgId: string, id: string) =>
  db
    .selectFrom('driver_documents')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('id', '=', id)
    .executeTakeFirst();

/** A DA's documents, newest first. */
export const listDocumentsOf = (db: Db, orgId: string, driverId: string) =>
  db
    .selectFrom('driver_documents')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('driver_id', '=', driverId)
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .execute();

export async function updateDocument(
  db: Db,
  orgId: string,
  id: string,
  patch: Partial<
    Pick<DriverDocumentsTable, 'status' | 'expiry' | 'reviewed_by' | 'reviewed_at' | 'review_note'>
  >,
): Promise<void> {
  await db
    .updateTable('driver_documents')
    .set(patch)
    .where('org_id', '=', orgId)
    .where('id', '=', id)
    .execute();
}

export async function deleteDocument(db: Db, orgId: string, id: string): Promise<void> {
  await db.deleteFrom('driver_documents').where('org_id', '=', orgId).where('id', '=', id).execute();
}

/**
 * Approved documents with an expiry, of every DA of the org: what the expiring list and the DAs
 * list's "expiring" filter read besides the profile's license and DOT card.
 */
export async function approvedWithExpiry(db: Db, orgId: string): Promise<DriverDocumentsTable[]> {
  return db
    .selectFrom('driver_documents')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('status', '=', 'approved')
    .where('expiry', 'is not', null)
    .execute();
}

/** Documents waiting for a manager's review, oldest first. */
export const listPendingDocuments = (db: Db, orgId: string) =>
  db
    .selectFrom('driver_documents')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('status', '=', 'pending_review')
    .orderBy('created_at')
    .execute();

/** Whether a document of a DA homed at one of `stationIds` keeps this file (files follow their record). */
export async function documentKeepsFileIn(
  db: Db,
  orgId: string,
  fileId: string,
  stationIds: readonly string[],
): Promise<boolean> {
  const row = await db
    .selectFrom('driver_documents')
    .innerJoin('drivers', (j) =>
      j
        .onRef('drivers.org_id', '=', 'driver_documents.org_id')
        .onRef('drivers.id', '=', 'driver_documents.driver_id'),
    )
    .select('driver_documents.id')
    .where('driver_documents.org_id', '=', orgId)
    .where('driver_documents.file_id', '=', fileId)
    .where('drivers.home_station_id', 'in', [...stationIds])
    .executeTakeFirst();
  return row !== undefined;
}
