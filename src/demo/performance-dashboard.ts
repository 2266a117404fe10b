import type { MetricKey } from '../performance/domain/metrics.js';
import { weekLabel } from '../performance/domain/weeks.js';
import type { Cell } from './demo-file.js';
import type { DaWeekRecord } from './performance-history.js';

/**
 * Amazon's DSP Overview Dashboard: its header (with the trailing space after "Delivery Associate") and
 * a DA's week as its row.
 */

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

/** A DA's week as a row of the dashboard. */
export function dashboardRow(r: DaWeekRecord): Cell[] {
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
