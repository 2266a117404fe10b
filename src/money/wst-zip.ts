import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { unzipSync } from 'fflate';
import { badRequest } from '../app/problems.js';
import type { Actor } from '../auth/domain/permissions.js';
import type { Db } from '../db/database.js';
import { importKinds } from '../imports/kinds.js';
import { type ImportResult, runImport } from '../imports/run-import.js';
import { undoImport } from '../imports/undo-import.js';
import { newId } from '../shared/ids.js';
import { kindOfZipEntry } from './domain/wst-zip.js';

export interface ZipEntryResult {
  entry: string;
  kind: string;
  result: ImportResult;
}

interface Entry {
  entry: string;
  kind: string;
  file: string;
  fileName: string;
  sha256: string;
}

/** The ZIP's WST files on disk beside the upload, each named `<zip name>/<file name>` (the zip's carries the week). */
async function unpack(zip: string, zipName: string, dir: string): Promise<Entry[]> {
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(new Uint8Array(await fs.readFile(zip)));
  } catch {
    throw badRequest(`${zipName} is not a ZIP archive: upload WST's weekly ZIP as Amazon gives it.`);
  }
  const entries: Entry[] = [];
  for (const [entry, bytes] of Object.entries(files)) {
    const kind = kindOfZipEntry(entry);
    if (!kind) continue;
    const file = path.join(dir, `${newId()}.upload`);
    await fs.writeFile(file, bytes);
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    entries.push({ entry, kind, file, fileName: `${zipName}/${path.basename(entry)}`, sha256 });
  }
  if (entries.length === 0)
    throw badRequest(`${zipName} holds no WST file (Delivered Packages, Service Details, Training…).`);
  return entries;
}

/**
 * WST's weekly ZIP (`NDAY Weekly Report-YYYY-MM-DD.zip`) as one upload: every WST file inside is
 * imported as its own kind, all or nothing. Each is first checked whole (a dry run); when any has a bad
 * row none is kept and every file's problems are answered. Otherwise each is committed, and should one
 * fail after all, those already committed are undone.
 */
export async function importWstZip(
  db: Db,
  req: { file: string; fileName: string; actor: Actor; stationId: string | null; dir: string },
): Promise<{ status: 'committed' | 'rejected'; files: ZipEntryResult[] }> {
  const entries = await unpack(req.file, req.fileName, req.dir);
  try {
    const run = (e: Entry, dryRun: boolean) => {
      const kind = importKinds.get(e.kind);
      if (!kind) throw new Error(`No import kind ${e.kind}`);
      return runImport(db, { ...e, kind, actor: req.actor, stationId: req.stationId, dryRun });
    };
    const checked: ZipEntryResult[] = [];
    for (const e of entries) checked.push({ entry: e.entry, kind: e.kind, result: await run(e, true) });
    if (checked.some((c) => c.result.status === 'rejected')) return { status: 'rejected', files: checked };
    const done: ZipEntryResult[] = [];
    try {
      for (const e of entries) {
        const result = await run(e, false);
        done.push({ entry: e.entry, kind: e.kind, result });
        if (result.status !== 'committed') throw new Error(`${e.entry}: ${result.errors[0]?.message ?? ''}`);
      }
    } catch (error) {
      for (const d of done.filter((x) => x.result.status === 'committed').reverse())
        await undoImport(db, importKinds, req.actor, d.result.id);
      throw error;
    }
    return { status: 'committed', files: done };
  } finally {
    await Promise.all(entries.map((e) => fs.rm(e.file, { force: true })));
  }
}
