import { hoursText } from '../calendar.js';
import { DEMAND_KINDS, type DemandKind, type PlannedShift, type WeekInput, weekdayIndex } from './input.js';
import { type Blocker, blockersFor, overtimeWith } from './rules.js';
import { type DaWeek, daWeek, demandCount, demandShift, shiftsByDa } from './shifts.js';

/**
 * Why the plan is short where it is: for each day short of demand, who could have worked it and
 * what kept each of them off; for each DA given fewer days than asked, the reason for every day off.
 * Pure, from the input and the plan alone, and every sentence is a fact about that plan.
 */

const DAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** "Tue 2026-12-08". */
export const dayLabel = (date: string): string => `${DAY_NAMES[weekdayIndex(date)]?.slice(0, 3)} ${date}`;

export { hoursText };

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

export type MissingDayReason =
  | 'unavailable'
  | 'no-demand'
  | 'days-cap'
  | 'minutes-cap'
  | 'rest'
  | 'consecutive'
  | 'day-cap'
  | 'seven-days'
  | 'overtime'
  | 'filled'
  | 'open';

export interface MissingDay {
  date: string;
  reason: MissingDayReason;
  text: string;
}

export interface DaShortfall {
  daId: string;
  name: string;
  asked: number;
  given: number;
  /** Every day of the week the DA does not work, with why. */
  daysOff: MissingDay[];
  text: string;
}

export interface Tally {
  label: string;
  count: number;
}

export interface DayShortfall {
  date: string;
  routesShort: number;
  standbysShort: number;
  /** DAs not unavailable that day. */
  canWork: number;
  scheduled: number;
  /** Why the others who can work that day are not on it, grouped. */
  kept: Tally[];
  /** Why the rest cannot work that day, grouped by the reason given. */
  unavailable: Tally[];
  text: string;
}

export interface WeekExplanation {
  days: DayShortfall[];
  das: DaShortfall[];
  /** The DAs' days off said once per cause, with the DAs each applies to, by date. */
  causes: DaGapCause[];
  /** The week's fairness fact, once, when some DA lost a day because the day was filled. */
  fairness: string | null;
}

export interface DaGapCause {
  date: string;
  text: string;
  das: { daId: string; name: string }[];
}

/** Groups the DAs' days off by what kept them off: one sentence per cause instead of one per DA. */
export function daGapCauses(das: readonly DaShortfall[]): DaGapCause[] {
  const byText = new Map<string, DaGapCause>();
  for (const da of das)
    for (const off of da.daysOff) {
      const cause = byText.get(off.text) ?? { date: off.date, text: off.text, das: [] };
      cause.das.push({ daId: da.daId, name: da.name });
      byText.set(off.text, cause);
    }
  return [...byText.values()].sort((a, b) => a.date.localeCompare(b.date) || b.das.length - a.das.length);
}

function tally(labels: string[]): Tally[] {
  const counts = new Map<string, number>();
  for (const l of labels) counts.set(l, (counts.get(l) ?? 0) + 1);
  return [...counts].map(([label, count]) => ({ label, count }));
}

/** The rule a blocker names, as it reads after "would …" / in a DA's list. */
function blockerText(input: WeekInput, b: Blocker): string {
  const { rules } = input;
  switch (b.rule) {
    case 'days-cap':
      return `already at ${plural(b.days, 'day')}`;
    case 'minutes-cap':
      return rules.overtimeAllowed
        ? `would work ${hoursText(b.minutes)}, past the ${hoursText(b.cap)} overtime ceiling`
        : `would work ${hoursText(b.minutes)}, past the ${hoursText(b.cap)} week cap`;
    case 'rest': {
      const rest = hoursText(rules.minRestMinutes);
      if (b.neighbour < 0) return `would break the ${rest} rest after their last shift before the week`;
      const date = input.days[b.neighbour]?.date ?? '';
      const side = b.neighbourFirst ? 'after' : 'before';
      return `would break the ${rest} rest ${side} ${DAY_NAMES[weekdayIndex(date)]}'s shift`;
    }
    case 'consecutive':
      return `would work ${b.run} days in a row (the most is ${rules.maxConsecutiveDays})`;
    case 'day-cap':
      return `would work ${hoursText(b.minutes)} in a day, past the ${hoursText(rules.maxDayMinutes)} day cap`;
    case 'seven-days':
      return `would reach ${hoursText(b.minutes)} in 7 days, past the ${hoursText(rules.maxSevenDayMinutes)} cap`;
  }
}

