import { STANDINGS, type Standing } from './profile.js';

/**
 * What Stationhand reads off Amazon's weekly DSP scorecard PDF (shared domain scorecard.md): the week,
 * the station, the overall score and standing, and each category's tier and score. Each field is either
 * read — with the text it came from and where — or unread with the reason; nothing is inferred.
 */

export const SCORECARD_CATEGORIES = ['safety', 'delivery', 'pickup', 'team'] as const;
export type ScorecardCategory = (typeof SCORECARD_CATEGORIES)[number];

interface CategoryInfo {
  label: string;
  /** How scorecards have titled the category (compared folded: "&" reads as "and"). */
  titles: readonly string[];
  /** Pickup Quality is only on the scorecards of stations with pickups. */
  required: boolean;
}

export const CATEGORY_INFO: Record<ScorecardCategory, CategoryInfo> = {
  safety: {
    label: 'Safety & Compliance',
    titles: ['Safety and Compliance', 'Safety Compliance'],
    required: true,
  },
  delivery: { label: 'Delivery Quality', titles: ['Delivery Quality', 'Quality'], required: true },
  pickup: { label: 'Pickup Quality', titles: ['Pickup Quality'], required: false },
  team: { label: 'Team & Fleet', titles: ['Team and Fleet', 'Team'], required: true },
};

export type FieldKind = 'week' | 'station' | 'score' | 'standing';
export type FieldKey =
  | 'week'
  | 'station'
  | 'overallScore'
  | 'overallStanding'
  | `${ScorecardCategory}.tier`
  | `${ScorecardCategory}.score`;

export interface FieldInfo {
  key: FieldKey;
  label: string;
  kind: FieldKind;
  /** A scorecard is complete once every required field has a value, read or entered. */
  required: boolean;
}

export const FIELDS: readonly FieldInfo[] = [
  { key: 'week', label: 'Week', kind: 'week', required: true },
  { key: 'station', label: 'Station', kind: 'station', required: false },
  { key: 'overallScore', label: 'Overall score', kind: 'score', required: true },
  { key: 'overallStanding', label: 'Overall standing', kind: 'standing', required: true },
  ...SCORECARD_CATEGORIES.flatMap((c): FieldInfo[] => [
    {
      key: `${c}.tier`,
      label: `${CATEGORY_INFO[c].label} tier`,
      kind: 'standing',
      required: CATEGORY_INFO[c].required,
    },
    { key: `${c}.score`, label: `${CATEGORY_INFO[c].label} score`, kind: 'score', required: false },
  ]),
];

export const FIELD_KEYS = FIELDS.map((f) => f.key) as [FieldKey, ...FieldKey[]];
export const FIELD: Record<FieldKey, FieldInfo> = Object.fromEntries(FIELDS.map((f) => [f.key, f])) as Record<
  FieldKey,
  FieldInfo
>;

/** A field's value: the week's Sunday, a station code, a score (0–100) or a standing key. */
export type FieldValue = string | number;

export type FieldReading =
  | { read: true; value: FieldValue; text: string; where: string }
  | { read: false; reason: string };

export type FieldReadings = Record<FieldKey, FieldReading>;

export const unread = (reason: string): FieldReading => ({ read: false, reason });

/** Standings as the scorecard writes them, longest first so "Fantastic Plus" wins over "Fantastic". */
const STANDING_WORDS: readonly [RegExp, Standing][] = [
  [/^fantastic\s*(?:plus|\+)$/i, 'fantastic_plus'],
  [/^fantastic$/i, 'fantastic'],
  [/^great$/i, 'great'],
  [/^fair$/i, 'fair'],
  [/^poor$/i, 'poor'],
];

/** A standing word's key, or null when the text is no standing. */
export function standingOf(text: string): Standing | null {
  const t = text.trim();
  return STANDING_WORDS.find(([re]) => re.test(t))?.[1] ?? null;
}

export const isStanding = (v: unknown): v is Standing => STANDINGS.includes(v as Standing);
