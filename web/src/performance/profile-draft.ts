import { METRIC_KEYS, type MetricKey, type MetricRule, type ScoringProfile } from './api.js';
import { UNITS } from './labels.js';

/**
 * A scoring profile as the editor's fields hold it: numbers as typed text, shares (DCR, POD…) in
 * percent as people write them, blank for "not known".
 */
export interface MetricDraft {
  fantastic: string;
  great: string;
  fair: string;
  strict: boolean;
  weight: string;
  scale: string;
  ifNoData: string;
  en: string;
  es: string;
}

export interface ProfileDraft {
  name: string;
  estimate: boolean;
  effectiveWeek: string;
  intercept: string;
  bands: Record<keyof ScoringProfile['bands'], string>;
  poorCaps: Record<keyof ScoringProfile['poorCaps'], string>;
  metrics: Record<MetricKey, MetricDraft>;
}

const isShare = (key: MetricKey) => UNITS[key] === 'ratio';
const text = (n: number | null) => (n === null ? '' : String(n));
/** A share's value as a percentage, without the float noise of × 100. */
const shareText = (key: MetricKey, n: number | null) =>
  n === null ? '' : isShare(key) ? String(Math.round(n * 1e6) / 1e4) : String(n);
const number = (s: string): number | null => (s.trim() === '' ? null : Number(s));
const shareNumber = (key: MetricKey, s: string) => {
  const n = number(s);
  return n === null || !isShare(key) ? n : Math.round(n * 1e4) / 1e6;
};

const stringsOf = <K extends string>(o: Record<K, number>) =>
  Object.fromEntries(Object.entries(o).map(([k, v]) => [k, String(v)])) as Record<K, string>;
const numbersOf = <K extends string>(o: Record<K, string>) =>
  Object.fromEntries(Object.entries(o).map(([k, v]) => [k, Number(v)])) as Record<K, number>;

export function draftOf(profile: ScoringProfile, effectiveWeek: string): ProfileDraft {
  const metric = (key: MetricKey, r: MetricRule): MetricDraft => ({
    fantastic: shareText(key, r.thresholds.fantastic),
    great: shareText(key, r.thresholds.great),
    fair: shareText(key, r.thresholds.fair),
    strict: r.strict,
    weight: String(r.weight),
    scale: text(r.scale),
    ifNoData: shareText(key, r.ifNoData),
    en: r.definition.en,
    es: r.definition.es,
  });
  return {
    name: profile.name,
    estimate: profile.estimate,
    effectiveWeek,
    intercept: String(profile.intercept),
    bands: stringsOf(profile.bands),
    poorCaps: stringsOf(profile.poorCaps),
    metrics: Object.fromEntries(
      METRIC_KEYS.map((k) => [k, metric(k, profile.metrics[k])]),
    ) as ProfileDraft['metrics'],
  };
}

/** The profile the draft says, for the server to check (it names any field that is wrong). */
export function profileOf(draft: ProfileDraft): ScoringProfile {
  const metric = (key: MetricKey, d: MetricDraft): MetricRule => ({
    definition: { en: d.en, es: d.es },
    thresholds: {
      fantastic: shareNumber(key, d.fantastic),
      great: shareNumber(key, d.great),
      fair: shareNumber(key, d.fair),
    },
    strict: d.strict,
    weight: number(d.weight) ?? 0,
    scale: number(d.scale),
    ifNoData: shareNumber(key, d.ifNoData),
  });
  return {
    name: draft.name,
    estimate: draft.estimate,
    intercept: Number(draft.intercept),
    bands: numbersOf(draft.bands),
    poorCaps: numbersOf(draft.poorCaps),
    metrics: Object.fromEntries(
      METRIC_KEYS.map((k) => [k, metric(k, draft.metrics[k])]),
    ) as ScoringProfile['metrics'],
  };
}

/** The Sunday starting the week after `today` (YYYY-MM-DD): a new profile's usual first week. */
export function nextSunday(today: string): string {
  const d = new Date(`${today}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 7 - d.getUTCDay());
  return d.toISOString().slice(0, 10);
}
