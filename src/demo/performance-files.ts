import type { MetricKey } from '../performance/domain/metrics.js';
import { weekLabel } from '../performance/domain/weeks.js';
import { addDays } from '../shared/days.js';
import type { DaWeekRecord, StationHistory } from './performance-history.js';
import { streamFor } from './performance-profile.js';
import type { CameraEvent, DrawnEvent, DrawnFeedback, EventMetric } from './performance-week.js';

/**
 * A station's twelve weeks as the files Amazon and the camera vendor hand a DSP, with their file names
 * and headers as the real exports have them (shared data-files.md): the DSP Overview Dashboard (with
 * the trailing space after "Delivery Associate"), Cortex's Safety Dashboard, a Netradyne alerts
 * export, negative customer delivery feedback and delivery concessions. One file per kind and week.
 */

export type Cell = string | number;
export type DemoFileKind =
  | 'da-weekly'
  | 'safety-events'
  | 'customer-feedback'
  | 'rate-card'
  | 'wst-service-details'
  | 'variable-invoice'
  | 'incentive-invoice'
  | 'deposit'
  | 'fixed-monthly'
  | 'afs'
  | 'fleet-invoice'
  | 'capacity-reliability';

export interface DemoFile {
  kind: DemoFileKind;
  stationCode: string;
  weekStart: string;
  /** Amazon's name for it, without the extension (.csv, or .xlsx for a dashboard saved in Excel). */
  baseName: string;
  header: string[];
  rows: Cell[][];
}

/** Amazon's short code of a DSP, from its name's initials ("Desert Coast Delivery LLC" → DCDL). */
export const dspCode = (orgName: string): string =>
  orgName
    .split(/[^A-Za-z]+/)
    .filter(Boolean)
    .map((w) => w[0]?.toUpperCase())
    .join('')
    .slice(0, 4)
    .padEnd(4, 'X');

// ---- DSP Overview Dashboard --------------------------------------------------------------------------

/** The dashboard's metrics in its column order: the value's header, and the stem of its Tier and Score. */
const DASHBOARD: [MetricKey, string, string][] = [
  ['fico', 'FICO Metric', 'FICO'],
  ['speeding', 'Speeding Event Rate (Per Trip)', 'Speeding Event Rate (Per Trip)'],
  ['seatbelt', 'Seatbelt-Off Rate', 'Seatbelt-Off Rate'],
  ['distractions', 'Distractions Rate', 'Distractions Rate'],
  ['sign_signal', 'Sign/ Signal Violations Rate', 'Sign/ Signal Violations Rate'],
  ['following_distance', 'Following Distance Rate', 'Following Distance Rate'],
  ['cdf_dpmo', 'CDF DPMO', 'CDF DPMO'],
  ['ced', 'CED', 'CED'],
  ['dcr', 'DCR', 'DCR'],
  ['dsb_dpmo', 'DSB', 'DSB DPMO'],
  ['pod', 'POD', 'POD'],
  ['psb', 'PSB', 'PSB'],
];

export const DASHBOARD_HEADER = [
  'Week',
  'Delivery Associate ',
  'Transporter ID',
  'Overall Standing',
  'Overall Score',
  ...DASHBOARD.flatMap(([, value, stem]) => [value, `${stem} Tier`, `${stem} Score`]),
  'Packages Delivered',
  ...DASHBOARD.map(([, , stem]) => `${stem} Weight Applied`),
];

const TIER_TEXT: Record<string, string> = {
  fantastic_plus: 'Fantastic Plus',
  fantastic: 'Fantastic',
  great: 'Great',
  fair: 'Fair',
  poor: 'Poor',
};

const PERCENT_METRICS = new Set<MetricKey>(['dcr', 'pod', 'psb']);

/** A value as the dashboard writes it: shares as 99.61%, DPMOs with thousands separators, "-" for none. */
function valueCell(key: MetricKey, value: number | null): Cell {
  if (value === null) return '-';
  if (PERCENT_METRICS.has(key)) return `${(value * 100).toFixed(2)}%`;
  if (key === 'cdf_dpmo') return value.toLocaleString('en-US');
  return value;
}

