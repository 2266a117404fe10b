import fs from 'node:fs';
import { HttpProblem } from '../app/problems.js';
import type { Upload } from '../app/upload.js';
import { recordAudit } from '../audit/store.js';
import type { Actor } from '../auth/domain/permissions.js';
import type { Db } from '../db/database.js';
import type { DspScorecardsTable, StationsTable } from '../db/schema.js';
import { sniffContentType } from '../files/domain/sniff.js';
import { saveUpload } from '../files/files.js';
import type { FileStorage } from '../files/storage.js';
import { newId, nowIso } from '../shared/ids.js';
import { visibleStation } from '../tenancy/visible-station.js';
import { type Entries, entriesKept } from './domain/scorecard-entries.js';
import { readScorecard, type ScorecardReading } from './domain/scorecard-reading.js';
import { auditedScorecard, scorecardColumns } from './dsp-scorecard-columns.js';
import {
  findScorecardOfFile,
  findScorecardOfWeek,
  insertScorecard,
  updateScorecard,
} from './dsp-scorecard-store.js';
import { PdfNotReadable, pdfPages } from './pdf-text.js';

const unprocessable = (detail: string, path: string, message: string) =>
  new HttpProblem(422, 'Unprocessable Content', detail, [{ path, message }]);

const AS_SENT = 'Upload the PDF as Amazon sends it (US_<DSP>_<STATION>_Week<N>_<YYYY>_en_DSPScorecard.pdf).';

/** The PDF's pages, or a problem that says what is wrong with the file. */
async function pagesOf(upload: Upload) {
  const bytes = await fs.promises.readFile(upload.file);
  if (sniffContentType(bytes.subarray(0, 32)) !== 'application/pdf')
    throw new HttpProblem(415, 'Unsupported Media Type', `${upload.fileName} is not a PDF.`, [
      { path: 'file', message: AS_SENT },
    ]);
  try {
    return await pdfPages(bytes);
  } catch (error) {
    if (!(error instanceof PdfNotReadable)) throw error;
    throw unprocessable(`${upload.fileName} could not be opened: ${error.message}`, 'file', AS_SENT);
  }
}

/** Refuses what cannot be this station's scorecard: a scan with no text, another station's PDF. */
function checkReading(reading: ScorecardReading, upload: Upload, station: StationsTable): void {
  if (!reading.textFound)
    throw unprocessable(
      `${upload.fileName} has no text layer: it is a scan or a picture of the scorecard, so nothing on it can be read.`,
      'file',
      `${AS_SENT} A scan or a printout cannot be read.`,
    );
  const read = reading.fields.station;
  if (read.read && read.value !== station.code)
    throw unprocessable(
      `${upload.fileName} is the scorecard of station ${read.value} (${read.where}), not ${station.code}.`,
      'stationId',
      `Pick station ${read.value}, or upload ${station.code}’s scorecard.`,
    );
}

export type UploadOutcome = 'created' | 'replaced' | 'unchanged';

type Columns = ReturnType<typeof scorecardColumns> &
  Pick<DspScorecardsTable, 'file_id' | 'file_name' | 'sha256'>;

async function replaceScorecard(db: Db, actor: Actor, existing: DspScorecardsTable, columns: Columns) {
  await db.transaction().execute(async (trx) => {
    await updateScorecard(trx, actor.orgId, existing.id, {
      ...columns,
      uploaded_by: actor.userId,
      updated_at: nowIso(),
    });
    await recordAudit(trx, actor, {
      entity: 'dsp_scorecard',
      entityId: existing.id,
      before: auditedScorecard(existing),
      after: auditedScorecard(columns),
    });
  });
}

async function createScorecard(db: Db, actor: Actor, stationId: string, columns: Columns): Promise<string> {
  const at = nowIso();
  const row: DspScorecardsTable = {
    org_id: actor.orgId,
    id: newId(),
    station_id: stationId,
    ...columns,
    uploaded_by: actor.userId,
    created_at: at,
    updated_at: at,
  };
  await db.transaction().execute(async (trx) => {
    await insertScorecard(trx, row);
    await recordAudit(trx, actor, {
      entity: 'dsp_scorecard',
      entityId: row.id,
      before: null,
      after: auditedScorecard(row),
    });
  });
  return row.id;
}

/**
 * Reads an uploaded scorecard PDF for a station and keeps it with what was read. The week's scorecard
 * is replaced by a republished PDF (entries for fields it now reads are dropped); the same file again
 * changes nothing. A scorecard whose week could not be read is kept apart until its week is entered.
 */
export async function uploadScorecard(
  db: Db,
  storage: FileStorage,
  actor: Actor,
  stationId: string,
  upload: Upload,
): Promise<{ outcome: UploadOutcome; id: string }> {
  const station = await visibleStation(db, actor, stationId);
  const reading = readScorecard({ fileName: upload.fileName, pages: await pagesOf(upload) });
  checkReading(reading, upload, station);
  const same = await findScorecardOfFile(db, actor.orgId, station.id, upload.sha256);
  if (same) return { outcome: 'unchanged', id: same.id };
  const week = reading.fields.week.read ? String(reading.fields.week.value) : null;
  const existing = week ? await findScorecardOfWeek(db, actor.orgId, station.id, week) : undefined;
  const file = await saveUpload(db, storage, actor, upload, 'document');
  const kept = existing ? entriesKept(JSON.parse(existing.entries) as Entries, reading) : {};
  const columns = {
    ...scorecardColumns(reading, kept),
    file_id: file.id,
    file_name: file.fileName,
    sha256: upload.sha256,
  };
  if (!existing) return { outcome: 'created', id: await createScorecard(db, actor, station.id, columns) };
  await replaceScorecard(db, actor, existing, columns);
  return { outcome: 'replaced', id: existing.id };
}
