import type { TodayContext, TodayItem, TodayScope } from '../app/slice.js';
import { vanInspectionToday } from '../inspections/readiness.js';
import { addDays } from '../shared/days.js';
import { counted } from '../shared/text.js';
import { mySchedule } from './my-schedule.js';

/**
 * A DA's own day: today's shift with its route and van, the pre-trip that van still needs, tomorrow's
 * shift, and published shifts to confirm. The phone words each line from its key and params.
 */
export async function myDay(ctx: TodayContext, scope: TodayScope): Promise<TodayItem[]> {
  const mine = await mySchedule(ctx.db, scope);
  const { today, todayShift: shift, todayRoute: route } = mine;
  const items: TodayItem[] = [];
  if (shift?.status === 'scheduled') {
    const van = route?.van?.fleetNumber;
    items.push({
      key: 'me.shift-today',
      count: 1,
      title: `Today: ${shift.startTime}${route ? `, route ${route.code}` : ''}${van ? `, van ${van}` : ''}`,
      severity: 'info',
      link: '/me/schedule',
      stationId: shift.stationId,
      params: { start: shift.startTime, ...(route ? { route: route.code } : {}), ...(van ? { van } : {}) },
    });
  }
  if (shift?.status === 'scheduled' && route?.van) {
    const { status } = await vanInspectionToday(ctx.db, scope.orgId, route.van.id, today);
    if (status !== 'passed') {
      items.push({
        key: 'me.inspection',
        count: 1,
        title: `Do the pre-trip inspection of van ${route.van.fleetNumber}`,
        severity: 'now',
        link: '/me/inspection',
        params: { van: route.van.fleetNumber },
      });
    }
  }
  const tomorrow = mine.shifts.find((s) => s.date === addDays(today, 1) && s.status === 'scheduled');
  if (tomorrow) {
    items.push({
      key: 'me.shift-tomorrow',
      count: 1,
      title: `Tomorrow: ${tomorrow.startTime}`,
      severity: 'info',
      link: '/me/schedule',
      params: { start: tomorrow.startTime, date: tomorrow.date },
    });
  }
  const toConfirm = mine.shifts.filter((s) => s.date >= today && s.status === 'scheduled' && !s.confirmedAt);
  if (toConfirm.length > 0) {
    items.push({
      key: 'me.confirm-schedule',
      count: toConfirm.length,
      title: `${counted(toConfirm.length, 'shift')} to confirm`,
      severity: 'soon',
      link: '/me/schedule',
    });
  }
  return items;
}
