import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { must } from '../fleet/test-kit.js';
import { runImport } from '../imports/run-import.js';
import { safetyEventsImport } from './safety-events-import.js';
import { findSafetyEvents } from './store.js';
import {
  csv,
  dashboardCsv,
  dashboardRow,
  givenPerformance,
  type PerformanceScenario,
  SAFETY_HEADER,
  safetyRow,
} from './testing.js';

// Issue 5, item 5: "`safety-events` (Cortex Safety Dashboard rows and Netradyne exports)"; design: natural
// key Event ID, Cortex's "Date Time (PDT/PST)" is the station's local time, stored as UTC.

const ANA = 'A1B2C3D4E5F6G7';
const STRANGER = 'ASTRANGER0001';

const CORTEX = csv(SAFETY_HEADER, [
  safetyRow('EV-1', ANA, {
    'Date Time (PDT/PST)': '2026-11-23 09:41:07',
    'Review Details': 'Looked at phone, "twice"',
  }),
  safetyRow('EV-2', ANA, {
    Date: '2026-11-24',
    'Date Time (PDT/PST)': '11/24/2026 4:05 PM',
    'Metric Type': 'Driver Distraction',
    'Metric Subtype': 'Looking Down',
  }),
  safetyRow('EV-3', STRANGER, {
    Date: '2026-11-25',
    'Date Time (PDT/PST)': '2026-11-25 07:00:00',
    Source: 'Driveri',
  }),
]);

// Netradyne's daily export names the same things its own way, with UTC times and no business date.
const NETRADYNE = csv(
  [
    'Alert ID',
    'Driver Name',
    'Driver ID',
    'Vehicle Number',
    'Event Time',
    'Event Type',
    'Severity',
    'Video URL',
  ],
  [
    {
      'Alert ID': 'ND-9001',
      'Driver Name': 'Ana Garcia',
      'Driver ID': ANA,
      'Vehicle Number': 'V-017',
      'Event Time': '2026-11-24T06:30:00Z',
      'Event Type': 'Hard Braking',
      Severity: 'High',
      'Video URL': 'https://netradyne.example.com/v/9001',
    },
  ],
  { bom: false, eol: '\n' },
);

