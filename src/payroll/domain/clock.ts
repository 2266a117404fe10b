import type { PunchKind } from '../../db/schema/payroll.js';
import { LONGEST_WORKDAY_MS } from './punches.js';

/** Where a DA stands on the clock, from their latest punch (sent or still waiting on the phone). */
export type ClockState = 'off' | 'working' | 'meal' | 'rest';

export interface ClockPunch {
  kind: PunchKind;
  /** UTC instant of the tap. */
  at: string;
}

const AFTER: Record<PunchKind, ClockState> = {
  in: 'working',
  meal_start: 'meal',
  meal_end: 'working',
  rest_start: 'rest',
  rest_end: 'working',
  out: 'off',
};

/** The punches each state allows: a meal or rest is ended before anything else. */
export const ALLOWED: Record<ClockState, readonly PunchKind[]> = {
  off: ['in'],
  working: ['meal_start', 'rest_start', 'out'],
  meal: ['meal_end'],
  rest: ['rest_end'],
};

/**
 * The DA's state now and since when: working since the workday's punch in, on a meal or rest since it
 * started. A workday left open longer than a workday can last (a forgotten punch out) counts as off,
 * so the DA can clock in again; the manager sees the missing punch out in the exceptions queue.
 */
export function clockState(
  punches: readonly ClockPunch[],
  now: Date,
): { state: ClockState; since: string | null } {
  const sorted = [...punches].sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
  const last = sorted.at(-1);
  if (!last) return { state: 'off', since: null };
  const state = AFTER[last.kind];
  const lastIn = sorted.filter((p) => p.kind === 'in').at(-1);
  if (state === 'off' || !lastIn || now.getTime() - Date.parse(lastIn.at) > LONGEST_WORKDAY_MS)
    return { state: 'off', since: null };
  return { state, since: state === 'working' ? lastIn.at : last.at };
}
