import {
  type RosterDriver,
  RosterInstance,
  type RosterInstanceInput,
  type RosterRoute,
  type RosterVan,
} from './instance.js';

/**
 * Small builders for roster tests: a route, a DA and a van that pass every hard rule unless told
 * otherwise, so a test only writes what it is about.
 */

export const route = (code: string, over: Partial<RosterRoute> = {}): RosterRoute => ({
  code,
  waveTime: '10:20',
  vanType: 'edv',
  plannedMinutes: 540,
  ...over,
});

export const da = (id: string, over: Partial<RosterDriver> = {}): RosterDriver => ({
  id,
  qualifiedVanTypes: ['edv', 'cdv', 'step_van'],
  available: true,
  weekMinutesWorked: 0,
  maxWeekMinutes: 3600,
  ...over,
});

export const van = (id: string, over: Partial<RosterVan> = {}): RosterVan => ({
  id,
  type: 'edv',
  ready: true,
  ...over,
});

/** A validated instance for 2026-03-02 (a Monday); throws if the parts do not validate. */
export function rosterOf(parts: Omit<RosterInstanceInput, 'serviceDate'>): RosterInstance {
  return RosterInstance.parse({ serviceDate: '2026-03-02', ...parts });
}
