import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEntries, type Client, multipart, tinyPng } from '../app/testing.js';
import { must } from '../fleet/test-kit.js';
import { daCells, scannedPdf, scorecardFileName, scorecardPdf } from './scorecard-pdf-testing.js';
import { givenPerformance, type PerformanceScenario } from './testing.js';

// The weekly DSP scorecard PDF end to end: read with pdf.js, kept with its file, matched to DAs by
// Transporter ID, completed by hand where unread (shared domain scorecard.md; data-files.md).

const ANA = 'A1B2C3D4E5F6G7';
const CY = 'ACYCYCYCY0042';
const W37_2025 = scorecardFileName('DAU5', 37, 2025);
const W48 = scorecardFileName('DAU5', 48, 2026);

interface Field {
  key: string;
  value: unknown;
  source: string | null;
  unreadReason: string | null;
  entry: { byLabel: string } | null;
}

describe('DSP scorecard PDFs', () => {
  let s: PerformanceScenario;
  let ana = '';
  let cy = '';
  let tableCard = '';
  let tablePdf: Buffer = Buffer.alloc(0);
  const w48: { id: string; pdf: Buffer } = { id: '', pdf: Buffer.alloc(0) };

  const upload = (fileName: string, pdf: Buffer, opts: { as?: Client; stationId?: string } = {}) => {
    const body = multipart(fileName, pdf);
    const stationId = opts.stationId ?? s.stationId;
    return (opts.as ?? s.manager).request(
      'POST',
      `/api/v1/performance/dsp-scorecards?stationId=${stationId}`,
      body.payload,
      body.headers,
    );
  };
  const field = (card: { fields: Field[] }, key: string) => card.fields.find((f) => f.key === key) as Field;
  const get = async (path: string, c = s.manager) =>
    must(await c.request('GET', `/api/v1${path}`), 200).json();

  beforeAll(async () => {
    s = await givenPerformance();
    ana = await s.addDa({ firstName: 'Ana', lastName: 'Garcia', transporterId: ANA });
    cy = await s.addDa({ firstName: 'Cy', lastName: 'Young' });
    // pdfkit stamps each PDF with its creation time: the same file again is these bytes again.
    tablePdf = await scorecardPdf({
      week: 'Week 37 - 2025',
      das: [daCells(1, 'Ana Garcia', ANA), daCells(2, 'Cy Young', CY, { DCR: '98.10%' })],
    });
    const res = must(await upload(W37_2025, tablePdf), 201);
    tableCard = res.json().id;
    w48.pdf = await scorecardPdf({ overall: 'Great', categories: { 'Safety and Compliance': 'Fantastic' } });
  });
  afterAll(() => s.close());

  it('reads an older scorecard’s summary and table, matching rows to DAs by Transporter ID', async () => {
    const card = await get(`/performance/dsp-scorecards/${tableCard}`);
    expect(card).toMatchObject({
      week: '2025-09-07',
      label: '2025-W37',
      status: 'complete',
      overallStanding: 'fantastic_plus',
      overallScore: 94.12,
      station: { code: 'DAU5' },
      das: 2,
    });
    expect(field(card, 'overallScore')).toMatchObject({
      source: 'pdf',
      read: { text: 'Overall Standing: Fantastic Plus | 94.12', where: 'page 1' },
    });
    expect(card.table.rows.map((r: { driverId: string | null }) => r.driverId)).toEqual([ana, null]);
    expect(card.table.rows[0]).toMatchObject({ driverName: 'Ana Garcia', metrics: { dcr: 0.9961 } });
    expect(card.table.unknownTransporters).toEqual([{ transporterId: CY, name: 'Cy Young' }]);
    const file = must(await s.manager.request('GET', card.file.url), 200);
    expect(file.headers['content-type']).toBe('application/pdf');
  });

  it('changes nothing when the same PDF comes again', async () => {
    const again = must(await upload(W37_2025, tablePdf), 200).json();
    expect([again.outcome, again.id]).toEqual(['unchanged', tableCard]);
  });

  it('shows an unknown ID’s row as the DA’s once the ID is linked through the usual link', async () => {
    must(
      await s.manager.request('POST', `/api/v1/performance/unknown-transporters/${CY}/link`, {
        driverId: cy,
      }),
      200,
    );
    const card = await get(`/performance/dsp-scorecards/${tableCard}`);
    expect(card.table.rows[1]).toMatchObject({ transporterId: CY, driverId: cy, driverName: 'Cy Young' });
    expect(card.table.unknownTransporters).toEqual([]);
  });

  it('lists what was not read for manual entry, and keeps who entered what', async () => {
    const res = must(await upload(W48, w48.pdf), 201).json();
    w48.id = res.id;
    expect(res).toMatchObject({ outcome: 'created', status: 'needs_entry', overallScore: null });
    expect(field(res, 'overallScore')).toMatchObject({
      value: null,
      source: null,
      unreadReason: '“Overall Standing: Great” (page 1) has no score beside it.',
    });
    expect(field(res, 'delivery.tier').unreadReason).toBe('No “Delivery Quality” on the scorecard.');
    expect(res.table).toMatchObject({
      found: false,
      rows: [],
      note: expect.stringContaining('October 2025'),
    });
    const body = { entries: { overallScore: 82.4, 'delivery.tier': 'great', 'team.tier': 'fantastic' } };
    const saved = must(
      await s.manager.request('PUT', `/api/v1/performance/dsp-scorecards/${w48.id}/entries`, body),
      200,
    ).json();
    expect(saved).toMatchObject({ status: 'complete', overallScore: 82.4, overallStanding: 'great' });
    expect(field(saved, 'overallScore')).toMatchObject({
      value: 82.4,
      source: 'entry',
      entry: { byLabel: expect.any(String) },
    });
    expect((await auditEntries(s.owner))[0]).toMatchObject({
      entity: 'dsp_scorecard',
      entityId: w48.id,
      action: 'update',
    });
  });

  it('shows Amazon’s overall of the week beside our estimate', async () => {
    const week = await get(`/performance/scorecard?stationId=${s.stationId}&week=2026-W48`);
    expect(week.amazon).toEqual({ scorecardId: w48.id, standing: 'great', score: 82.4, status: 'complete' });
    const other = await get(`/performance/scorecard?stationId=${s.stationId}&week=2026-W47`);
    expect(other.amazon).toBeNull();
  });

  it('replaces the week with a republished PDF, dropping the entries it now reads', async () => {
    const pdf = await scorecardPdf({
      overall: 'Great | 83.10',
      categories: { 'Safety and Compliance': 'Fantastic' },
    });
    const res = must(await upload(W48, pdf), 200).json();
    expect([res.outcome, res.id, res.overallScore]).toEqual(['replaced', w48.id, 83.1]);
    expect(field(res, 'overallScore').source).toBe('pdf');
    expect(field(res, 'delivery.tier')).toMatchObject({ value: 'great', source: 'entry' });
    const list = await get(`/performance/dsp-scorecards?stationId=${s.stationId}`);
    expect(list.items.map((i: { label: string }) => i.label)).toEqual(['2026-W48', '2025-W37']);
    const one = await get(`/performance/dsp-scorecards?stationId=${s.stationId}&week=2026-W48`);
    expect(one.items.map((i: { id: string }) => i.id)).toEqual([w48.id]);
  });

  it('keeps a scorecard whose week cannot be read apart until its week is entered', async () => {
    const pdf = await scorecardPdf({ week: null, overall: 'Fair | 61.00' });
    const res = must(await upload('scorecard.pdf', pdf), 201).json();
    expect([res.week, res.status]).toEqual([null, 'needs_entry']);
    expect(field(res, 'week').unreadReason).toBe('No week on the scorecard or in its file name.');
    const put = (week: string) =>
      s.manager.request('PUT', `/api/v1/performance/dsp-scorecards/${res.id}/entries`, { entries: { week } });
    expect(must(await put('2026-W48'), 409).json().errors).toEqual([
      { path: 'entries.week', message: 'The station has a scorecard for 2026-W48 already.' },
    ]);
    expect(must(await put('2026-W45'), 200).json()).toMatchObject({ week: '2026-11-01', label: '2026-W45' });
    const read = await s.manager.request('PUT', `/api/v1/performance/dsp-scorecards/${w48.id}/entries`, {
      entries: { week: '2026-W45' },
    });
    expect(must(read, 400).json().errors[0].path).toBe('entries.week');
  });

  it('answers problem+json that says what is wrong with the file', async () => {
    const csv = must(await upload('scorecard.csv', Buffer.from('Week,DCR\n2026-W48,99%\n')), 415);
    expect(csv.headers['content-type']).toContain('application/problem+json');
    expect(csv.json().detail).toBe('scorecard.csv is not a PDF.');
    const scan = must(await upload(W48, await scannedPdf(tinyPng())), 422).json();
    expect(scan.detail).toContain('has no text layer');
    const damaged = must(await upload(W48, Buffer.from('%PDF-1.7\n1 0 obj<<garbage')), 422).json();
    expect(damaged.detail).toContain('could not be opened');
    const wrong = must(
      await upload(scorecardFileName('DAX9', 48, 2026), await scorecardPdf({ station: 'DAX9' })),
      422,
    ).json();
    expect(wrong.detail).toBe(
      `${scorecardFileName('DAX9', 48, 2026)} is the scorecard of station DAX9 (page 1 and the file name), not DAU5.`,
    );
    expect(wrong.errors).toEqual([
      { path: 'stationId', message: 'Pick station DAX9, or upload DAU5’s scorecard.' },
    ]);
    const bad = await s.manager.request('PUT', `/api/v1/performance/dsp-scorecards/${w48.id}/entries`, {
      entries: { overallStanding: 'awesome' },
    });
    expect(must(bad, 400).json().errors[0].path).toBe('entries.overallStanding');
  });

  it('keeps uploads and entries to managers, and another org’s or station’s scorecards to themselves', async () => {
    must(await upload(W48, w48.pdf, { as: s.dispatcher }), 403);
    expect((await get(`/performance/dsp-scorecards/${w48.id}`, s.dispatcher)).id).toBe(w48.id);
    const elsewhere = must(
      await upload(scorecardFileName('DAU7', 48, 2026), await scorecardPdf({ station: 'DAU7' }), {
        stationId: s.otherStationId,
      }),
      201,
    ).json();
    must(await s.dispatcher.request('GET', `/api/v1/performance/dsp-scorecards/${elsewhere.id}`), 404);
    must(
      await s.dispatcher.request('GET', `/api/v1/performance/dsp-scorecards?stationId=${s.otherStationId}`),
      404,
    );
    must(await s.beta.owner.request('GET', `/api/v1/performance/dsp-scorecards/${w48.id}`), 404);
    must(
      await s.beta.owner.request('GET', `/api/v1/performance/dsp-scorecards?stationId=${s.stationId}`),
      404,
    );
    must(await upload(W48, w48.pdf, { as: s.beta.owner }), 404);
    const entries = { entries: { overallScore: 1 } };
    must(
      await s.beta.owner.request('PUT', `/api/v1/performance/dsp-scorecards/${w48.id}/entries`, entries),
      404,
    );
  });
});