function dashboardRow(r: DaWeekRecord): Cell[] {
  const m = r.week.metrics;
  const a = r.amazon;
  return [
    weekLabel(r.weekStart),
    r.name,
    r.transporterId,
    a.standing ? (TIER_TEXT[a.standing] as string) : '-',
    a.overallScore ?? '-',
    ...DASHBOARD.flatMap(([key]) => {
      const tier = a.tiers[key];
      return [valueCell(key, m[key]), tier ? (TIER_TEXT[tier] as string) : '-', a.scores[key] ?? '-'];
    }),
    m.delivered ?? 0,
    ...DASHBOARD.map(([key]) => a.weights[key] ?? 0),
  ];
}

// ---- times ---------------------------------------------------------------------------------------

const pad = (n: number) => String(n).padStart(2, '0');

/** Formatters are costly to make and there are thousands of events: one per zone. */
const clocks = new Map<string, Intl.DateTimeFormat>();
const clockOf = (zone: string) => {
  let clock = clocks.get(zone);
  if (!clock) {
    clock = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    clocks.set(zone, clock);
  }
  return clock;
};

/** The station's wall clock at an instant, and its offset from UTC in minutes. */
function wallClock(zone: string, at: Date): { date: string; time: string; offset: number } {
  const parts = clockOf(zone).formatToParts(at);
  const n = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const wall = Date.UTC(n('year'), n('month') - 1, n('day'), n('hour'), n('minute'), n('second'));
  return {
    date: `${n('year')}-${pad(n('month'))}-${pad(n('day'))}`,
    time: `${pad(n('hour'))}:${pad(n('minute'))}:${pad(n('second'))}`,
    offset: Math.round((wall - at.getTime()) / 60_000),
  };
}

/** Cortex names the station's zone in the time column's header: "Date Time (PDT/PST)". */
function zoneHeader(zone: string): string {
  const standard = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'short' })
    .formatToParts(new Date('2026-01-15T12:00:00Z'))
    .find((p) => p.type === 'timeZoneName')?.value;
  const pair: Record<string, string> = { PST: 'PDT/PST', CST: 'CDT/CST', MST: 'MDT/MST', EST: 'EDT/EST' };
  return `Date Time (${pair[standard ?? ''] ?? 'PDT/PST'})`;
}

/** ISO 8601 with the station's offset, as Netradyne's export writes times. */
function isoWithOffset(zone: string, at: Date): string {
  const w = wallClock(zone, at);
  const sign = w.offset < 0 ? '-' : '+';
  const off = Math.abs(w.offset);
  return `${w.date}T${w.time}${sign}${pad(Math.floor(off / 60))}:${pad(off % 60)}`;
}

// ---- ids -----------------------------------------------------------------------------------------

const hex = (rand: () => number, n: number) =>
  Array.from({ length: n }, () => Math.floor(rand() * 16).toString(16)).join('');
const digits = (rand: () => number, n: number) =>
  Array.from({ length: n }, () => Math.floor(rand() * 10)).join('');
const eventId = (rand: () => number) =>
  `${hex(rand, 8)}-${hex(rand, 4)}-4${hex(rand, 3)}-a${hex(rand, 3)}-${hex(rand, 12)}`;

// ---- Cortex Safety Dashboard and Netradyne ---------------------------------------------------------

const CORTEX: Record<EventMetric, [string, string[]]> = {
  speeding: ['Speeding', ['10-19 MPH over the limit', '20+ MPH over the limit']],
  following_distance: ['Following Distance', ['']],
  distractions: ['Distraction', ['Looking Down', 'Phone Manipulation', 'Talking on Phone']],
  sign_signal: [
    'Sign/Signal Violation',
    ['Stop Sign Violation', 'Traffic Light Violation', 'Illegal U-Turn'],
  ],
  seatbelt: ['Seatbelt-Off', ['']],
};