describe('the safety-events import kind', () => {
  let s: PerformanceScenario;
  let ana = '';
  const events = async (ids: string[]) =>
    (await findSafetyEvents(s.t.db.db, s.org.orgId, ids)).sort((a, b) =>
      a.event_id.localeCompare(b.event_id),
    );

  beforeAll(async () => {
    s = await givenPerformance();
    ana = await s.addDa({ firstName: 'Ana', lastName: 'Garcia', transporterId: ANA });
  });
  afterAll(() => s.close());

  it('reads Cortex’s Safety Dashboard: local times to UTC, the DA by Transporter ID, an unknown ID kept', async () => {
    expect((await s.importFile('safety-events', 'Safety_Dashboard_DAU5.csv', CORTEX)).body).toMatchObject({
      status: 'committed',
      created: 3,
    });
    const [ev1, ev2, ev3] = await events(['EV-1', 'EV-2', 'EV-3']);
    expect(ev1).toMatchObject({
      occurred_at: '2026-11-23T17:41:07.000Z', // 09:41 PST
      business_date: '2026-11-23',
      driver_id: ana,
      metric_type: 'Following Distance',
      metric_subtype: null,
      source: 'netradyne',
      review_details: 'Looked at phone, "twice"',
      status: 'new',
    });
    expect(ev2).toMatchObject({
      occurred_at: '2026-11-25T00:05:00.000Z',
      business_date: '2026-11-24',
      metric_subtype: 'Looking Down',
    });
    expect(ev3).toMatchObject({ transporter_id: STRANGER, driver_id: null, source: 'netradyne' });
    const unknown = must(
      await s.manager.request('GET', '/api/v1/performance/unknown-transporters'),
      200,
    ).json();
    expect(unknown.items).toEqual([
      expect.objectContaining({ transporterId: STRANGER, rows: 1, firstSeen: '2026-11-25' }),
    ]);
  });

  it('reads a Netradyne export by its own headers, its day taken in the station’s zone', async () => {
    expect((await s.importFile('safety-events', 'netradyne.csv', NETRADYNE)).body).toMatchObject({
      created: 1,
    });
    const [nd] = await events(['ND-9001']);
    // 06:30 UTC on the 24th is 22:30 on the 23rd in Los Angeles.
    expect(nd).toMatchObject({
      occurred_at: '2026-11-24T06:30:00.000Z',
      business_date: '2026-11-23',
      driver_id: ana,
      vehicle: 'V-017',
      severity: 'High',
      metric_type: 'Hard Braking',
      video_link: 'https://netradyne.example.com/v/9001',
    });
  });

  it('changes nothing the second time; a re-import updates what the file says and keeps the review status', async () => {
    await s.t.db.db
      .updateTable('safety_events')
      .set({ status: 'coached' })
      .where('event_id', '=', 'EV-1')
      .execute();
    expect((await s.importFile('safety-events', 'again.csv', CORTEX)).body).toMatchObject({
      created: 0,
      unchanged: 3,
    });
    const reviewed = CORTEX.replace('Looked at phone, ""twice""', 'Upheld by Amazon');
    expect((await s.importFile('safety-events', 'again.csv', reviewed)).body).toMatchObject({
      updated: 1,
      unchanged: 2,
    });
    expect((await events(['EV-1']))[0]).toMatchObject({
      review_details: 'Upheld by Amazon',
      status: 'coached',
    });
  });

  it('counts the week’s events beside each DA of the week', async () => {
    await s.importFile('da-weekly', 'week48.csv', dashboardCsv([dashboardRow(ANA, 'Ana Garcia')]));
    const week = must(
      await s.manager.request('GET', `/api/v1/performance/week?stationId=${s.stationId}&week=2026-W48`),
      200,
    ).json();
    expect(week.das).toEqual([expect.objectContaining({ driverId: ana, safetyEvents: 3 })]);
  });

  it('names every bad cell and stores nothing: times, links, a repeated Event ID, a missing column', async () => {
    const bad = csv(SAFETY_HEADER, [
      safetyRow('EV-10', ANA, { 'Date Time (PDT/PST)': 'yesterday' }),
      safetyRow('EV-11', ANA, { 'Video Link': 'video 11' }),
      safetyRow('EV-12', ANA),
      safetyRow('EV-12', ANA),
    ]);
    const res = await s.importFile('safety-events', 'bad.csv', bad);
    expect(res.body.errors).toEqual([
      { row: 2, column: 'Date Time (PDT/PST)', message: expect.stringMatching(/^A date and time/) },
      { row: 3, column: 'Video Link', message: 'A link starting with https://.' },
      { row: 5, column: 'Event ID', message: 'Same EV-12 as row 4.' },
    ]);
    expect(await events(['EV-10', 'EV-11', 'EV-12'])).toEqual([]);
    const noType = csv(
      SAFETY_HEADER.filter((h) => h !== 'Metric Type'),
      [safetyRow('EV-13', ANA)],
    );
    expect((await s.importFile('safety-events', 'no-type.csv', noType)).body.errors).toEqual([
      {
        row: 1,
        column: 'Metric Type',
        message: 'No column for “Metric Type”: add it or map it to a column of the file.',
      },
    ]);
  });

  it('saves a file longer than the rows kept in memory the same way, reading it again', async () => {
    const rows = Array.from({ length: 30 }, (_, i) =>
      safetyRow(`LONG-${i}`, ANA, {
        'Date Time (PDT/PST)': `2026-11-26 10:${String(i).padStart(2, '0')}:00`,
      }),
    );
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'safety-'));
    const file = path.join(dir, 'long.csv');
    fs.writeFileSync(file, csv(SAFETY_HEADER, rows));
    const actor = {
      orgId: s.org.orgId,
      userId: null,
      role: 'manager' as const,
      stationIds: null,
      label: 'test',
    };
    const request = {
      kind: safetyEventsImport as never,
      file,
      fileName: 'long.csv',
      sha256: 'x',
      actor,
      stationId: s.stationId,
      dryRun: false,
    };
    try {
      expect(await runImport(s.t.db.db, request, { keepRows: 4 })).toMatchObject({
        status: 'committed',
        created: 30,
      });
      expect(await runImport(s.t.db.db, request, { keepRows: 4 })).toMatchObject({ unchanged: 30 });
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
    const [last] = await events(['LONG-29']);
    expect(last).toMatchObject({ occurred_at: '2026-11-26T18:29:00.000Z', driver_id: ana });
  });

  it('keeps another org’s events apart, even with the same Event ID', async () => {
    const res = await s.importFile('safety-events', 'beta.csv', CORTEX, {
      as: s.beta.owner,
      stationId: s.beta.stationId,
    });
    expect(res.body).toMatchObject({ status: 'committed', created: 3 });
    expect((await events(['EV-1']))[0]).toMatchObject({
      status: 'coached',
      review_details: 'Upheld by Amazon',
    });
    const theirs = must(
      await s.beta.owner.request('GET', '/api/v1/performance/unknown-transporters'),
      200,
    ).json();
    expect(theirs.items.map((i: { transporterId: string }) => i.transporterId).sort()).toEqual(
      [ANA, STRANGER].sort(),
    );
  });
});
