import { hoursText } from './calendar.js';

/**
 * The overtime a roster needs, as the one decision a dispatcher takes: who goes into overtime, how
 * long and what it costs. Pure: the builder gives it the assignments that pass the org's line.
 */

export interface OvertimeDa {
  driverId: string;
  name: string;
  routeCode: string;
  /** Minutes this route adds past the overtime line, and the DA's week with it. */
  overtimeMinutes: number;
  weekMinutes: number;
  /** What those minutes cost at time and a half (the default rate when the DA's is unknown). */
  costCents: number;
}

export interface OvertimeDecision {
  /** none: no overtime; allowed: the org allows it in advance; the rest say what the dispatcher did. */
  status: 'none' | 'allowed' | 'needs_approval' | 'approved' | 'declined';
  das: OvertimeDa[];
  minutes: number;
  costCents: number;
  /** Routes the overtime covers that would stay uncovered without it. */
  routesCovered: number;
  /** Their codes (the overtime DAs may drive others: the roster is rearranged around them). */
  covers: string[];
  /** "3 DAs go into overtime: 4 h 30 min, about $150". */
  text: string;
}

/** The pay rate assumed for a DA without one, so every overtime has a cost. */
export const DEFAULT_HOURLY_CENTS = 2000;

/** Overtime is paid at time and a half. */
export const overtimeCostCents = (minutes: number, hourlyCents: number): number =>
  Math.round((minutes * hourlyCents * 1.5) / 60);

const dollars = (cents: number) => `$${Math.round(cents / 100).toLocaleString('en-US')}`;

export function overtimeDecision(
  status: OvertimeDecision['status'],
  das: OvertimeDa[],
  covers: string[],
): OvertimeDecision {
  const minutes = das.reduce((m, d) => m + d.overtimeMinutes, 0);
  const costCents = das.reduce((c, d) => c + d.costCents, 0);
  const who = das.length === 1 ? `${das[0]?.name} goes` : `${das.length} DAs go`;
  return {
    status,
    das,
    minutes,
    costCents,
    routesCovered: covers.length,
    covers,
    text:
      das.length === 0
        ? 'No overtime'
        : `${who} into overtime: ${hoursText(minutes)}, about ${dollars(costCents)}`,
  };
}
