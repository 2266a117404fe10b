import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { badRequest, forbidden, HttpProblem, notFound } from '../app/problems.js';
import { recordAudit } from '../audit/store.js';
import { type Actor, inStationScope } from '../auth/domain/permissions.js';
import type { Db } from '../db/database.js';
import type { FilePurpose, FilesTable } from '../db/schema.js';
import { findDriver, findDriverOfUser } from '../people/store.js';
import { newId, nowIso } from '../shared/ids.js';
import { EXTENSIONS, PURPOSES, sniffContentType } from './domain/sniff.js';
import { fileInStationScope } from './station-scope.js';
import type { FileStorage } from './storage.js';
import { type FileRef, findFile, findFiles, insertFile, toFileRef } from './store.js';
import { makeThumbnail } from './thumbnail.js';

type Source = { path: string } | { bytes: Buffer };

interface Incoming {
  source: Source;
  fileName: string;
  sha256: string;
  purpose: FilePurpose;
  driverId: string | null;
  uploadedBy: string | null;
}

const head = async (source: Source): Promise<Buffer> => {
  if ('bytes' in source) return source.bytes.subarray(0, 32);
  const fd = await fs.promises.open(source.path, 'r');
  try {
    const buf = Buffer.alloc(32);
    const { bytesRead } = await fd.read(buf, 0, 32, 0);
    return buf.subarray(0, bytesRead);
  } finally {
    await fd.close();
  }
};

const sizeOf = async (source: Source) =>
  'bytes' in source ? source.bytes.length : (await fs.promises.stat(source.path)).size;

/** Checks the bytes against what the purpose allows, then stores them (and a thumbnail) before the row. */
async function keepFile(db: Db, storage: FileStorage, orgId: string, f: Incoming): Promise<FilesTable> {
  const rule = PURPOSES[f.purpose];
  const contentType = sniffContentType(await head(f.source));
  if (!contentType || !rule.types.includes(contentType)) {
    throw new HttpProblem(415, 'Unsupported Media Type', `${f.fileName} is not ${rule.label}.`, [
      { path: 'file', message: `Expected ${rule.label}.` },
    ]);
  }
  const sizeBytes = await sizeOf(f.source);
  if (sizeBytes > rule.maxBytes) {
    throw new HttpProblem(413, 'Content Too Large', `${f.fileName} is larger than the limit.`, [
      { path: 'file', message: `At most ${rule.maxBytes / (1024 * 1024)} MB.` },
    ]);
  }
  let thumbnail: Buffer | null;
  try {
    thumbnail = await makeThumbnail('bytes' in f.source ? f.source.bytes : f.source.path, contentType);
  } catch {
    throw badRequest(`${f.fileName} could not be read as an image.`, [
      { path: 'file', message: 'The picture is damaged or incomplete; take or pick it again.' },
    ]);
  }
  const id = newId();
  const storageKey = `${orgId}/${id}.${EXTENSIONS[contentType]}`;
  const thumbnailKey = thumbnail ? `${orgId}/${id}.thumb.jpg` : null;
  if ('bytes' in f.source) await storage.putBytes(storageKey, f.source.bytes);
  else await storage.putFile(storageKey, f.source.path);
  if (thumbnail && thumbnailKey) await storage.putBytes(thumbnailKey, thumbnail);
  const row: FilesTable = {
    org_id: orgId,
    id,
    purpose: f.purpose,
    content_type: contentType,
    size_bytes: sizeBytes,
    sha256: f.sha256,
    file_name: f.fileName.slice(0, 200),
    storage_key: storageKey,
    thumbnail_key: thumbnailKey,
    driver_id: f.driverId,
    uploaded_by: f.uploadedBy,
    created_at: nowIso(),
  };
  await insertFile(db, row);
  return row;
}

/** The DA a new file concerns: a driver's own record, or one the staff member can see. */
async function concernedDriver(db: Db, actor: Actor, driverId: string | undefined): Promise<string | null> {
  if (actor.role === 'driver') {
    const own = actor.userId ? await findDriverOfUser(db, actor.orgId, actor.userId) : undefined;
    if (!own) throw forbidden('This login has no DA record to file this under.');
    if (driverId && driverId !== own.id) throw forbidden('You can only upload files for yourself.');
    return own.id;
  }
  if (!driverId) return null;
  const da = await findDriver(db, actor.orgId, driverId);
  if (!da || !inStationScope(actor, da.home_station_id)) {
    throw badRequest('Unknown DA.', [{ path: 'driverId', message: 'Unknown DA.' }]);
  }
  return da.id;
}

