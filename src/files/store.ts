import type { Db } from '../db/database.js';
import type { FilesTable } from '../db/schema.js';

export interface FileRef {
  id: string;
  contentType: string;
  sizeBytes: number;
  fileName: string;
  url: string;
  thumbnailUrl: string | null;
  createdAt: string;
}

export const toFileRef = (r: FilesTable): FileRef => ({
  id: r.id,
  contentType: r.content_type,
  sizeBytes: r.size_bytes,
  fileName: r.file_name,
  url: `/api/v1/files/${r.id}`,
  thumbnailUrl: r.thumbnail_key ? `/api/v1/files/${r.id}/thumbnail` : null,
  createdAt: r.created_at,
});

export async function insertFile(db: Db, row: FilesTable): Promise<void> {
  await db.insertInto('files').values(row).execute();
}

export async function insertFiles(db: Db, rows: FilesTable[]): Promise<void> {
  if (rows.length) await db.insertInto('files').values(rows).execute();
}

export const findFile = (db: Db, orgId: string, id: string) =>
  db.selectFrom('files').selectAll().where('org_id', '=', orgId).where('id', '=', id).executeTakeFirst();

export async function findFiles(db: Db, orgId: string, ids: readonly string[]): Promise<FilesTable[]> {
  if (ids.length === 0) return [];
  return db
    .selectFrom('files')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('id', 'in', [...new Set(ids)])
    .execute();
}
