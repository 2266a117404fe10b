import { describe, expect, it } from 'vitest';
import { freeVanFor, type ReplacementCandidate, rankReplacements } from './replacements.js';

// Issue 14, item 2: "Find a DA" lists, best first, the free standbys, then scheduled DAs without a route,
// then DAs off today, each with hours this week, van types and the overtime it would cost, and says who
// was left out and why; putting a DA on also gives the route a ready van of its type (or says none is free).

const rules = {
  overtimeAfterMinutes: 2400,
  weekCapMinutes: 3000,
  maxDaysPerWeek: 5,
  caps: { maxDayMinutes: 720, maxSevenDayMinutes: 3600, minRestMinutes: 600 },
  defaultHourlyCents: 2000,
};
const route = { vanType: 'cdv', plannedMinutes: 540, waveTime: '10:00' };
const da = (name: string, over: Partial<ReplacementCandidate> = {}): ReplacementCandidate => ({
  id: name,
  name,
  shiftKind: null,
  calledOut: false,
  checkedIn: false,
  onRoute: false,
  cleared: true,
  vanTypes: ['cdv'],
  available: true,
  unavailableReason: null,
  otherDays: 0,
  otherDaysMinutes: 0,
  pastSixDaysMinutes: 0,
  yesterdayEndMinute: null,
  hourlyRateCents: null,
  ...over,
});

describe('Find a DA', () => {
  it('puts free standbys first, then scheduled DAs without a route, then DAs off today', () => {
    const { replacements } = rankReplacements(
      route,
      [
        da('Olga Off'),
        da('Sam Scheduled', { shiftKind: 'route', otherDays: 4, otherDaysMinutes: 1970 }),
        da('Stan Standby', { shiftKind: 'standby' }),
      ],
      rules,
    );
    expect(replacements.map((r) => `${r.group}:${r.name}`)).toEqual([
      'standby:Stan Standby',
      'scheduled:Sam Scheduled',
      'off_today:Olga Off',
    ]);
    // 1,970 + 540 = 2,510 min: 110 min past 40 h, at 1.5 × $20/h = $55.
    expect(replacements[1]).toMatchObject({
      vanTypes: ['cdv'],
      weekMinutes: 1970,
      weekMinutesAfter: 2510,
      overtimeMinutes: 110,
      overtimeCostCents: 5500,
    });
  });

  it('says who was left out and why, each reason once', () => {
    const { replacements, leftOut } = rankReplacements(
      route,
      [
        da('Cal Callout', { shiftKind: 'route', calledOut: true }),
        da('Ed Edv', { vanTypes: ['edv'] }),
        da('Fay Edv', { vanTypes: ['edv'] }),
        da('Max Hours', { shiftKind: 'route', otherDaysMinutes: 2700 }),
        da('Rita Route', { shiftKind: 'route', onRoute: true }),
      ],
      rules,
    );
    expect(replacements).toEqual([]);
    expect(leftOut.map(({ reason, names }) => ({ reason, names }))).toEqual([
      { reason: 'called out today', names: ['Cal Callout'] },
      { reason: 'not qualified for CDVs', names: ['Ed Edv', 'Fay Edv'] },
      { reason: 'would pass the 50 h week ceiling', names: ['Max Hours'] },
      { reason: 'already on a route', names: ['Rita Route'] },
    ]);
  });

  // Issue 14, item 1: the org's hard caps leave a DA out, with the reason in words.
  it('leaves out a DA the route would take past 60 h in 7 days or short of rest since yesterday', () => {
    const { replacements, leftOut } = rankReplacements(
      route,
      [
        da('Imani Clark', { yesterdayEndMinute: 24 * 60 + 40 }), // 00:40 today: 9 h 20 min before 10:00
        da('Sixty Hours', { pastSixDaysMinutes: 3100 }), // 3,100 + 540 = 3,640 > 3,600
        da('Rested Ruth', { yesterdayEndMinute: 24 * 60, pastSixDaysMinutes: 3060 }), // exactly 10 h, 60 h
      ],
      rules,
    );
    expect(replacements.map((r) => r.name)).toEqual(['Rested Ruth']);
    expect(leftOut.map(({ reason, names }) => ({ reason, names }))).toEqual([
      {
        reason: "would have 9 h 20 min of rest since yesterday's route, under the 10 h minimum",
        names: ['Imani Clark'],
      },
      { reason: 'would reach 60 h 40 min in 7 days, past the 60 h cap', names: ['Sixty Hours'] },
    ]);
  });

  it('leaves everyone out of a route longer than the 12 h day cap', () => {
    const { replacements, leftOut } = rankReplacements({ ...route, plannedMinutes: 750 }, [da('Ana')], {
      ...rules,
      weekCapMinutes: 4000,
    });
    expect(replacements).toEqual([]);
    expect(leftOut[0]?.reason).toBe('would work 12 h 30 min today, past the 12 h day cap');
  });
});

describe('the van a DA put on the route takes', () => {
  const van = (id: string, over = {}) => ({
    id,
    fleetNumber: id,
    vanType: 'cdv',
    dispatchable: true,
    preTrip: 'missing' as const,
    onRoute: false,
    ...over,
  });

  it('is a free van of the route’s type, an inspected one first', () => {
    expect(
      freeVanFor('cdv', [van('V1', { onRoute: true }), van('V2'), van('V3', { preTrip: 'passed' })]).van?.id,
    ).toBe('V3');
    expect(freeVanFor('cdv', [van('V1', { vanType: 'edv' }), van('V2')]).van?.id).toBe('V2');
  });

  it('says why when none is free', () => {
    expect(freeVanFor('cdv', [van('V1', { onRoute: true }), van('V2', { preTrip: 'failed' })])).toEqual({
      van: null,
      note: 'No CDV is free: the only ready one is on another route.',
    });
    expect(freeVanFor('step_van', [van('V1')]).note).toBe('The station has no step van.');
  });
});
