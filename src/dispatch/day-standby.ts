import type { Actor } from '../auth/domain/permissions.js';
import type { Db } from '../db/database.js';
import { loadDayContext } from './day-context.js';
import { weekStartOf } from './domain/calendar.js';
import { planStandbys } from './domain/standby.js';
import { standbyRates } from './week.js';

/**
 * The day's standby plan from the station's own history: how likely today's scheduled DAs cover
 * today's routes, and how many standbys reach the org's target.
 */
export async function dayStandbyPlan(db: Db, actor: Actor, stationId: string, date: string) {
  const ctx = await loadDayContext(db, actor, stationId, date);
  const rates = await standbyRates(db, actor.orgId, stationId, weekStartOf(date));
  const scheduled = ctx.drivers.filter((d) => d.shift && d.shift.status === 'scheduled');
  return {
    target: ctx.rules.standbyCoverageTarget,
    plan: planStandbys(
      {
        date,
        routes: ctx.routes.length,
        routeDas: scheduled.filter((d) => d.shift?.kind === 'route').length,
        standbys: scheduled.filter((d) => d.shift?.kind === 'standby').length,
      },
      rates,
      ctx.rules.standbyCoverageTarget,
    ),
  };
}
