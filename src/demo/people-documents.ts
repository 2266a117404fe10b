import sharp from 'sharp';
import type { Db } from '../db/database.js';
import type { DriverDocumentsTable } from '../db/schema.js';
import { storeGeneratedFile } from '../files/files.js';
import type { FileStorage } from '../files/storage.js';
import { insertDocuments } from '../people/documents-store.js';
import { DOCUMENT_LABELS, type DocumentType } from '../people/domain/documents.js';
import type { Driver } from '../people/store.js';
import { addDays } from '../shared/days.js';
import { newId } from '../shared/ids.js';
import { atUtcHour } from './clock.js';

/**
 * The documents active DAs have on file, with generated scans: some expiring within 7/14/30 days, a
 * few expired, one renewed license per station waiting for review.
 */

/** A one-page PDF with a title, valid enough for any viewer (offsets in the xref are exact). */
function samplePdf(title: string): Buffer {
  const text = title.replace(/[()\\]/g, '');
  const content = `BT /F1 20 Tf 72 720 Td (${text}) Tj 0 -30 Td /F1 12 Tf (Sample scan - Stationhand demo) Tj ET`;
  const objects = [
    '<</Type/Catalog/Pages 2 0 R>>',
    '<</Type/Pages/Kids[3 0 R]/Count 1>>',
    '<</Type/Page/Parent 2 0 R/MediaBox[0 0 612 792]/Contents 4 0 R/Resources<</Font<</F1 5 0 R>>>>>>',
    `<</Length ${content.length}>>stream\n${content}\nendstream`,
    '<</Type/Font/Subtype/Type1/BaseFont/Helvetica>>',
  ];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(body.length);
    body += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  body += offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('');
  body += `trailer\n<</Size ${objects.length + 1}/Root 1 0 R>>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}

/** A phone photo of a driver's license card, with the DA's name on it. */
const licensePhoto = (name: string, expiry: string) =>
  sharp(
    Buffer.from(`<svg xmlns="http://www.w3.org/2000/svg" width="640" height="404">
      <rect width="640" height="404" fill="#6b6f73"/>
      <rect x="30" y="30" width="580" height="344" rx="22" fill="#eef3f7"/>
      <rect x="30" y="30" width="580" height="60" rx="22" fill="#1f5f8b"/>
      <text x="60" y="72" font-family="sans-serif" font-size="30" fill="#fff">DRIVER LICENSE</text>
      <rect x="60" y="120" width="150" height="190" fill="#b8c4cc"/>
      <text x="240" y="160" font-family="sans-serif" font-size="26" fill="#222">${name}</text>
      <text x="240" y="210" font-family="sans-serif" font-size="20" fill="#444">EXP ${expiry}</text>
      <text x="240" y="250" font-family="sans-serif" font-size="20" fill="#444">CLASS C</text>
    </svg>`),
  )
    .jpeg({ quality: 72 })
    .toBuffer();

/** Which documents each active DA has on file, with the expiry each carries (or none). */
function documentPlan(rand: () => number, d: Driver, today: string): [DocumentType, string | null][] {
  const plan: [DocumentType, string | null][] = [['drivers_license', d.licenseExpiry]];
  if (d.vanTypes.includes('step_van')) plan.push(['dot_medical_card', d.dotMedicalExpiry]);
  // Yearly checks: most current, some due within the month, a few lapsed.
  plan.push(['background_check', addDays(today, Math.floor(rand() * 400) - 25)]);
  plan.push(['mvr', addDays(today, Math.floor(rand() * 380) - 15)]);
  plan.push(['i9', null], ['w4', null]);
  return plan;
}

export async function demoDocuments(
  trx: Db,
  ctx: { orgId: string; storage: FileStorage },
  rand: () => number,
  drivers: Driver[],
  todayOf: (d: Driver) => string,
  managerLabel: string,
): Promise<number> {
  // One sample scan per document type, shared by the DAs without a login (staff read any file).
  const samples = new Map<DocumentType, string>();
  const sampleOf = async (type: DocumentType) => {
    let id = samples.get(type);
    if (!id) {
      const file = await storeGeneratedFile(trx, ctx.storage, ctx.orgId, {
        bytes: samplePdf(DOCUMENT_LABELS[type]),
        fileName: `${type}-sample.pdf`,
        purpose: 'document',
      });
      id = file.id;
      samples.set(type, id);
    }
    return id;
  };
  const ownScan = async (d: Driver, type: DocumentType, expiry: string | null) =>
    (
      await storeGeneratedFile(trx, ctx.storage, ctx.orgId, {
        bytes:
          type === 'drivers_license'
            ? await licensePhoto(`${d.firstName} ${d.lastName}`, expiry ?? '')
            : samplePdf(`${DOCUMENT_LABELS[type]}: ${d.firstName} ${d.lastName}`),
        fileName: type === 'drivers_license' ? 'license.jpg' : `${type}.pdf`,
        purpose: 'document',
        driverId: d.id,
      })
    ).id;
  const rows: DriverDocumentsTable[] = [];
  const pendingAt = new Set<string>();
  for (const d of drivers) {
    if (d.status !== 'active') continue;
    const today = todayOf(d);
    const filed = atUtcHour(d.hireDate ?? addDays(today, -60), 17);
    for (const [type, expiry] of documentPlan(rand, d, today)) {
      // A DA with a login opens their own scans on their phone (a photo of the license, PDFs of the rest);
      // the others share one sample scan per type, which staff can open.
      const fileId = d.userId ? await ownScan(d, type, expiry) : await sampleOf(type);
      rows.push({
        org_id: ctx.orgId,
        id: newId(),
        driver_id: d.id,
        type,
        file_id: fileId,
        expiry,
        note: null,
        status: 'approved',
        reviewed_by: managerLabel,
        reviewed_at: filed,
        review_note: null,
        uploaded_by: managerLabel,
        uploaded_by_user: null,
        created_at: filed,
      });
    }
    // One DA with a login per station has sent a renewed license that waits for review.
    if (d.userId && !pendingAt.has(d.homeStationId)) {
      pendingAt.add(d.homeStationId);
      const renewed = addDays(today, 1460);
      const file = await storeGeneratedFile(trx, ctx.storage, ctx.orgId, {
        bytes: await licensePhoto(`${d.firstName} ${d.lastName}`, renewed),
        fileName: 'renewed-license.jpg',
        purpose: 'document',
        driverId: d.id,
      });
      rows.push({
        org_id: ctx.orgId,
        id: newId(),
        driver_id: d.id,
        type: 'drivers_license',
        file_id: file.id,
        expiry: renewed,
        note: 'Renewed at the DMV yesterday.',
        status: 'pending_review',
        reviewed_by: null,
        reviewed_at: null,
        review_note: null,
        uploaded_by: `${d.firstName} ${d.lastName}`,
        uploaded_by_user: d.userId,
        created_at: atUtcHour(addDays(today, -1), 18),
      });
    }
  }
  await insertDocuments(trx, rows);
  return rows.length;
}
