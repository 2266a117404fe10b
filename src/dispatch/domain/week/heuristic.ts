import { DEMAND_KINDS, type DemandKind, type PlannedShift, type WeekInput } from './input.js';
import type { WeekModel } from './model.js';
import { dayCountCost, WEIGHTS } from './objective.js';
import { blockersFor, overtimeWith, pinnedPlan } from './rules.js';
import { type DaWeek, daWeek, demandShift, remainingDemand, shiftsByDa } from './shifts.js';

/**
 * Plans that keep every hard rule, built fast: from HiGHS's LP relaxation (take the shifts the LP
 * likes most, as long as the rules allow), or greedily day by day; then topped up where a shift is
 * still open, then improved by handing shifts to DAs for whom they cost less and by trades between
 * two DAs. Every step only ever makes a change the hard rules allow, so every plan here is valid by
 * construction (and checked again before the scheduler returns it).
 */

type WeekShifts = (PlannedShift | undefined)[];

/** A plan being built, with each DA's week and each day's shifts still open. */
class Draft {
  readonly weeks: DaWeek[];
  readonly byDa: Map<string, WeekShifts>;
  readonly open: Record<DemandKind, number>[];

  constructor(
    readonly input: WeekInput,
    readonly plan: PlannedShift[],
  ) {
    this.weeks = input.das.map((da) => daWeek(input, da));
    this.byDa = shiftsByDa(input, plan);
    this.open = input.days.map((d, t) => {
      const taken = (kind: DemandKind) =>
        plan.filter((s) => s.date === d.date && s.kind === kind && !s.pinned).length;
      return {
        route: remainingDemand(input, t, 'route') - taken('route'),
        standby: remainingDemand(input, t, 'standby') - taken('standby'),
      };
    });
  }

  shiftsOf(w: DaWeek): WeekShifts {
    let s = this.byDa.get(w.da.id);
    if (!s) {
      s = this.input.days.map(() => undefined);
      this.byDa.set(w.da.id, s);
    }
    return s;
  }

  /** Adds the shift when the day still needs it and the DA may take it; says whether it did. */
  tryAdd(w: DaWeek, dayIndex: number, kind: DemandKind): boolean {
    const shifts = this.shiftsOf(w);
    const open = this.open[dayIndex];
    const day = this.input.days[dayIndex];
    if (!open || !day || open[kind] <= 0 || shifts[dayIndex] || w.unavailable[dayIndex] !== null)
      return false;
    const shift = demandShift(this.input, dayIndex, kind);
    if (blockersFor(this.input, w, shifts, dayIndex, shift).length > 0) return false;
    const s: PlannedShift = { daId: w.da.id, date: day.date, kind, ...shift, pinned: false };
    this.plan.push(s);
    shifts[dayIndex] = s;
    open[kind]--;
    return true;
  }
}

/** What giving this DA this shift adds to the objective, apart from the shortage it removes. */
function marginalCost(
  input: WeekInput,
  w: DaWeek,
  shifts: WeekShifts,
  dayIndex: number,
  minutes: number,
): number {
  const days = shifts.filter(Boolean).length;
  return (
    dayCountCost(w.da.wantsDays, days + 1) -
    dayCountCost(w.da.wantsDays, days) +
    WEIGHTS.overtimeMinute * (overtimeWith(input, shifts, minutes) - overtimeWith(input, shifts, 0)) +
    (w.preferred[dayIndex] ? 0 : WEIGHTS.offPreferredDay) +
    (w.workedLastWeek[dayIndex] ? -WEIGHTS.continuityDay : WEIGHTS.continuityDay)
  );
}

/** Days after `dayIndex` the DA could still be given, so a DA with few chances left goes first on a tie. */
const chancesLeft = (w: DaWeek, dayIndex: number): number =>
  w.unavailable.filter((u, i) => i > dayIndex && u === null && !w.pins[i]).length;

/** Gives each open shift of every day to the DAs for whom it costs least, as far as the rules allow. */
function fill(draft: Draft): void {
  const { input } = draft;
  input.days.forEach((_, t) => {
    for (const kind of DEMAND_KINDS) {
      if ((draft.open[t]?.[kind] ?? 0) <= 0) continue;
      const minutes = demandShift(input, t, kind).minutes;
      const candidates = draft.weeks
        .filter((w) => w.unavailable[t] === null && !draft.shiftsOf(w)[t])
        .map((w) => ({ w, cost: marginalCost(input, w, draft.shiftsOf(w), t, minutes) }))
        .sort(
          (a, b) =>
            a.cost - b.cost ||
            chancesLeft(a.w, t) - chancesLeft(b.w, t) ||
            a.w.da.id.localeCompare(b.w.da.id),
        );
      for (const c of candidates) {
        if ((draft.open[t]?.[kind] ?? 0) <= 0) break;
        draft.tryAdd(c.w, t, kind);
      }
    }
  });
}

/** A valid plan built day by day from the manager's pins. */
export function greedyPlan(input: WeekInput): PlannedShift[] {
  const draft = new Draft(input, pinnedPlan(input));
  fill(draft);
  return draft.plan;
}

/** The plan with every open route and standby given to a DA who can still legally take it. */
export function fillOpenShifts(input: WeekInput, plan: readonly PlannedShift[]): PlannedShift[] {
  const draft = new Draft(input, [...plan]);
  fill(draft);
  return draft.plan;
}

/**
 * Rounds an LP (or any fractional) solution of the model: shifts in order of their value, each kept
 * if the day still needs it and the hard rules allow it, then the rest filled greedily. The week's
 * LP is nearly integral (its bound usually equals the optimum), so this lands close to the optimum.
 */
