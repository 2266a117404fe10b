import {
  type Client,
  type SeededOrg,
  seedOrg,
  signIn,
  startTestApp,
  type TestApp,
  uploadImport,
} from '../app/testing.js';
import type { Unmatched } from '../imports/domain/unmatched.js';
import { addDa, linkLogin } from '../people/testing.js';

/**
 * Builders for performance tests: Amazon's and the cameras' files as real exports write them, and an
 * org with two stations, its staff, a DA login and a second org to prove isolation.
 */

/** The "DSP Overview Dashboard" header, with Amazon's trailing space after "Delivery Associate". */
export const DASHBOARD_HEADER = [
  'Week',
  'Delivery Associate ',
  'Transporter ID',
  'Overall Standing',
  'Overall Score',
  ...['FICO', 'Speeding Event Rate (Per Trip)', 'Seatbelt-Off Rate', 'Distractions Rate'].flatMap(
    metricColumns,
  ),
  ...['Sign/ Signal Violations Rate', 'Following Distance Rate', 'CDF DPMO', 'CED', 'DCR'].flatMap(
    metricColumns,
  ),
  'DSB',
  'DSB DPMO Tier',
  'DSB DPMO Score',
  ...['POD', 'PSB'].flatMap(metricColumns),
  'Packages Delivered',
  'DCR Weight Applied',
];

function metricColumns(stem: string): string[] {
  return [stem === 'FICO' ? 'FICO Metric' : stem, `${stem} Tier`, `${stem} Score`];
}

/** A DA's row of the dashboard: a strong week unless told otherwise (cells by header). */
export function dashboardRow(transporterId: string, name: string, over: Record<string, string> = {}) {
  return {
    Week: '2026-W48',
    'Delivery Associate ': name,
    'Transporter ID': transporterId,
    'Overall Standing': 'Fantastic',
    'Overall Score': '91.2',
    'FICO Metric': '812',
    'FICO Tier': 'Fantastic',
    'FICO Score': '100',
    'Seatbelt-Off Rate': '0',
    'Speeding Event Rate (Per Trip)': '0.12',
    'CDF DPMO': '1,250',
    'CDF DPMO Tier': 'Fantastic',
    CED: '0',
    'CED Tier': 'Fantastic',
    DCR: '99.6%',
    'DCR Tier': 'Fantastic',
    'DCR Score': '100',
    DSB: '0',
    POD: '0.991',
    'POD Tier': 'Fantastic',
    PSB: '-',
    'Packages Delivered': '1,204',
    'DCR Weight Applied': '0.25',
    ...over,
  };
}

export interface CsvOptions {
  bom?: boolean;
  eol?: string;
}

const quoted = (v: string) => (/[",\r\n]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v);

/** A CSV of rows keyed by header (a missing cell is blank), as Excel saves it: BOM and CRLF by default. */
export function csv(
  header: string[],
  rows: Record<string, string>[],
  { bom = true, eol = '\r\n' }: CsvOptions = {},
) {
  const lines = [header, ...rows.map((r) => header.map((h) => r[h] ?? ''))].map((cells) =>
    cells.map(quoted).join(','),
  );
  return `${bom ? '\uFEFF' : ''}${lines.join(eol)}${eol}`;
}

export const dashboardCsv = (rows: Record<string, string>[], options?: CsvOptions) =>
  csv(DASHBOARD_HEADER, rows, options);

/** Cortex's Safety Dashboard columns. */
export const SAFETY_HEADER = [
  'Date',
  'Delivery Associate',
  'Transporter ID',
  'Event ID',
  'Date Time (PDT/PST)',
  'VIN',
  'Program Impact',
  'Metric Type',
  'Metric Subtype',
  'Source',
  'Video Link',
  'Review Details',
];

export function safetyRow(eventId: string, transporterId: string, over: Record<string, string> = {}) {
  return {
    Date: '2026-11-23',
    'Delivery Associate': 'Test DA',
    'Transporter ID': transporterId,
    'Event ID': eventId,
    'Date Time (PDT/PST)': '2026-11-23 09:41:07',
    VIN: '3C6MRVJG0RE100001',
    'Program Impact': 'Yes',
    'Metric Type': 'Following Distance',
    'Metric Subtype': '',
    Source: 'Netradyne',
    'Video Link': `https://video.example.com/${eventId}`,
    'Review Details': '',
    ...over,
  };
}

/** An org (acme) with stations DAU5 and DAU7, its staff and a DA login; another org (beta) beside it. */
export interface PerformanceScenario {
  t: TestApp;
  org: SeededOrg;
  stationId: string;
  otherStationId: string;
  owner: Client;
  manager: Client;
  /** Limited to DAU5. */
  dispatcher: Client;
  driver: Client;
  beta: { owner: Client; stationId: string };
  addDa(over?: Record<string, unknown>): Promise<string>;
  linkDriver(driverId: string): Promise<void>;
  /** Uploads a file as `c` (the manager by default) to DAU5 unless told otherwise; answers the result. */
  importFile(
    kind: string,
    fileName: string,
    content: string | Buffer,
    opts?: { as?: Client; stationId?: string },
  ): Promise<ImportAnswer>;
  close(): Promise<void>;
}

export interface ImportAnswer {
  statusCode: number;
  body: {
    id: string;
    status: string;
    created: number;
    updated: number;
    unchanged: number;
    errors: { row: number; column: string; message: string }[];
    unmatched?: Unmatched | null;
  };
}

export async function givenPerformance(): Promise<PerformanceScenario> {
  const t = await startTestApp();
  const org = await seedOrg(t.db, {
    slug: 'acme',
    stations: ['DAU5', 'DAU7'],
    users: [
      { email: 'owner@acme.test', role: 'owner' },
      { email: 'mgr@acme.test', role: 'manager' },
      { email: 'disp@acme.test', role: 'dispatcher', stations: ['DAU5'] },
      { email: 'da@acme.test', role: 'driver', stations: ['DAU5'] },
    ],
  });
  const beta = await seedOrg(t.db, {
    slug: 'beta',
    stations: ['DLA8'],
    users: [{ email: 'owner@beta.test', role: 'owner' }],
  });
  const stationId = org.stationIds.DAU5 as string;
  const owner = await signIn(t.app, 'owner@acme.test');
  const manager = await signIn(t.app, 'mgr@acme.test');
  return {
    t,
    org,
    stationId,
    otherStationId: org.stationIds.DAU7 as string,
    owner,
    manager,
    dispatcher: await signIn(t.app, 'disp@acme.test'),
    driver: await signIn(t.app, 'da@acme.test'),
    beta: { owner: await signIn(t.app, 'owner@beta.test'), stationId: beta.stationIds.DLA8 as string },
    addDa: (over = {}) => addDa(owner, stationId, over),
    linkDriver: (driverId) =>
      linkLogin(t, org.orgId, driverId, org.userIds['da@acme.test']).then(() => undefined),
    importFile: async (kind, fileName, content, opts = {}) => {
      const res = await uploadImport(opts.as ?? manager, kind, fileName, content, {
        stationId: opts.stationId ?? stationId,
      });
      return { statusCode: res.statusCode, body: res.json() };
    },
    close: () => t.close(),
  };
}
