import type { Db } from '../db/database.js';
import type { DriverDocumentsTable } from '../db/schema.js';
import { fileRefs } from '../files/files.js';
import type { FileRef } from '../files/store.js';
import { type DriverDocument, toDocument } from './documents-store.js';
import { type ExpiryBucket, expiryBucket } from './domain/expiry.js';

/** A document as the pages show it: its file, and how soon it expires on the DA's station calendar. */
export type DocumentView = DriverDocument & { file: FileRef | null; bucket: ExpiryBucket | null };

export async function viewsOf(
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
