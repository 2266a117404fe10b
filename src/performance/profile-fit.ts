import type { Actor } from '../auth/domain/permissions.js';
import type { Db } from '../db/database.js';
import { fitReport } from './domain/fit-report.js';
import { weekLabel, weeksEndingAt } from './domain/weeks.js';
import { profileResolver } from './profiles.js';
import { listAmazonScoredWeeks } from './store.js';
import { amazonWeekOf } from './views.js';
import { weekRef } from './week.js';

/** Half a year of weeks: enough DA weeks to fit 15 weights, recent enough to be Amazon's current formula. */
const FIT_WEEKS = 26;

/**
 * The profile in force in `week` with its weights fitted to the org's own DA weeks that carry Amazon's
 * score (the half year up to that week), measured on the newest weeks held out. Only offered: a manager
 * saves it as a new version (PUT /performance/profile) or leaves it.
 */
export async function proposeFit(db: Db, actor: Actor, week: string) {
  const span = weeksEndingAt(week, FIT_WEEKS);
  const rows = await listAmazonScoredWeeks(db, actor.orgId, span[0] ?? week, week);
  const base = (await profileResolver(db, actor.orgId))(week);
  const weeks = rows.map(amazonWeekOf);
  const dated = [...new Set(weeks.map((w) => w.weekStart))].sort();
  const first = dated[0];
  const last = dated.at(-1);
  const name =
    first && last ? `Fitted to Amazon’s scores, ${weekLabel(first)} to ${weekLabel(last)}` : 'Fitted';
  const report = fitReport(base.profile, weeks, name);
  return {
    ...report,
    fittedWeeks: report.fittedWeeks.map(weekRef),
    heldOutWeeks: report.heldOutWeeks.map(weekRef),
    base: { name: base.profile.name, effectiveWeek: base.effectiveWeek },
    suggestedWeek: last ?? week,
  };
}
