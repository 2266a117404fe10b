// The catalogue's keys, units and tiers are the server's own (pure domain code, shared like the board's conflicts).
import { METRIC_KEYS, type MetricKey, type Unit } from '../../../src/performance/domain/metrics.js';
import type { MetricTier, Standing } from '../../../src/performance/domain/profile.js';
import { api } from '../app/api.js';

export { METRIC_KEYS, type MetricKey, type MetricTier, type Standing, type Unit };
export type Metrics = Record<MetricKey, number | null>;
export type Tiers = Record<MetricKey, MetricTier | null>;

export interface WeekRef {
  /** The Sunday the week starts on. */
  week: string;
  /** Amazon's name for it, e.g. 2026-W48. */
  label: string;
  end: string;
}

export interface ProfileRef {
  name: string;
  estimate: boolean;
  effectiveWeek: string | null;
}

/** Amazon's figures as its file gives them (tiers and standings as lower-case keys). */
export interface AmazonFigures {
  standing: string | null;
  score: number | null;
  tiers: Partial<Record<MetricKey, string | null>>;
  scores: Partial<Record<MetricKey, number | null>>;
}

export interface WeekDa {
  id: string;
  driverId: string | null;
  transporterId: string;
  name: string;
  rank: number | null;
  score: number | null;
  standing: Standing | null;
  poorCount: number;
  metrics: Metrics;
  tiers: Tiers;
  amazon: AmazonFigures;
  /** Our score over 12 weeks, oldest first. */
  trend: (number | null)[];
  safetyEvents: number;
  feedback: number;
}

interface StationRef {
  id: string;
  code: string;
  name: string;
}

/** How far our estimate was from Amazon's own figures over the weeks shown. */
export interface Accuracy {
  das: number;
  /** Mean absolute difference, in points. */
  meanAbsError: number | null;
  /** Share of DA weeks with Amazon's standing, 0–1. */
  standingAgreement: number | null;
}

/** The profile's goals, drawn as goal lines: the standings' scores and each metric's Fantastic threshold. */
export interface ProfileGoals {
  bands: { fantastic_plus: number; fantastic: number; great: number; fair: number };
  goals: Record<MetricKey, number | null>;
}

export interface StationWeek extends WeekRef {
  station: StationRef;
  weeks: WeekRef[];
  profile: ProfileRef & ProfileGoals;
  accuracy: Accuracy;
  das: WeekDa[];
}

export interface Estimate {
  score: number | null;
  standing: Standing | null;
  basis: string;
}

export interface Scorecard extends WeekRef {
  station: StationRef;
  profile: ProfileRef;
  das: number;
  estimate: Estimate;
  /** Amazon's own overall of the week, from its scorecard PDF; null: none uploaded. */
  amazon: {
    scorecardId: string;
    standing: string | null;
    score: number | null;
    status: 'needs_entry' | 'complete';
  } | null;
  categories: {
    category: string;
    label: string;
    metrics: {
      key: MetricKey;
      value: number | null;
      tier: MetricTier | null;
      ourTiers: Record<string, number>;
      amazonTiers: Record<string, number>;
      das: number;
    }[];
  }[];
}

export interface NeedleItem {
  id: string;
  driverId: string | null;
  transporterId: string;
  name: string;
  metric: MetricKey;
  value: number;
  target: number;
  tier: MetricTier | null;
  targetTier: MetricTier;
  daPoints: number;
  dspPoints: number;
}

export interface Needle extends WeekRef {
  estimate: Estimate;
  items: NeedleItem[];
}

export interface TrendWeek extends WeekRef {
  data: {
    stationId: string;
    metrics: Metrics;
    tiers: Tiers;
    score: number | null;
    standing: Standing | null;
    amazon: AmazonFigures;
  } | null;
}