export function roundedPlan(input: WeekInput, model: WeekModel, colValue: ArrayLike<number>): PlannedShift[] {
  const draft = new Draft(input, pinnedPlan(input));
  const order = model.shifts
    .map((s, j) => ({ s, value: colValue[j] ?? 0 }))
    .filter((o) => o.value > 1e-6)
    .sort((a, b) => b.value - a.value);
  for (const { s } of order) {
    const w = draft.weeks[s.daIndex];
    if (w) draft.tryAdd(w, s.dayIndex, s.kind);
  }
  fill(draft);
  return draft.plan;
}

/** A DA's share of the objective for a week of shifts: days, overtime, preferred days, continuity. */
function daCost(input: WeekInput, w: DaWeek, shifts: WeekShifts): number {
  let days = 0;
  let cost = 0;
  shifts.forEach((s, t) => {
    if (s) days++;
    if (s && !w.preferred[t]) cost += WEIGHTS.offPreferredDay;
    if (Boolean(s) !== w.workedLastWeek[t]) cost += WEIGHTS.continuityDay;
  });
  return cost + dayCountCost(w.da.wantsDays, days) + WEIGHTS.overtimeMinute * overtimeWith(input, shifts, 0);
}

/** Hands one shift to the DA for whom it costs least, if that beats keeping it. */
function handOver(draft: Draft, i: number, t: number, from: DaWeek): boolean {
  const { input, plan, weeks } = draft;
  const shift = plan[i];
  if (!shift) return false;
  const fromShifts = draft.shiftsOf(from);
  fromShifts[t] = undefined;
  const saved = -marginalCost(input, from, fromShifts, t, shift.minutes);
  let best: { w: DaWeek; delta: number } | null = null;
  for (const w of weeks) {
    const shifts = draft.shiftsOf(w);
    if (w === from || w.unavailable[t] !== null || shifts[t]) continue;
    const delta = saved + marginalCost(input, w, shifts, t, shift.minutes);
    if (delta >= (best?.delta ?? 0)) continue;
    if (blockersFor(input, w, shifts, t, shift).length === 0) best = { w, delta };
  }
  if (!best) {
    fromShifts[t] = shift;
    return false;
  }
  const moved = { ...shift, daId: best.w.da.id };
  plan[i] = moved;
  draft.shiftsOf(best.w)[t] = moved;
  return true;
}

/**
 * Two DAs trade shifts (the same day's route for a standby, or one day for another) when that lowers
 * the objective: how a DA in overtime gets a shorter week without anyone losing a day.
 */
function trade(
  draft: Draft,
  i: number,
  j: number,
  dayOf: Map<string, number>,
  weekOf: Map<string, DaWeek>,
): boolean {
  const { input, plan } = draft;
  const si = plan[i];
  const sj = plan[j];
  if (!si || !sj || si.pinned || sj.pinned || si.daId === sj.daId) return false;
  const t = dayOf.get(si.date);
  const u = dayOf.get(sj.date);
  const a = weekOf.get(si.daId);
  const b = weekOf.get(sj.daId);
  if (t === undefined || u === undefined || !a || !b || (t === u && si.kind === sj.kind)) return false;
  const as = draft.shiftsOf(a);
  const bs = draft.shiftsOf(b);
  if (t !== u && (as[u] || bs[t] || a.unavailable[u] !== null || b.unavailable[t] !== null)) return false;
  const before = daCost(input, a, as) + daCost(input, b, bs);
  const na = { ...sj, daId: a.da.id };
  const nb = { ...si, daId: b.da.id };
  as[t] = undefined;
  bs[u] = undefined;
  const ok =
    blockersFor(input, a, as, u, na).length === 0 &&
    blockersFor(input, b, bs, t, nb).length === 0 &&
    (() => {
      as[u] = na;
      bs[t] = nb;
      return daCost(input, a, as) + daCost(input, b, bs) < before;
    })();
  if (ok) {
    plan[i] = nb;
    plan[j] = na;
    return true;
  }
  as[u] = undefined;
  bs[t] = undefined;
  as[t] = si;
  bs[u] = sj;
  return false;
}

/**
 * Local search on a valid plan: hand a shift to another DA whenever that lowers the objective
 * (spreads days more evenly, removes overtime, honours a preferred day), and let a DA in overtime
 * trade a long shift for someone's shorter one, as long as the hard rules allow. Stops when no move
 * improves or after `maxPasses` passes.
 */
export function improvePlan(
  input: WeekInput,
  start: readonly PlannedShift[],
  maxPasses = 20,
): PlannedShift[] {
  const draft = new Draft(input, [...start]);
  const { plan, weeks } = draft;
  const dayOf = new Map(input.days.map((d, t) => [d.date, t]));
  const weekOf = new Map(weeks.map((w) => [w.da.id, w]));
  for (let pass = 0; pass < maxPasses; pass++) {
    let improved = false;
    for (let i = 0; i < plan.length; i++) {
      const shift = plan[i];
      const t = shift ? dayOf.get(shift.date) : undefined;
      const from = shift ? weekOf.get(shift.daId) : undefined;
      if (!shift || shift.pinned || t === undefined || !from) continue;
      if (handOver(draft, i, t, from)) improved = true;
    }
    for (let i = 0; i < plan.length; i++) {
      const si = plan[i];
      const a = si ? weekOf.get(si.daId) : undefined;
      if (!si || !a || overtimeWith(input, draft.shiftsOf(a), 0) === 0) continue;
      for (let j = 0; j < plan.length; j++) {
        const sj = plan[j];
        if (sj && sj.minutes < si.minutes && trade(draft, i, j, dayOf, weekOf)) {
          improved = true;
          break;
        }
      }
    }
    if (!improved) break;
  }
  return plan;
}