const pickOf = <T>(rand: () => number, items: readonly T[]) => items[Math.floor(rand() * items.length)] as T;

function cortexRow(rand: () => number, zone: string, r: DaWeekRecord, e: DrawnEvent): Cell[] {
  const id = eventId(rand);
  const [type, subtypes] = CORTEX[e.metric];
  const w = wallClock(zone, e.at);
  return [
    e.route.date,
    r.name,
    r.transporterId,
    id,
    `${w.date} ${w.time}`,
    e.route.vin ?? '',
    'Yes',
    type,
    pickOf(rand, subtypes),
    'Netradyne',
    `https://cortex.amazon.example/safety/video/${id}`,
    rand() < 0.15 ? 'Reviewed: valid event' : '',
  ];
}

function netradyneRow(rand: () => number, zone: string, r: DaWeekRecord, e: CameraEvent): Cell[] {
  const id = digits(rand, 10);
  return [
    id,
    isoWithOffset(zone, e.at),
    r.name,
    r.transporterId,
    e.route.fleetNumber ?? '',
    e.type,
    e.severity,
    'Driveri',
    `https://idms.netradyne.example/alerts/${id}/video`,
  ];
}

// ---- customer feedback and concessions ----------------------------------------------------------------

const COMMENTS: Record<string, string[]> = {
  'Package mishandled': ['Box was crushed on one corner.', 'Package thrown over the gate.'],
  'Driver was unprofessional': ['Driver was rude at the door.', 'Driver honked for a signature.'],
  'Delivered to wrong address': [
    'Left at my neighbour’s, two houses down.',
    'Wrong building in the complex.',
  ],
  'Package not received': ['Says delivered, nothing on the porch.', 'Photo shows a door that is not mine.'],
  'Did not follow delivery instructions': [
    'Asked for the side door, left at the front.',
    'Gate code note ignored.',
  ],
  'Package left in an unsafe place': ['Left in the rain by the curb.', 'Left in front of the garage door.'],
};

const tracking = (rand: () => number) => `TBA3${digits(rand, 11)}`;

function feedbackRow(rand: () => number, r: DaWeekRecord, f: DrawnFeedback): Cell[] {
  return [
    f.route.date,
    r.name,
    r.transporterId,
    tracking(rand),
    f.type,
    pickOf(rand, COMMENTS[f.type] ?? ['']),
  ];
}

const concessionRow = (rand: () => number, r: DaWeekRecord, f: DrawnFeedback): Cell[] => [
  f.route.date,
  r.name,
  r.transporterId,
  tracking(rand),
  f.type,
];

// ---- the files of some weeks ------------------------------------------------------------------------

type Family = 'dashboard' | 'cortex' | 'netradyne' | 'feedback' | 'concessions';
const FAMILIES: Family[] = ['dashboard', 'cortex', 'netradyne', 'feedback', 'concessions'];

interface FamilySpec {
  kind: DemoFileKind;
  name(dsp: string, code: string, weeks: readonly string[]): string;
  header(zone: string): string[];
  rows(rand: () => number, zone: string, records: readonly DaWeekRecord[]): Cell[][];
}

/** "2026-W48", or "2026-W37_to_2026-W47" for several weeks. */
const span = (weeks: readonly string[]) =>
  weeks.length === 1
    ? weekLabel(weeks[0] as string)
    : `${weekLabel(weeks[0] as string)}_to_${weekLabel(weeks.at(-1) as string)}`;

/** The camera's events are of DAs who drove in the demo's history; DAs who left have feedback only. */
const drove = (records: readonly DaWeekRecord[]) => records.filter((r) => !r.left);

