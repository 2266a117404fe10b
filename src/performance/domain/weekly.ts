import type { MetricValues } from './metrics.js';
import type { ScoringProfile } from './profile.js';
import { type DaScore, ranks, scoreDa } from './score.js';

/** One DA's week at one station, as far as scoring needs it. */
export interface FactWeek {
  id: string;
  weekStart: string;
  metrics: MetricValues;
}

export type ScoredWeek = DaScore & { rank: number | null };

/**
 * Scores every DA week under the profile in force that week and ranks the DAs within each week
 * (the rows are one station's). Answers by row id.
 */
export function scoreWeeks(
  profileFor: (weekStart: string) => ScoringProfile,
  rows: readonly FactWeek[],
): Map<string, ScoredWeek> {
  const byWeek = new Map<string, FactWeek[]>();
  for (const r of rows) {
    const list = byWeek.get(r.weekStart);
    if (list) list.push(r);
    else byWeek.set(r.weekStart, [r]);
  }
  const out = new Map<string, ScoredWeek>();
  for (const [week, list] of byWeek) {
    const profile = profileFor(week);
    const scores = list.map((r) => scoreDa(profile, r.metrics));
    const rankOf = ranks(scores.map((s) => s.score));
    list.forEach((r, i) => {
      out.set(r.id, { ...(scores[i] as DaScore), rank: rankOf[i] ?? null });
    });
  }
  return out;
}
