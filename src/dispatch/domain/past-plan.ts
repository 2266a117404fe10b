/**
 * A DA's own routes that ran past their plan (issue 16 item 9: "a DA can see the overruns of their own
 * routes"): the minutes from start to close beyond the planned duration, newest first.
 */
export interface ClosedRoute {
  date: string;
  code: string;
  plannedMinutes: number;
  actualStart: string;
  actualEnd: string;
}

export interface RoutePastPlan {
  date: string;
  code: string;
  plannedMinutes: number;
  actualMinutes: number;
  minutesOver: number;
}

export function routesPastPlan(routes: readonly ClosedRoute[]): RoutePastPlan[] {
  return routes
    .map((r) => {
      const actualMinutes = Math.round((Date.parse(r.actualEnd) - Date.parse(r.actualStart)) / 60_000);
      return {
        date: r.date,
        code: r.code,
        plannedMinutes: r.plannedMinutes,
        actualMinutes,
        minutesOver: actualMinutes - r.plannedMinutes,
      };
    })
    .filter((r) => r.minutesOver > 0)
    .sort((a, b) => b.date.localeCompare(a.date) || a.code.localeCompare(b.code));
}