export interface UploadedFile {
  file: string;
  fileName: string;
  sha256: string;
}

/** Keeps an uploaded file for `purpose`; attaching it to a record is the record's own request. */
export async function saveUpload(
  db: Db,
  storage: FileStorage,
  actor: Actor,
  upload: UploadedFile,
  purpose: FilePurpose,
  driverId?: string,
): Promise<FileRef> {
  const concerns = await concernedDriver(db, actor, driverId);
  const row = await keepFile(db, storage, actor.orgId, {
    source: { path: upload.file },
    fileName: upload.fileName,
    sha256: upload.sha256,
    purpose,
    driverId: concerns,
    uploadedBy: actor.userId,
  });
  await recordAudit(db, actor, {
    entity: 'file',
    entityId: row.id,
    before: null,
    after: { file_name: row.file_name, content_type: row.content_type, purpose, driver_id: concerns },
  });
  return toFileRef(row);
}

/** Stores bytes made by the system (the demo's generated photos), with no uploader. */
export async function storeGeneratedFile(
  db: Db,
  storage: FileStorage,
  orgId: string,
  f: { bytes: Buffer; fileName: string; purpose: FilePurpose; driverId?: string | null },
): Promise<FileRef> {
  const sha256 = createHash('sha256').update(f.bytes).digest('hex');
  const row = await keepFile(db, storage, orgId, {
    source: { bytes: f.bytes },
    fileName: f.fileName,
    sha256,
    purpose: f.purpose,
    driverId: f.driverId ?? null,
    uploadedBy: null,
  });
  return toFileRef(row);
}

/** Whether `actor` may read a file: staff within the stations of its records; a DA only their own. */
async function mayRead(db: Db, actor: Actor, row: FilesTable): Promise<boolean> {
  if (actor.role !== 'driver') return fileInStationScope(db, actor, row);
  if (actor.userId && row.uploaded_by === actor.userId) return true;
  if (!row.driver_id || !actor.userId) return false;
  const own = await findDriverOfUser(db, actor.orgId, actor.userId);
  return own?.id === row.driver_id;
}

export async function readableFile(db: Db, actor: Actor, id: string): Promise<FilesTable> {
  const row = await findFile(db, actor.orgId, id);
  if (!row || !(await mayRead(db, actor, row))) throw notFound('File');
  return row;
}

/** A DA attaches only their own uploads; staff, files within their stations. */
const mayAttach = async (db: Db, actor: Actor, row: FilesTable): Promise<boolean> =>
  actor.role === 'driver' ? row.uploaded_by === actor.userId : fileInStationScope(db, actor, row);

/**
 * The files a record is about to point at, in the order given. Unknown ids, for a DA files they did not
 * upload themselves, and for staff files outside their stations, are refused naming the field, so nobody
 * attaches (and so comes to read) what they cannot see.
 */
export async function requireFiles(
  db: Db,
  actor: Actor,
  ids: readonly string[],
  field: string,
  purposes?: readonly FilePurpose[],
): Promise<FileRef[]> {
  const rows = new Map((await findFiles(db, actor.orgId, ids)).map((r) => [r.id, r]));
  const refs: FileRef[] = [];
  for (const [i, id] of ids.entries()) {
    const row = rows.get(id);
    const path = ids.length === 1 ? field : `${field}.${i}`;
    if (!row || !(await mayAttach(db, actor, row))) {
      throw badRequest(`Unknown file ${id}.`, [{ path, message: 'Unknown file; upload it again.' }]);
    }
    if (purposes && !purposes.includes(row.purpose)) {
      throw badRequest(`File ${id} is a ${row.purpose}.`, [
        { path, message: `Expected a ${purposes.join(' or ')}.` },
      ]);
    }
    refs.push(toFileRef(row));
  }
  return refs;
}

/** Attached files as the API shows them, in the order given; ids no longer stored are left out. */
export async function fileRefs(db: Db, orgId: string, ids: readonly string[]): Promise<FileRef[]> {
  const rows = new Map((await findFiles(db, orgId, ids)).map((r) => [r.id, r]));
  return ids.flatMap((id) => {
    const row = rows.get(id);
    return row ? [toFileRef(row)] : [];
  });
}