/** The hard rules that keep a DA off one kind of shift on a day, given the rest of their plan. */
const blockersOn = (
  input: WeekInput,
  w: DaWeek,
  shifts: (PlannedShift | undefined)[],
  dayIndex: number,
  kind: DemandKind,
): Blocker[] => blockersFor(input, w, shifts, dayIndex, demandShift(input, dayIndex, kind));

/**
 * The rule to name when every kind of shift is blocked: one that blocks them all if there is one (a
 * days cap blocks a standby as much as a route), else the first kind's first.
 */
function mainBlocker(perKind: Blocker[][]): Blocker | undefined {
  if (perKind.length === 0 || perKind.some((b) => b.length === 0)) return undefined;
  const shared = perKind[0]?.find((b) => perKind.every((list) => list.some((o) => o.rule === b.rule)));
  return shared ?? perKind[0]?.[0];
}

/** "all 55 routes and 5 standbys filled", "its only route filled". */
const filledText = (routes: number, standbys: number): string => {
  const part = (n: number, one: string, many: string) => (n === 1 ? `its only ${one}` : `all ${n} ${many}`);
  const parts = [
    routes > 0 ? part(routes, 'route', 'routes') : '',
    standbys > 0 ? part(standbys, 'standby', 'standbys') : '',
  ].filter(Boolean);
  return `${parts.join(' and ')} filled`;
};

interface Context {
  input: WeekInput;
  weeks: DaWeek[];
  byDa: Map<string, (PlannedShift | undefined)[]>;
  /** Per day and kind: shifts of the plan. */
  onDay: { route: number; standby: number }[];
}

const shiftsOf = (ctx: Context, daId: string) => ctx.byDa.get(daId) ?? ctx.input.days.map(() => undefined);

const shortOf = (ctx: Context, t: number, kind: DemandKind) =>
  Math.max(0, demandCount(ctx.input, t, kind) - (ctx.onDay[t]?.[kind] ?? 0));

function explainDay(ctx: Context, t: number): DayShortfall | null {
  const { input } = ctx;
  const day = input.days[t];
  const routesShort = shortOf(ctx, t, 'route');
  const standbysShort = shortOf(ctx, t, 'standby');
  if (!day || (routesShort === 0 && standbysShort === 0)) return null;
  const shortKinds = DEMAND_KINDS.filter((k) => shortOf(ctx, t, k) > 0);
  const unavailable: string[] = [];
  const kept: string[] = [];
  let scheduled = 0;
  for (const w of ctx.weeks) {
    const reason = w.unavailable[t];
    if (reason !== null && reason !== undefined) {
      unavailable.push(reason);
      continue;
    }
    const shifts = shiftsOf(ctx, w.da.id);
    if (shifts[t]) {
      scheduled++;
      continue;
    }
    const blocker = mainBlocker(shortKinds.map((k) => blockersOn(input, w, shifts, t, k)));
    kept.push(blocker ? blockerText(input, blocker) : 'free but not scheduled');
  }
  const keptTally = tally(kept);
  const unavailableTally = tally(unavailable);
  const canWork = input.das.length - unavailable.length;
  const shortText = [
    routesShort > 0 ? plural(routesShort, 'route') : '',
    standbysShort > 0 ? plural(standbysShort, 'standby', 'standbys') : '',
  ]
    .filter(Boolean)
    .join(' and ');
  const keptText = keptTally.map((k) => `${k.count} ${k.label}`);
  let text = `${dayLabel(day.date)}: ${shortText} short — ${plural(canWork, 'DA')} can work that day: ${[
    `${scheduled} scheduled`,
    ...keptText,
  ].join(', ')}`;
  if (unavailable.length > 0) {
    const reasons = unavailableTally.map((u) => `${u.count} ${u.label}`).join(', ');
    text += `; ${unavailable.length} not available (${reasons})`;
  }
  return {
    date: day.date,
    routesShort,
    standbysShort,
    canWork,
    scheduled,
    kept: keptTally,
    unavailable: unavailableTally,
    text,
  };
}

