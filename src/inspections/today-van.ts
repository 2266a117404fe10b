import type { Actor } from '../auth/domain/permissions.js';
import type { Db } from '../db/database.js';
import { mySchedule } from '../dispatch/my-schedule.js';

/** The van of the DA's route today, as their published schedule shows it: the inspection starts on it. */
export async function myTodayVan(db: Db, actor: Actor): Promise<{ vanId: string; routeCode: string } | null> {
  const route = (await mySchedule(db, actor)).todayRoute;
  return route?.van ? { vanId: route.van.id, routeCode: route.code } : null;
}
