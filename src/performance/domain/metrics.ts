/**
 * The per-DA metrics of Amazon's weekly scorecard (shared domain scorecard.md) and the columns of the
 * "DSP Overview Dashboard" file that carry them (data-files.md). What each metric means to a DA,
 * its tiers and its weight are the scoring profile's (profile.ts), which owners edit.
 */

export const METRIC_KEYS = [
  'fico',
  'seatbelt',
  'speeding',
  'distractions',
  'sign_signal',
  'following_distance',
  'cdf_dpmo',
  'ced',
  'dcr',
  'dnr_dpmo',
  'dsb_dpmo',
  'pod',
  'contact_compliance',
  'psb',
  'delivered',
] as const;
export type MetricKey = (typeof METRIC_KEYS)[number];

/**
 * ratio: a share stored as a fraction (0.996), shown as a percentage; rate: events per 100 trips;
 * dpmo: defects per million opportunities; score: FICO's 100–850; count: whole things.
 */
export const UNITS_LIST = ['ratio', 'rate', 'dpmo', 'score', 'count'] as const;
export type Unit = (typeof UNITS_LIST)[number];
export type Direction = 'higher' | 'lower';
export const CATEGORIES = ['safety', 'delivery', 'pickup', 'volume'] as const;
export type Category = (typeof CATEGORIES)[number];

export const CATEGORY_LABELS: Record<Category, string> = {
  safety: 'Safety & Compliance',
  delivery: 'Delivery Quality',
  pickup: 'Pickup Quality',
  volume: 'Volume',
};

export interface MetricInfo {
  key: MetricKey;
  label: string;
  unit: Unit;
  direction: Direction;
  category: Category;
  /** Headers of the value column, the file's own first. */
  headers: readonly string[];
  /** What "<stem> Tier" and "<stem> Score" columns start with; none: the file gives no tier. */
  stems: readonly string[];
}

const metric = (
  key: MetricKey,
  label: string,
  unit: Unit,
  direction: Direction,
  category: Category,
  headers: readonly string[],
  stems: readonly string[] = headers,
): MetricInfo => ({ key, label, unit, direction, category, headers, stems });

export const METRICS: readonly MetricInfo[] = [
  metric('fico', 'FICO', 'score', 'higher', 'safety', ['FICO Metric', 'FICO'], ['FICO']),
  metric('seatbelt', 'Seatbelt-off rate', 'rate', 'lower', 'safety', ['Seatbelt-Off Rate', 'Seatbelt Off']),
  metric('speeding', 'Speeding event rate', 'rate', 'lower', 'safety', [
    'Speeding Event Rate (Per Trip)',
    'Speeding Event Rate',
    'Speeding',
  ]),
  metric('distractions', 'Distractions rate', 'rate', 'lower', 'safety', [
    'Distractions Rate',
    'Distractions',
  ]),
  metric('sign_signal', 'Sign/signal violations rate', 'rate', 'lower', 'safety', [
    'Sign/ Signal Violations Rate',
    'Sign/Signal',
  ]),
  metric('following_distance', 'Following distance rate', 'rate', 'lower', 'safety', [
    'Following Distance Rate',
    'Following Distance',
  ]),
  metric('cdf_dpmo', 'CDF DPMO', 'dpmo', 'lower', 'delivery', ['CDF DPMO', 'CDF']),
  metric('ced', 'Customer escalations (CED)', 'count', 'lower', 'delivery', [
    'CED',
    'Customer Escalation Defect',
  ]),
  metric('dcr', 'Delivery completion rate (DCR)', 'ratio', 'higher', 'delivery', [
    'DCR',
    'Delivery Completion Rate',
  ]),
  metric('dnr_dpmo', 'DNR DPMO', 'dpmo', 'lower', 'delivery', ['DNR DPMO', 'DNR']),
  metric('dsb_dpmo', 'DSB DPMO', 'dpmo', 'lower', 'delivery', ['DSB', 'DSB DPMO'], ['DSB DPMO', 'DSB']),
  metric('pod', 'Photo on delivery (POD)', 'ratio', 'higher', 'delivery', ['POD', 'Photo On Delivery']),
  metric('contact_compliance', 'Contact compliance', 'ratio', 'higher', 'delivery', [
    'Contact Compliance',
    'CC',
  ]),
  metric('psb', 'Pickup success (PSB)', 'ratio', 'higher', 'pickup', ['PSB', 'Pickup Success Behaviors']),
  metric(
    'delivered',
    'Packages delivered',
    'count',
    'higher',
    'volume',
    ['Packages Delivered', 'Delivered'],
    [],
  ),
];

export const METRIC: Record<MetricKey, MetricInfo> = Object.fromEntries(
  METRICS.map((m) => [m.key, m]),
) as Record<MetricKey, MetricInfo>;

/** The metrics whose file has a Tier and a Score column beside the value. */
export const TIERED_METRICS = METRICS.filter((m) => m.stems.length > 0);

export type MetricValues = Record<MetricKey, number | null>;

/** Every metric with no data: what a DA week holds before a file says otherwise. */
export const noMetrics = (): MetricValues =>
  Object.fromEntries(METRIC_KEYS.map((k) => [k, null])) as MetricValues;
