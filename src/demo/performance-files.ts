import { weekLabel } from '../performance/domain/weeks.js';
import { addDays } from '../shared/days.js';
import type { Cell, DemoFile, DemoFileKind } from './demo-file.js';
import { DASHBOARD_HEADER, dashboardRow } from './performance-dashboard.js';
import { concessionRow, feedbackRow } from './performance-feedback-rows.js';
import type { DaWeekRecord, StationHistory } from './performance-history.js';
import { streamFor } from './performance-profile.js';
import { cortexRow, netradyneRow, zoneHeader } from './performance-safety-rows.js';

/**
 * A station's twelve weeks as the files Amazon and the camera vendor hand a DSP, with their file names
 * and headers as the real exports have them (shared data-files.md): the DSP Overview Dashboard (with
 * the trailing space after "Delivery Associate"), Cortex's Safety Dashboard, a Netradyne alerts
 * export, negative customer delivery feedback and delivery concessions. One file per kind and week.
 */

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
