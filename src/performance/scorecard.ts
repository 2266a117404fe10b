import type { Actor } from '../auth/domain/permissions.js';
import type { Db } from '../db/database.js';
import { categoryView } from './domain/category.js';
import { CATEGORY_LABELS } from './domain/metrics.js';
import { whatMovesTheNeedle } from './domain/needle.js';
import { dspEstimate } from './domain/score.js';
import { standingOf } from './domain/tiers.js';
import { amazonWeekFigure } from './dsp-scorecard-view.js';
import { amazonOf, factOf, rounded } from './views.js';
import { loadStationWeeks, namesOf, scoreOf, weekRef } from './week.js';

/** The station's week scored, one week only. */
const loadWeek = (db: Db, actor: Actor, stationId: string, week?: string) =>
  loadStationWeeks(db, actor, stationId, week, 1);

/** Our estimate of the DSP's week and its standing under the profile. */
function estimateOf(loaded: Awaited<ReturnType<typeof loadWeek>>) {
  const score = dspEstimate(
    loaded.rows.map((r) => ({ score: scoreOf(loaded, r).score, delivered: factOf(r).metrics.delivered })),
  );
  return {
    score: rounded(score),
    standing: score === null ? null : standingOf(loaded.profile.profile.bands, score),
    basis: 'Delivery-weighted mean of the DAs’ scores under the profile: our estimate, not Amazon’s score.',
  };
}

const header = (loaded: Awaited<ReturnType<typeof loadWeek>>) => ({
  station: { id: loaded.station.id, code: loaded.station.code, name: loaded.station.name },
  ...weekRef(loaded.week),
  profile: {
    name: loaded.profile.profile.name,
    estimate: loaded.profile.profile.estimate,
    effectiveWeek: loaded.profile.effectiveWeek,
  },
});

/**
 * The DSP's week by scorecard category: each metric over the station's DAs (our estimate) with its
 * tier, and how many DAs Amazon's file and our profile put in each tier. Amazon's own figure for the
 * DSP is never computed: it is the overall of the week's scorecard PDF, null until one is uploaded.
 */
export async function scorecardWeek(db: Db, actor: Actor, stationId: string, week?: string) {
  const loaded = await loadWeek(db, actor, stationId, week);
  const categories = categoryView(
    loaded.profile.profile,
    loaded.rows.map((r) => ({
      metrics: factOf(r).metrics,
      ourTiers: scoreOf(loaded, r).tiers,
      amazonTiers: amazonOf(r).tiers,
    })),
  );
  return {
    ...header(loaded),
    das: loaded.rows.length,
    estimate: estimateOf(loaded),
    amazon: await amazonWeekFigure(db, actor.orgId, loaded.station.id, loaded.week),
    categories: categories.map((c) => ({ ...c, label: CATEGORY_LABELS[c.category] })),
  };
}

/**
 * What moves the needle: the DA × metric improvements (each to the metric's next tier) that would raise
 * our estimate of the DSP's week most, in estimated points.
 */
export async function needleWeek(
  db: Db,
  actor: Actor,
  stationId: string,
  week: string | undefined,
  limit: number,
) {
  const loaded = await loadWeek(db, actor, stationId, week);
  const names = await namesOf(db, actor.orgId, loaded.rows);
  const rows = new Map(loaded.rows.map((r) => [r.id, r]));
  const items = whatMovesTheNeedle(
    loaded.profile.profile,
    loaded.rows.map((r) => ({ id: r.id, metrics: factOf(r).metrics })),
    limit,
  );
  return {
    ...header(loaded),
    estimate: estimateOf(loaded),
    items: items.map((i) => ({
      ...i,
      driverId: rows.get(i.id)?.driver_id ?? null,
      transporterId: rows.get(i.id)?.transporter_id ?? '',
      name: names.get(i.id) ?? '',
      daPoints: rounded(i.daPoints),
      dspPoints: rounded(i.dspPoints, 3),
    })),
  };
}