const SPECS: Record<Family, FamilySpec> = {
  dashboard: {
    kind: 'da-weekly',
    // Amazon's own several-week export is the "Trailing Six Week" one; the backfill is the same shape.
    name: (dsp, code, weeks) =>
      weeks.length === 1
        ? `DSP_Overview_Dashboard_${dsp}_${code}_${span(weeks)}`
        : `DSP_Overview_Dashboard_Trailing_${weeks.length}_Week_${dsp}_${code}_${weekLabel(weeks.at(-1) as string)}`,
    header: () => DASHBOARD_HEADER,
    rows: (_rand, _zone, records) => records.map(dashboardRow),
  },
  cortex: {
    kind: 'safety-events',
    name: (dsp, code, weeks) => `Safety_Dashboard_${dsp}_${code}_${span(weeks)}`,
    header: (zone) => [
      'Date',
      'Delivery Associate',
      'Transporter ID',
      'Event ID',
      zoneHeader(zone),
      'VIN',
      'Program Impact',
      'Metric Type',
      'Metric Subtype',
      'Source',
      'Video Link',
      'Review Details',
    ],
    rows: (rand, zone, records) =>
      drove(records).flatMap((r) => r.week.events.map((e) => cortexRow(rand, zone, r, e))),
  },
  netradyne: {
    kind: 'safety-events',
    name: (_dsp, code, weeks) =>
      `Netradyne_Alerts_${code}_${weeks[0] as string}_${addDays(weeks.at(-1) as string, 6)}`,
    header: () => [
      'Alert ID',
      'Alert Time',
      'Driver Name',
      'Driver ID',
      'Vehicle',
      'Alert Type',
      'Severity',
      'Device',
      'Video URL',
    ],
    rows: (rand, zone, records) =>
      drove(records).flatMap((r) => r.week.cameraEvents.map((e) => netradyneRow(rand, zone, r, e))),
  },
  feedback: {
    kind: 'customer-feedback',
    name: (dsp, code, weeks) => `DSP_Customer_Delivery_Feedback_negative_${dsp}_${code}_${span(weeks)}`,
    header: () => [
      'Date',
      'Delivery Associate',
      'Transporter ID',
      'Tracking ID',
      'Feedback Type',
      'Feedback Details',
    ],
    rows: (rand, _zone, records) =>
      records.flatMap((r) => r.week.feedback.map((f) => feedbackRow(rand, r, f))),
  },
  concessions: {
    kind: 'customer-feedback',
    name: (dsp, code, weeks) => `DSP_Delivery_Concessions_${dsp}_${code}_${span(weeks)}`,
    header: () => ['Date', 'Delivery Associate', 'Transporter ID', 'Tracking ID', 'Concession Type'],
    rows: (rand, _zone, records) =>
      records.flatMap((r) => r.week.concessions.map((f) => concessionRow(rand, r, f))),
  },
};

/**
 * One file of a family covering `weeks`. Each week's ids come from a stream of the week and family
 * alone, so a week's rows are the same in a weekly file and in a several-week one: importing one after
 * the other changes nothing.
 */
function familyFile(
  seed: number,
  dsp: string,
  history: StationHistory,
  family: Family,
  weeks: readonly string[],
): DemoFile[] {
  const { code, timeZone } = history.station;
  const spec = SPECS[family];
  const rows = weeks.flatMap((w) =>
    spec.rows(
      streamFor(seed, 'ids', code, w, family),
      timeZone,
      history.records.filter((r) => r.weekStart === w),
    ),
  );
  if (rows.length === 0) return [];
  const weekStart = weeks[0] as string;
  return [
    {
      kind: spec.kind,
      stationCode: code,
      weekStart,
      baseName: spec.name(dsp, code, weeks),
      header: spec.header(timeZone),
      rows,
    },
  ];
}

/** Every file of a station's twelve weeks, one per kind and week, as Amazon sends them. */
export const stationFiles = (seed: number, dsp: string, history: StationHistory): DemoFile[] =>
  history.weeks.flatMap((w) => FAMILIES.flatMap((f) => familyFile(seed, dsp, history, f, [w])));

/** One file per kind spanning `weeks`: the history a DSP brings in when it starts (a trailing export). */
export const spanFiles = (
  seed: number,
  dsp: string,
  history: StationHistory,
  weeks: readonly string[],
): DemoFile[] => FAMILIES.flatMap((f) => familyFile(seed, dsp, history, f, weeks));
