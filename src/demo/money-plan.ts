import type { Leak } from './money-files.js';

/**
 * Which leak each station's weeks carry and what became of it (issue 16, item 12): the older ones
 * disputed and recovered, one denied and one not worth disputing written off, the newest still open or
 * awaiting Amazon's answer. Weeks count from the oldest of the twelve (0) to last week (11). Deposits
 * are planted only in weeks already paid (a week is paid the second Friday after its Sunday).
 */

export type Fate =
  | { is: 'open' }
  | { is: 'disputed' }
  | { is: 'recovered' }
  /** Disputed, and Amazon said no. */
  | { is: 'denied'; reason: string }
  /** Not disputed: not worth it. */
  | { is: 'written-off'; reason: string };

export interface PlantedLeak {
  week: number;
  leak: Leak;
  fate: Fate;
}

/** The discrepancy kinds the checks find for each leak. */
export const LEAK_KINDS: Record<Leak['kind'], readonly string[]> = {
  'dropped-route': ['route-paid-short', 'route-missing'],
  'short-block': ['block-length'],
  'excluded-paid': ['route-count'],
  'short-deposit': ['deposit'],
};

const dropped: Leak = { kind: 'dropped-route' };
const shortBlock: Leak = { kind: 'short-block' };
const excludedPaid: Leak = { kind: 'excluded-paid' };
const deposit = (cents: number): Leak => ({ kind: 'short-deposit', cents });

/** The first station's weeks, then the second's; a third station and on repeat them in turn. */
const PLANS: readonly (readonly PlantedLeak[])[] = [
  [
    { week: 1, leak: dropped, fate: { is: 'recovered' } },
    { week: 3, leak: shortBlock, fate: { is: 'recovered' } },
    {
      week: 5,
      leak: deposit(1_240),
      fate: { is: 'written-off', reason: 'Bank fee taken from the transfer: not worth a dispute.' },
    },
    { week: 6, leak: excludedPaid, fate: { is: 'open' } },
    { week: 8, leak: deposit(32_500), fate: { is: 'recovered' } },
    { week: 9, leak: dropped, fate: { is: 'disputed' } },
    { week: 10, leak: shortBlock, fate: { is: 'open' } },
    { week: 11, leak: dropped, fate: { is: 'open' } },
  ],
  [
    { week: 0, leak: shortBlock, fate: { is: 'recovered' } },
    { week: 2, leak: dropped, fate: { is: 'recovered' } },
    {
      week: 4,
      leak: shortBlock,
      fate: { is: 'denied', reason: 'Amazon denied it: Cortex planned the route at 9 hours.' },
    },
    { week: 7, leak: deposit(29_250), fate: { is: 'recovered' } },
    { week: 9, leak: excludedPaid, fate: { is: 'open' } },
    { week: 10, leak: dropped, fate: { is: 'disputed' } },
    { week: 11, leak: shortBlock, fate: { is: 'open' } },
  ],
];

/** A week whose board records one of Amazon's decisions, and whether Amazon's invoice paid for it. */
export interface PlannedEvent {
  week: number;
  paid: boolean;
}

/** The weeks with a late truck at every station (money-delays.ts): half of them not paid. */
export const LATE_TRUCKS: readonly PlannedEvent[] = [
  { week: 2, paid: true },
  { week: 4, paid: false },
  { week: 7, paid: false },
  { week: 9, paid: true },
];

/** The weeks with a late cancel at every station (money-cancels.ts): one of them not paid. */
export const LATE_CANCELS: readonly PlannedEvent[] = [
  { week: 3, paid: true },
  { week: 5, paid: true },
  { week: 8, paid: false },
  { week: 10, paid: true },
];

/** One of Amazon's decisions as the board recorded it: its day, and whether the week's invoice pays it. */
export interface RecordedEvent {
  date: string;
  paid: boolean;
}

/** Records a plan's events on the board, week by week (`record` says null: the week had no day for it). */
export async function recordPlanned<E extends RecordedEvent>(
  plan: readonly PlannedEvent[],
  weeks: readonly string[],
  record: (week: string, paid: boolean) => Promise<E | null>,
): Promise<Map<string, E>> {
  const recorded = new Map<string, E>();
  for (const { week: index, paid } of plan) {
    const week = weeks[index];
    const event = week ? await record(week, paid) : null;
    if (week && event) recorded.set(week, event);
  }
  return recorded;
}

export const stationPlan = (stationIndex: number): readonly PlantedLeak[] =>
  PLANS[stationIndex % PLANS.length] ?? [];

/** Each station's card prices an hour of a block its own way: $32.50, $31.00, $32.00, … */
export const stationHourCents = (stationIndex: number): number => 3250 - ((stationIndex * 150) % 400);
