import type { ModelData } from 'highs';
import type { PlannedShift, WeekInput } from './input.js';
import { MilpBuilder } from './milp.js';
import { addShiftColumns, type ShiftColumn } from './model-columns.js';
import { addDemandRows, coverageFloor, openDemand } from './model-coverage.js';
import { addDaRows, type DaColumns } from './model-da-rows.js';
import { decodePlan, encodePlan } from './model-plans.js';
import { addSymmetryRows } from './model-symmetry.js';
import { daWeek } from './shifts.js';

/**
 * The week as a MILP for HiGHS. One binary per DA, day and demand kind (route, standby) that the hard
 * rules leave open; everything the rules already decide (unavailable days, the manager's pins, a shift
 * that would break the rest rule against a pin or last week's last shift) is left out of the model
 * rather than constrained, which keeps it small and its LP relaxation tight.
 *
 * Shortage is folded into the shift columns: a route left uncovered costs `routeShort`, so each
 * route column earns `-routeShort` and the objective offset holds the cost of covering nothing. The
 * model's objective value plus `floor` is therefore exactly `evaluatePlan(...).total` of the plan it
 * decodes to.
 *
 * Its parts, in the order they are written: the shift columns (`model-columns.ts`), the demand rows
 * (`model-coverage.ts`), each DA's rows (`model-da-rows.ts`, the hard rules in `model-rule-rows.ts`),
 * the symmetry rows (`model-symmetry.ts`); plans go in and out through `model-plans.ts`.
 */

export interface WeekModel {
  /**
   * The MILP. Its objective is the plan's cost minus `floor`, the shortage no plan can avoid: HiGHS
   * measures its relative gap against what is left, so a week short of DAs still gets its fairness,
   * preferences and continuity optimised to the gap asked for rather than drowned by the shortage.
   */
  data: ModelData;
  /** A lower bound on the shortage cost of any plan; plan cost = HiGHS objective + floor. */
  floor: number;
  /** Columns `0 … shifts.length - 1` are the shift binaries, in this order. */
  shifts: ShiftColumn[];
  /** Per DA: the day-count columns (one per day the DA could add) and the overtime column, if any. */
  perDa: DaColumns[];
  /** Groups of DAs the model treats as interchangeable (same data), ordered by days worked. */
  symmetricGroups: number;
  /** The plan's shifts as a full start vector for HiGHS (setSolution). */
  encode(plan: readonly PlannedShift[]): Float64Array;
  /** HiGHS's column values back to a plan (pinned shifts included). */
  decode(colValue: ArrayLike<number>): PlannedShift[];
}

export function buildWeekModel(input: WeekInput): WeekModel {
  const m = new MilpBuilder();
  const weeks = input.das.map((da) => daWeek(input, da));
  const open = openDemand(input);
  // Shift binaries first, so columns 0 … n-1 are the decisions.
  const { shifts, colsByDaDay } = addShiftColumns(input, m, weeks, open);
  addDemandRows(input, m, shifts, open);
  const perDa = weeks.map((w, d) => addDaRows(input, m, w, colsByDaDay[d] ?? [], shifts));
  const symmetricGroups = addSymmetryRows(m, weeks, perDa);

  const floor = coverageFloor(input, shifts);
  m.offset -= floor;
  const data = m.data();
  return {
    data,
    floor,
    shifts,
    perDa,
    symmetricGroups,
    encode: (plan) => encodePlan(input, data.numCols, shifts, perDa, plan),
    decode: (colValue) => decodePlan(input, weeks, shifts, colValue),
  };
}
