import { beforeAll, describe, expect, it } from 'vitest';
import { tinyPng } from '../app/testing.js';
import { readScorecard, type ScorecardReading } from './domain/scorecard-reading.js';
import { PdfNotReadable, pdfPages } from './pdf-text.js';
import { daCells, scannedPdf, scorecardFileName, scorecardPdf } from './scorecard-pdf-testing.js';

// Amazon's weekly DSP scorecard PDF (shared domain scorecard.md; the per-DA table's columns from
// data-files.md), made with pdfkit in Amazon's layout and read back through pdf.js as the server does.

const ANA = 'A1B2C3D4E5F6G7';
const BEN = 'ABENBENBEN001';
const CY = 'ACYCYCYCY0042';

async function read(pdf: Buffer, fileName: string): Promise<ScorecardReading> {
  return readScorecard({ fileName, pages: await pdfPages(pdf) });
}

describe('a scorecard with the per-DA table (before October 2025)', () => {
  let r: ScorecardReading;
  beforeAll(async () => {
    const pdf = await scorecardPdf({
      week: 'Week 37 - 2025',
      das: [
        daCells(1, 'Ana Garcia', ANA),
        daCells(2, 'Ben Smith', BEN, { DCR: '-', PSB: '98.20%', CED: '1' }),
        daCells(3, 'Cy Young', CY, { FICO: '768', 'Seatbelt Off': '0.35' }),
      ],
      rowsPerPage: 2, // the table goes on to page 3 under a repeated header
    });
    r = await read(pdf, scorecardFileName('DAU5', 37, 2025));
  });

  it('reads the week and station from the page and the file name, which agree', () => {
    expect(r.fields.week).toEqual({
      read: true,
      value: '2025-09-07',
      text: 'Week 37 - 2025',
      where: 'page 1 and the file name',
    });
    expect(r.fields.station).toMatchObject({ read: true, value: 'DAU5', where: 'page 1 and the file name' });
  });

  it('reads the overall standing and score with the line they came from', () => {
    const text = 'Overall Standing: Fantastic Plus | 94.12';
    expect(r.fields.overallStanding).toEqual({ read: true, value: 'fantastic_plus', text, where: 'page 1' });
    expect(r.fields.overallScore).toEqual({ read: true, value: 94.12, text, where: 'page 1' });
  });

  it('reads each category’s tier (not its metrics’ tiers beneath) and a score only where printed', () => {
    expect(r.fields['safety.tier']).toMatchObject({ read: true, value: 'fantastic' });
    expect(r.fields['safety.score']).toMatchObject({ read: true, value: 96.2 });
    expect(r.fields['delivery.tier']).toMatchObject({
      read: true,
      value: 'great',
      text: 'Delivery Quality: Great',
    });
    expect(r.fields['delivery.score']).toEqual({
      read: false,
      reason: '“Delivery Quality: Great” (page 1) has no score beside it.',
    });
    expect(r.fields['team.tier']).toMatchObject({ read: true, value: 'fantastic' });
    expect(r.fields['pickup.tier']).toEqual({ read: false, reason: 'No “Pickup Quality” on the scorecard.' });
  });

  it('reads every DA row of pages 2 and 3 by Transporter ID, with “-” as no data', () => {
    expect(r.table.found).toBe(true);
    expect(r.table.pages).toEqual([2, 3]);
    expect(r.table.rows.map((row) => [row.rank, row.name, row.transporterId, row.page])).toEqual([
      [1, 'Ana Garcia', ANA, 2],
      [2, 'Ben Smith', BEN, 2],
      [3, 'Cy Young', CY, 3],
    ]);
    const [ana, ben, cy] = r.table.rows;
    expect(ana?.metrics).toEqual({
      delivered: 1204,
      fico: 812,
      seatbelt: 0,
      speeding: 0.12,
      distractions: 0,
      following_distance: 0.08,
      sign_signal: 0,
      cdf_dpmo: 1250,
      ced: 0,
      dcr: 0.9961,
      dsb_dpmo: 0,
      pod: 0.991,
      psb: null,
    });
    expect(ana?.counts).toEqual({ dsb_count: 0, pod_opportunities: 1180 });
    expect(ben?.metrics).toMatchObject({ dcr: null, psb: 0.982, ced: 1 });
    expect(cy?.metrics).toMatchObject({ fico: 768, seatbelt: 0.35 });
    expect(r.table.unread).toEqual([]);
  });

  it('knows every column, the wrapped “Following Distance” header included', () => {
    expect(r.table.columns.map((c) => c.column)).toEqual([
      'rank',
      'name',
      'transporterId',
      'delivered',
      'fico',
      'seatbelt',
      'speeding',
      'distractions',
      'following_distance',
      'sign_signal',
      'cdf_dpmo',
      'ced',
      'dcr',
      'dsb_dpmo',
      'pod',
      'psb',
      'dsb_count',
      'pod_opportunities',
    ]);
  });
});