/** Why a DA does not work day `t`: the first of unavailable, no demand, a hard rule, overtime, day filled. */
function dayOff(ctx: Context, w: DaWeek, t: number): MissingDay {
  const { input } = ctx;
  const date = input.days[t]?.date ?? '';
  const label = dayLabel(date);
  const reason = w.unavailable[t];
  if (reason !== null && reason !== undefined)
    return { date, reason: 'unavailable', text: `${label}: ${reason}` };
  const kinds = DEMAND_KINDS.filter((k) => demandCount(input, t, k) > 0);
  if (kinds.length === 0)
    return { date, reason: 'no-demand', text: `${label}: no routes or standbys that day` };
  const shifts = shiftsOf(ctx, w.da.id);
  const perKind = kinds.map((k) => ({ k, blockers: blockersOn(input, w, shifts, t, k) }));
  const allowed = perKind.filter((p) => p.blockers.length === 0).map((p) => p.k);
  const blocker = mainBlocker(perKind.map((p) => p.blockers));
  if (blocker) return { date, reason: blocker.rule, text: `${label}: ${blockerText(input, blocker)}` };
  const open = allowed.filter((k) => shortOf(ctx, t, k) > 0);
  if (open.length > 0) {
    return { date, reason: 'open', text: `${label}: not scheduled although a ${open[0]} was open` };
  }
  const overtime = Math.min(
    ...allowed.map((k) => overtimeWith(input, shifts, demandShift(input, t, k).minutes)),
  );
  if (overtime > 0) {
    const total = input.rules.maxWeekMinutes + overtime;
    return {
      date,
      reason: 'overtime',
      text: `${label}: would go into overtime (${hoursText(total)} in the week)`,
    };
  }
  // The kinds the DA could take are all filled; a kind the rules keep them off is said as such.
  const count = (k: DemandKind) => (allowed.includes(k) ? demandCount(input, t, k) : 0);
  const blocked = perKind.flatMap((p) =>
    p.blockers[0] ? [`a ${p.k} ${blockerText(input, p.blockers[0])}`] : [],
  );
  return {
    date,
    reason: 'filled',
    text: `${label}: no shift left — ${[filledText(count('route'), count('standby')), ...blocked].join('; ')}`,
  };
}

/** The week-level fairness fact added when some day off is only because the day was filled. */
function fairnessText(ctx: Context): string {
  const { input } = ctx;
  const demand = input.days.reduce((sum, d) => sum + d.routes + d.standbys, 0);
  const asked = input.das.reduce((sum, da) => sum + da.wantsDays, 0);
  const shorts = ctx.weeks.map((w) =>
    Math.max(0, w.da.wantsDays - shiftsOf(ctx, w.da.id).filter(Boolean).length),
  );
  const short = shorts.filter((s) => s > 0).length;
  const most = Math.max(0, ...shorts);
  const why =
    demand < asked
      ? `the week's ${demand} route and standby shifts are fewer than the ${asked} days DAs asked for, ` +
        'so days were spread'
      : 'days were spread among DAs';
  const spread = `${plural(short, 'DA')} got fewer days than asked, none more than ${plural(most, 'day')} short`;
  return `fairness: ${why}: ${spread}`;
}

function explainDa(ctx: Context, w: DaWeek): DaShortfall | null {
  const shifts = shiftsOf(ctx, w.da.id);
  const given = shifts.filter(Boolean).length;
  if (given >= w.da.wantsDays) return null;
  const daysOff = ctx.input.days.flatMap((_, t) => (shifts[t] ? [] : [dayOff(ctx, w, t)]));
  const parts = daysOff.map((d) => d.text);
  if (daysOff.some((d) => d.reason === 'filled')) parts.push(fairnessText(ctx));
  return {
    daId: w.da.id,
    name: w.da.name,
    asked: w.da.wantsDays,
    given,
    daysOff,
    text: `${w.da.name}: ${given} of ${plural(w.da.wantsDays, 'day')} asked — ${parts.join('; ')}`,
  };
}

export function explainWeek(input: WeekInput, plan: readonly PlannedShift[]): WeekExplanation {
  const ctx: Context = {
    input,
    weeks: input.das.map((da) => daWeek(input, da)),
    byDa: shiftsByDa(input, plan),
    onDay: input.days.map((d) => ({
      route: plan.filter((s) => s.date === d.date && s.kind === 'route').length,
      standby: plan.filter((s) => s.date === d.date && s.kind === 'standby').length,
    })),
  };
  const das = ctx.weeks.flatMap((w) => explainDa(ctx, w) ?? []);
  return {
    days: input.days.flatMap((_, t) => explainDay(ctx, t) ?? []),
    das,
    causes: daGapCauses(das),
    fairness: das.some((d) => d.daysOff.some((x) => x.reason === 'filled')) ? fairnessText(ctx) : null,
  };
}
