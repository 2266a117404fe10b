import { badRequest, fieldProblem } from '../app/problems.js';
import { recordAudit } from '../audit/store.js';
import type { Actor } from '../auth/domain/permissions.js';
import type { Db } from '../db/database.js';
import { type DocumentView, viewsOf } from './document-views.js';
import { attachableFile } from './documents.js';
import { insertDocument, listDocumentsOf } from './documents-store.js';
import type { DocumentType } from './domain/documents.js';
import { ownDriver } from './own-driver.js';
import { stationToday } from './station-today.js';
import { toDriver } from './store.js';

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
