import type { Actor } from '../auth/domain/permissions.js';
import type { Db } from '../db/database.js';
import { ownDriver } from '../people/own-driver.js';
import { METRICS } from './domain/metrics.js';
import { trendOf } from './trend.js';
import { profileGoals } from './views.js';

/**
 * The DA's own performance for their phone: their 12 weeks (the chosen one last) and what each
 * metric means, in their language, with the tiers it takes under the profile in force.
 * Only their own rows: there is no id to ask for anyone else's.
 */
export async function myPerformance(db: Db, actor: Actor, week?: string) {
  const driver = await ownDriver(db, actor);
  const { profile, ...trend } = await trendOf(db, actor.orgId, driver, week, null);
  const language = driver.language;
  return {
    ...trend,
    language,
    profile: {
      name: profile.profile.name,
      estimate: profile.profile.estimate,
      ...profileGoals(profile.profile),
    },
    definitions: METRICS.map((m) => {
      const rule = profile.profile.metrics[m.key];
      return {
        key: m.key,
        label: m.label,
        unit: m.unit,
        direction: m.direction,
        definition: rule.definition[language],
        thresholds: rule.thresholds,
      };
    }),
  };
}