export interface Trend extends WeekRef {
  driver: { id: string; name: string; transporterId: string | null };
  weeksWithData: WeekRef[];
  profile: ProfileRef & ProfileGoals;
  accuracy: Accuracy;
  weeks: TrendWeek[];
}

export interface Thresholds {
  fantastic: number | null;
  great: number | null;
  fair: number | null;
}

export interface MyPerformance extends Omit<Trend, 'profile'> {
  language: 'en' | 'es';
  profile: { name: string; estimate: boolean } & ProfileGoals;
  definitions: {
    key: MetricKey;
    label: string;
    unit: Unit;
    direction: 'higher' | 'lower';
    definition: string;
    thresholds: Thresholds;
  }[];
}

export interface UnknownTransporter {
  transporterId: string;
  name: string | null;
  firstSeen: string;
  lastSeen: string;
  rows: number;
  stations: string[];
  holder: { id: string; name: string } | null;
}

export interface MetricRule {
  definition: { en: string; es: string };
  thresholds: Thresholds;
  strict: boolean;
  weight: number;
  scale: number | null;
  ifNoData: number | null;
}

export interface ScoringProfile {
  name: string;
  estimate: boolean;
  intercept: number;
  bands: { fantastic_plus: number; fantastic: number; great: number; fair: number };
  poorCaps: { one: number; twoOrMore: number; penaltyPerPoor: number; maxPenalty: number };
  metrics: Record<MetricKey, MetricRule>;
}

export interface CatalogueEntry {
  key: MetricKey;
  label: string;
  unit: Unit;
  direction: 'higher' | 'lower';
  category: string;
}

export interface ProfileView {
  week: string;
  inForce: { effectiveWeek: string | null; profile: ScoringProfile };
  versions: { effectiveWeek: string; createdAt: string; createdBy: string | null }[];
  catalogue: CatalogueEntry[];
  defaultProfile: ScoringProfile;
}

/** Weights fitted to Amazon's scores, measured on the newest weeks held out; offered, never saved by itself. */
export interface ProfileFit {
  fittedWeeks: WeekRef[];
  heldOutWeeks: WeekRef[];
  base: { name: string; effectiveWeek: string | null };
  before: Accuracy;
  after: Accuracy;
  das: number;
  profile: ScoringProfile | null;
  notes: { key: MetricKey; weight: number; words: string }[];
  suggestedWeek: string;
}

export const PERFORMANCE_KEY = ['performance'] as const;

const stationWeek = (stationId: string, week: string) => ({ stationId, week: week || undefined });

export const performanceApi = {
  week: (stationId: string, week: string) =>
    api.get<StationWeek>('/performance/week', stationWeek(stationId, week)),
  scorecard: (stationId: string, week: string) =>
    api.get<Scorecard>('/performance/scorecard', stationWeek(stationId, week)),
  needle: (stationId: string, week: string) =>
    api.get<Needle>('/performance/needle', { ...stationWeek(stationId, week), limit: 10 }),
  trend: (driverId: string, week: string) =>
    api.get<Trend>(`/performance/drivers/${encodeURIComponent(driverId)}/trend`, { week: week || undefined }),
  unknown: () => api.get<{ items: UnknownTransporter[] }>('/performance/unknown-transporters'),
  link: (transporterId: string, driverId: string) =>
    api.post<{ rows: { daWeeks: number; safetyEvents: number; customerFeedback: number } }>(
      `/performance/unknown-transporters/${encodeURIComponent(transporterId)}/link`,
      { driverId },
    ),
  profile: (week: string) => api.get<ProfileView>('/performance/profile', { week: week || undefined }),
  fit: (week: string) => api.get<ProfileFit>('/performance/profile/fit', { week: week || undefined }),
  saveProfile: (effectiveWeek: string, profile: ScoringProfile) =>
    api.put<{ effectiveWeek: string }>('/performance/profile', { effectiveWeek, profile }),
  mine: (week: string) => api.get<MyPerformance>('/me/performance', { week: week || undefined }),
};