describe('a scorecard without the per-DA table (since October 2025)', () => {
  let r: ScorecardReading;
  beforeAll(async () => {
    r = await read(await scorecardPdf({ overall: 'Great | 84.07' }), scorecardFileName('DAU5', 48, 2026));
  });

  it('reads the summary and says there is no table, without taking the appendix’s prose for values', () => {
    expect(r.fields.week).toMatchObject({ read: true, value: '2026-11-22' });
    expect(r.fields.overallStanding).toMatchObject({ read: true, value: 'great' });
    expect(r.fields.overallScore).toMatchObject({ read: true, value: 84.07 });
    expect(r.fields['delivery.tier']).toMatchObject({ read: true, value: 'great' });
    expect(r.table).toEqual({ found: false, pages: [], columns: [], rows: [], unread: [] });
    expect(r.pageCount).toBe(2);
  });
});

describe('a scorecard with fields missing or unreadable', () => {
  let r: ScorecardReading;
  beforeAll(async () => {
    const pdf = await scorecardPdf({
      week: 'Week 48 - 2026',
      overall: 'Fantastic | Coming Soon',
      categories: { 'Safety and Compliance': 'Fantastic', 'Delivery Quality': 'Grate' },
      das: [
        daCells(1, 'Ana Garcia', ANA, { DCR: '9g.5%' }),
        daCells(2, 'Ben Smith', '', { POD: '97.2%' }),
        daCells(3, 'Ana Again', ANA),
      ],
    });
    r = await read(pdf, scorecardFileName('DAU5', 47, 2026));
  });

  it('reads what is there and lists the rest as unread with why, never a guess', () => {
    expect(r.fields.overallStanding).toMatchObject({ read: true, value: 'fantastic' });
    expect(r.fields.overallScore).toEqual({
      read: false,
      reason: '“Overall Standing: Fantastic | Coming Soon” (page 1): “Coming Soon” is not a score.',
    });
    expect(r.fields['delivery.tier']).toEqual({
      read: false,
      reason: '“Delivery Quality: Grate” (page 1): “Grate” is not a tier.',
    });
    expect(r.fields['team.tier']).toEqual({ read: false, reason: 'No “Team & Fleet” on the scorecard.' });
  });

  it('leaves the week unread when the page and the file name disagree', () => {
    expect(r.fields.week).toEqual({
      read: false,
      reason: 'The week on page 1 (“Week 48 - 2026”: 2026-W48) and in the file name (2026-W47) differ.',
    });
  });

  it('reads the good cells of a row and lists the bad cell, a row without an ID and a repeated ID', () => {
    expect(r.table.rows.map((row) => row.transporterId)).toEqual([ANA]);
    expect(r.table.rows[0]?.metrics.dcr).toBeUndefined();
    expect(r.table.rows[0]?.metrics.pod).toBe(0.991);
    expect(r.table.unread).toEqual([
      {
        page: 2,
        transporterId: ANA,
        column: 'DCR',
        text: '9g.5%',
        reason: '“9g.5%” is not a number Stationhand can read here.',
      },
      expect.objectContaining({
        page: 2,
        transporterId: null,
        reason: 'The row has no Transporter ID; it is not read.',
      }),
      expect.objectContaining({
        transporterId: ANA,
        reason: `${ANA} is in the table twice; only its first row is read.`,
      }),
    ]);
  });
});

describe('a scanned scorecard and files that are no PDF', () => {
  it('finds no text in a picture-only PDF: only the file name says anything', async () => {
    const r = await read(await scannedPdf(tinyPng()), scorecardFileName('DAU5', 48, 2026));
    expect(r.textFound).toBe(false);
    expect(r.fields.week).toMatchObject({ read: true, value: '2026-11-22', where: 'the file name' });
    expect(r.fields.overallScore).toEqual({
      read: false,
      reason: 'The PDF has no text to read (a scan or a picture of the scorecard).',
    });
    expect(r.table.found).toBe(false);
  });

  it('says a damaged PDF cannot be opened', async () => {
    const damaged = Buffer.from('%PDF-1.7\n1 0 obj<<garbage');
    await expect(pdfPages(damaged)).rejects.toBeInstanceOf(PdfNotReadable);
  });

  it('leaves the station unread when the page and the file name name different stations', async () => {
    const r = await read(await scorecardPdf({ station: 'DAX9' }), scorecardFileName('DAU5', 48, 2026));
    expect(r.fields.station).toEqual({
      read: false,
      reason:
        'The station on page 1 (“DSP: ACME Logistics LLC Station: DAX9”: DAX9) and in the file name (DAU5) differ.',
    });
  });
});
