// The catalogue's keys, units and tiers are the server's own (pure domain code, shared like the board's conflicts).
import { METRIC_KEYS, type MetricKey, type Unit } from '../../../src/performance/domain/metrics.js';
import type { MetricTier, Standing } from '../../../src/performance/domain/profile.js';
import { type Answer, answer, client } from '../app/api.js';

export { METRIC_KEYS, type MetricKey, type MetricTier, type Standing, type Unit };
export type StationWeek = Answer<'/performance/week', 'get'>;
export type WeekRef = StationWeek['weeks'][number];
export type ProfileRef = StationWeek['profile'];
export type WeekDa = StationWeek['das'][number];
export type Metrics = WeekDa['metrics'];
export type Tiers = WeekDa['tiers'];
/** Amazon's figures as its file gives them (tiers and standings as lower-case keys). */
export type AmazonFigures = WeekDa['amazon'];
export type Scorecard = Answer<'/performance/scorecard', 'get'>;
export type Estimate = Scorecard['estimate'];
export type Needle = Answer<'/performance/needle', 'get'>;
export type NeedleItem = Needle['items'][number];
export type Trend = Answer<'/performance/drivers/{id}/trend', 'get'>;
export type TrendWeek = Trend['weeks'][number];
export type MyPerformance = Answer<'/me/performance', 'get'>;
export type Thresholds = MyPerformance['definitions'][number]['thresholds'];
export type UnknownTransporter = Answer<'/performance/unknown-transporters', 'get'>['items'][number];
export type ProfileView = Answer<'/performance/profile', 'get'>;
export type ScoringProfile = ProfileView['defaultProfile'];
export type MetricRule = ScoringProfile['metrics'][MetricKey];
export type CatalogueEntry = ProfileView['catalogue'][number];
/** How far our estimate was from Amazon's own figures over the weeks shown. */
export type Accuracy = StationWeek['accuracy'];
/** Weights fitted to Amazon's scores, measured on the newest weeks held out; offered, never saved by itself. */
export type ProfileFit = Answer<'/performance/profile/fit', 'get'>;

export const PERFORMANCE_KEY = ['performance'] as const;

const stationWeek = (stationId: string, week: string) => ({ stationId, week: week || undefined });
const ofWeek = (week: string) => ({ query: { week: week || undefined } });

export const performanceApi = {
  week: (stationId: string, week: string) =>
    answer(client.GET('/performance/week', { params: { query: stationWeek(stationId, week) } })),
  scorecard: (stationId: string, week: string) =>
    answer(client.GET('/performance/scorecard', { params: { query: stationWeek(stationId, week) } })),
  needle: (stationId: string, week: string) =>
    answer(
      client.GET('/performance/needle', {
        params: { query: { ...stationWeek(stationId, week), limit: 10 } },
      }),
    ),
  trend: (id: string, week: string) =>
    answer(client.GET('/performance/drivers/{id}/trend', { params: { path: { id }, ...ofWeek(week) } })),
  unknown: () => answer(client.GET('/performance/unknown-transporters')),
  link: (transporterId: string, driverId: string) =>
    answer(
      client.POST('/performance/unknown-transporters/{transporterId}/link', {
        params: { path: { transporterId } },
        body: { driverId },
      }),
    ),
  profile: (week: string) => answer(client.GET('/performance/profile', { params: ofWeek(week) })),
  fit: (week: string) => answer(client.GET('/performance/profile/fit', { params: ofWeek(week) })),
  saveProfile: (effectiveWeek: string, profile: ScoringProfile) =>
    answer(client.PUT('/performance/profile', { body: { effectiveWeek, profile } })),
  mine: (week: string) => answer(client.GET('/me/performance', { params: ofWeek(week) })),
};
