import { PassThrough } from 'node:stream';
import PDFDocument from 'pdfkit';
import type { Db } from '../db/database.js';
import type { CoachingItemsTable } from '../db/schema.js';
import type { Language } from '../messaging/domain/templates.js';
import { findDriver } from '../people/store.js';
import { latin1 } from '../shared/pdf-text.js';
import { findOrgById, findStation } from '../tenancy/store.js';
import { ACTION_TITLES, causeText } from './domain/texts.js';
import { listSteps } from './store.js';
import { causeOf } from './views.js';

const WORDS = {
  en: {
    title: 'Written warning',
    da: 'Delivery Associate',
    station: 'Station',
    issued: 'Issued',
    rule: 'Rule',
    step: (n: number) => `Step ${n} of the coaching ladder`,
    why: 'Reason',
    evidence: 'Evidence',
    history: 'History of this item',
    signed: (who: string, at: string) => `Signed electronically by ${who} on ${at}.`,
    unsigned: 'Signature: ______________________________   Date: ______________',
    meaning: 'Signing confirms that I received this warning; it does not mean that I agree with it.',
  },
  es: {
    title: 'Advertencia por escrito',
    da: 'Asociado de entrega',
    station: 'Estación',
    issued: 'Emitida',
    rule: 'Regla',
    step: (n: number) => `Paso ${n} del proceso de coaching`,
    why: 'Motivo',
    evidence: 'Evidencia',
    history: 'Historial',
    signed: (who: string, at: string) => `Firmado electrónicamente por ${who} el ${at}.`,
    unsigned: 'Firma: ______________________________   Fecha: ______________',
    meaning: 'Firmar confirma que recibí esta advertencia; no significa que esté de acuerdo con ella.',
  },
} as const;

function evidenceLines(item: CoachingItemsTable): string[] {
  const cause = causeOf(item);
  if (cause.type !== 'events') return [];
  return cause.events.map(
    (e) =>
      `${e.occurredAt.slice(0, 16).replace('T', ' ')} UTC · ${e.type}${e.subtype ? ` (${e.subtype})` : ''} · ${e.eventId}${e.videoLink ? ` · ${e.videoLink}` : ''}`,
  );
}

/** The written warning as a printable PDF in the DA's language, signed or with a line to sign. */
export async function warningPdf(db: Db, item: CoachingItemsTable): Promise<PassThrough> {
  const da = await findDriver(db, item.org_id, item.driver_id);
  const lang: Language = da?.language ?? 'en';
  const w = WORDS[lang];
  const org = await findOrgById(db, item.org_id);
  const station = await findStation(db, item.org_id, item.station_id);
  const steps = await listSteps(db, item.org_id, item.id);
  const doc = new PDFDocument({ size: 'LETTER', margin: 54, info: { Title: `${w.title} ${item.id}` } });
  const out = new PassThrough();
  doc.pipe(out);
  doc
    .font('Helvetica-Bold')
    .fontSize(18)
    .text(latin1(`${org?.name ?? ''} — ${ACTION_TITLES[lang].written_warning}`));
  doc.moveDown(0.5).font('Helvetica').fontSize(11);
  const line = (label: string, value: string) =>
    doc
      .font('Helvetica-Bold')
      .text(`${latin1(label)}: `, { continued: true })
      .font('Helvetica')
      .text(latin1(value));
  line(
    w.da,
    da
      ? `${da.first_name} ${da.last_name}${da.transporter_id ? ` (${da.transporter_id})` : ''}`
      : item.driver_id,
  );
  line(w.station, station ? `${station.code} ${station.name}` : item.station_id);
  line(w.issued, item.created_at.slice(0, 10));
  line(w.rule, `${item.rule_name} — ${w.step(item.step)}`);
  line(w.why, causeText(causeOf(item), lang));
  const evidence = evidenceLines(item);
  if (evidence.length) {
    doc.moveDown(0.5).font('Helvetica-Bold').text(latin1(w.evidence)).font('Helvetica').fontSize(9);
    for (const e of evidence) doc.text(latin1(`• ${e}`));
    doc.fontSize(11);
  }
  doc.moveDown(0.5).font('Helvetica-Bold').text(latin1(w.history)).font('Helvetica').fontSize(9);
  for (const s of steps)
    doc.text(
      latin1(
        `${s.at.slice(0, 16).replace('T', ' ')} UTC · ${s.what} · ${s.by_label}${s.note ? ` — ${s.note}` : ''}`,
      ),
    );
  doc.moveDown(2).fontSize(11);
  doc.text(
    latin1(
      item.signature && item.acknowledged_at
        ? w.signed(item.signature, item.acknowledged_at.slice(0, 10))
        : w.unsigned,
    ),
  );
  doc.moveDown(0.5).fontSize(9).fillColor('#444').text(latin1(w.meaning));
  doc.end();
  return out;
}
