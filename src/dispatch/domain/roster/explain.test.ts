import { describe, expect, it } from 'vitest';
import type { RosterInstanceInput, RosterSolution } from './instance.js';
import { solveRoster } from './solve.js';
import { da, rosterOf, route, van } from './testing.js';
import { listed } from './wording.js';

const solve = (parts: Omit<RosterInstanceInput, 'serviceDate'>): RosterSolution =>
  solveRoster(rosterOf(parts));
const reasonsFor = (s: RosterSolution, code: string) =>
  s.uncovered.find((u) => u.routeCode === code)?.reasons;
const whyFor = (s: RosterSolution, code: string) => s.assignments.find((a) => a.routeCode === code)?.why;
const step = (code: string, over = {}) => route(code, { vanType: 'step_van', ...over });
const stepVan = (id: string, over = {}) => van(id, { type: 'step_van', ...over });

describe('why a route is uncovered: the vans', () => {
  it('names a van type the station does not have', () => {
    const s = solve({
      routes: [step('CX1', { station: 'DXC1' })],
      drivers: [da('A')],
      vans: [stepVan('S1', { station: 'DXT1' }), van('V1', { station: 'DXC1' })],
    });
    expect(reasonsFor(s, 'CX1')).toEqual(['no step van at DXC1']);
  });

  it('lists the vans of the type that are not ready, and why', () => {
    const s = solve({
      routes: [step('CX1')],
      drivers: [da('A')],
      vans: [stepVan('S1', { ready: false }), stepVan('S2', { inspectionFailed: true })],
    });
    expect(reasonsFor(s, 'CX1')).toEqual(['no step van is ready: S1 is not ready, S2 failed its inspection']);
  });

  it('counts the routes and ready vans of the type and says where the vans went', () => {
    const s = solve({
      routes: [
        step('CX1', { plannedMinutes: 480 }),
        step('CX2', { plannedMinutes: 480 }),
        step('CX3', { plannedMinutes: 600 }),
      ],
      drivers: [da('A'), da('B'), da('C')],
      vans: [stepVan('S1'), stepVan('S2'), stepVan('S3', { ready: false })],
    });
    // The longest route waits: same coverage, fewer paid minutes.
    expect(reasonsFor(s, 'CX3')).toEqual([
      'no step van left: 3 step van routes and 2 ready step vans, all on other routes (CX1, CX2)',
    ]);
  });

  it('says so when the one ready van is on another route', () => {
    const s = solve({
      routes: [step('CX1'), step('CX2')],
      drivers: [da('A'), da('B')],
      vans: [stepVan('S1')],
      pinned: [{ routeCode: 'CX2', driverId: 'B', vanId: 'S1' }],
    });
    expect(reasonsFor(s, 'CX1')).toEqual([
      'no step van left: 2 step van routes and 1 ready step van, on CX2',
    ]);
  });
});

describe('why a route is uncovered: the DAs', () => {
  it('says when nobody is qualified for the van type', () => {
    const s = solve({
      routes: [step('CX1')],
      drivers: [da('A', { qualifiedVanTypes: ['edv'] })],
      vans: [stepVan('S1')],
    });
    expect(reasonsFor(s, 'CX1')).toEqual(['nobody is qualified for a step van']);
  });

  it('counts the station only when the route names one', () => {
    const s = solve({
      routes: [step('CX1', { station: 'DXC1' })],
      drivers: [da('A', { station: 'DXT1' })],
      vans: [stepVan('S1')],
    });
    expect(reasonsFor(s, 'CX1')).toEqual(['nobody at DXC1 is qualified for a step van']);
  });

  it('says when the qualified DAs are all off today', () => {
    const s = solve({
      routes: [step('CX1')],
      drivers: [
        da('A', { available: false }),
        da('B', { available: false }),
        da('C', { qualifiedVanTypes: ['edv'] }),
      ],
      vans: [stepVan('S1')],
    });
    expect(reasonsFor(s, 'CX1')).toEqual([
      'nobody qualified for a step van is available today (2 qualified DAs, all off or not cleared)',
    ]);
  });

  it('shows the sum for each DA the route would push past the weekly cap', () => {
    const s = solve({
      routes: [step('CX1', { plannedMinutes: 600 })],
      drivers: [
        da('A', { name: 'Ana', weekMinutesWorked: 2340, maxWeekMinutes: 2400 }),
        da('B', { name: 'Bo', weekMinutesWorked: 2000, maxWeekMinutes: 2400 }),
      ],
      vans: [stepVan('S1')],
    });
    expect(reasonsFor(s, 'CX1')).toEqual([
      'Ana would reach 49 h and Bo 43 h 20 min this week, past the 40 h cap',
    ]);
  });

  it('names the one DA who could drive it and the route they are on', () => {
    const s = solve({
      routes: [step('CX1'), step('CX2', { plannedMinutes: 600 })],
      drivers: [
        da('A', { name: 'Ana', weekMinutesWorked: 2340, maxWeekMinutes: 2400 }),
        da('B', { name: 'Bo' }),
      ],
      vans: [stepVan('S1'), stepVan('S2')],
      pinned: [{ routeCode: 'CX1', driverId: 'B', vanId: 'S1' }],
    });
    expect(reasonsFor(s, 'CX2')).toEqual([
      'Ana would reach 49 h this week, past the 40 h cap',
      'the only DA who could drive it, Bo, is on CX1',
    ]);
  });

  it('lists the routes the qualified DAs are on, and says when a van is missing as well', () => {
    const s = solve({
      routes: [1, 2, 3, 4, 5, 6].map((i) => step(`CX${i}`, { plannedMinutes: 400 + i })),
      drivers: ['A', 'B', 'C', 'D', 'E'].map((id) => da(id)),
      vans: [1, 2, 3, 4, 5].map((i) => stepVan(`S${i}`)),
    });
    expect(reasonsFor(s, 'CX6')).toEqual([
      'no step van left: 6 step van routes and 5 ready step vans, all on other routes (CX1, CX2, CX3, CX4 and 1 more)',
      'everyone who could drive it is on another route: A (CX4), B (CX3), C (CX2), D (CX1) and 1 more',
    ]);
  });
});

describe('why a DA drives a route', () => {
  it('says pinned, and carries no warning when the pin breaks no rule', () => {
    const s = solve({
      routes: [route('CX1')],
      drivers: [da('A')],
      vans: [van('V1')],
      pinned: [{ routeCode: 'CX1', driverId: 'A', vanId: 'V1' }],
    });
    expect(whyFor(s, 'CX1')).toEqual(['pinned', 'no overtime']);
  });

  it('says the DA knows the route and has their usual van', () => {
    const s = solve({
      routes: [route('CX1')],
      drivers: [da('A', { familiarRoutes: ['CX1'], usualVanId: 'V2' })],
      vans: [van('V1'), van('V2')],
    });
    expect(whyFor(s, 'CX1')).toEqual(['no overtime', 'knows this route', 'usual van']);
  });

  it('says when nobody could drive it without overtime', () => {
    const s = solve({
      routes: [route('CX1')],
      drivers: [da('A', { weekMinutesWorked: 1905 })], // 1,905 + 540 = 2,445: 45 min past 2,400
      vans: [van('V1')],
    });
    expect(s.assignments[0]?.overtimeMinutes).toBe(45);
    expect(whyFor(s, 'CX1')).toEqual(['adds 45 min of overtime: nobody could drive it without overtime']);
  });

  it('names where the DAs without overtime went', () => {
    const s = solve({
      routes: [route('CX1'), step('CX2')],
      drivers: [da('A', { qualifiedVanTypes: ['edv'], weekMinutesWorked: 1920 }), da('B', { name: 'Bo' })],
      vans: [van('V1'), stepVan('S1')],
    });
    expect(whyFor(s, 'CX1')).toEqual([
      'adds 1 h of overtime: everyone who could drive it without overtime is on another route (Bo on CX2)',
    ]);
  });

  it('only states the overtime of a pin when a DA without overtime was free', () => {
    const s = solve({
      routes: [route('CX1')],
      drivers: [da('A', { weekMinutesWorked: 1920 }), da('B')],
      vans: [van('V1')],
      pinned: [{ routeCode: 'CX1', driverId: 'A', vanId: 'V1' }],
    });
    expect(whyFor(s, 'CX1')).toEqual(['pinned', 'adds 1 h of overtime']);
  });

  it('says when the strongest DA who could drive a hard route has it, or a strong one', () => {
    const s = solve({
      routes: [
        route('CX1', { difficulty: 90 }),
        route('CX2', { difficulty: 75 }),
        route('CX3', { difficulty: 10 }),
      ],
      drivers: [da('A', { strength: 95 }), da('B', { strength: 80 }), da('C', { strength: 30 })],
      vans: [van('V1'), van('V2'), van('V3')],
    });
    expect(whyFor(s, 'CX1')).toEqual(['no overtime', 'strongest available for a hard route']);
    expect(whyFor(s, 'CX2')).toEqual(['no overtime', 'strong DA for a hard route']);
    expect(whyFor(s, 'CX3')).toEqual(['no overtime']);
  });

  it('claims no strength or rate for a pinned DA who may not drive the route', () => {
    const s = solve({
      routes: [route('CX1', { difficulty: 95 })],
      drivers: [
        da('A', { available: false, strength: 99, hourlyCents: 1500 }),
        da('B', { strength: 50, hourlyCents: 2000 }),
      ],
      vans: [van('V1')],
      pinned: [{ routeCode: 'CX1', driverId: 'A', vanId: 'V1' }],
    });
    expect(whyFor(s, 'CX1')).toEqual(['pinned', 'no overtime']);
    expect(s.assignments[0]?.warnings).toEqual(['A is not available today']);
  });

  it('says when the DA has the lowest pay rate of those who could drive it', () => {
    const s = solve({
      routes: [route('CX1')],
      drivers: [da('A', { hourlyCents: 2100 }), da('B', { hourlyCents: 1950 })],
      vans: [van('V1')],
    });
    expect(whyFor(s, 'CX1')).toEqual(['no overtime', 'lowest pay rate of the DAs who could drive it']);
  });
});

describe('listed', () => {
  it('shows up to four and counts the rest', () => {
    expect(listed(['CX1'])).toBe('CX1');
    expect(listed(['a', 'b', 'c', 'd'])).toBe('a, b, c, d');
    expect(listed(['a', 'b', 'c', 'd', 'e', 'f'])).toBe('a, b, c, d and 2 more');
    expect(listed(['a', 'b', 'c'], 2, '; ')).toBe('a; b and 1 more');
  });
});

// Issue 14, item 3: reasons grouped once per cause instead of repeated per route.
describe('the day’s causes', () => {
  it('says each cause once, with every route it keeps uncovered', () => {
    const s = solve({
      routes: [step('CX1'), step('CX2'), step('CX3'), route('CX4', { plannedMinutes: 600 })],
      drivers: [
        da('A', { name: 'Imani Clark', qualifiedVanTypes: ['edv'] }),
        da('B', { name: 'Bo Li', qualifiedVanTypes: ['edv'] }),
      ],
      vans: [van('V1')],
    });
    expect(s.causes).toEqual([
      { text: 'no step van', routeCodes: ['CX1', 'CX2', 'CX3'] },
      { text: 'nobody is qualified for a step van', routeCodes: ['CX1', 'CX2', 'CX3'] },
    ]);
  });

  it('names the DAs short of hours once, while each route says the hours it would take them to', () => {
    const s = solve({
      routes: [route('CX1', { plannedMinutes: 540 }), route('CX2', { plannedMinutes: 600 })],
      drivers: [da('A', { name: 'Imani Clark', weekMinutesWorked: 1970, maxWeekMinutes: 2400 })],
      vans: [van('V1'), van('V2')],
    });
    expect(reasonsFor(s, 'CX1')).toEqual([
      'Imani Clark would reach 41 h 50 min this week, past the 40 h cap',
    ]);
    expect(reasonsFor(s, 'CX2')).toEqual([
      'Imani Clark would reach 42 h 50 min this week, past the 40 h cap',
    ]);
    expect(s.causes).toEqual([
      { text: 'Imani Clark has too few hours left this week (the 40 h cap)', routeCodes: ['CX1', 'CX2'] },
    ]);
  });
});

// Issue 14, item 1: the org's hard caps are hard limits per DA, said in words, each cause once.
describe('the hard caps on a DA’s day', () => {
  const caps = { maxDayMinutes: 720, maxSevenDayMinutes: 3600, minRestMinutes: 600 };

  it('keeps a DA off a route within the rest owed since yesterday’s route', () => {
    // CX1's wave at 10:20; Imani's route yesterday ended at 01:00 today: 9 h 20 min of rest.
    const s = solve({
      routes: [route('CX1'), route('CX2', { waveTime: '11:00' })],
      drivers: [da('A', { name: 'Imani Clark', ...caps, yesterdayRouteEnd: '25:00' })],
      vans: [van('V1'), van('V2')],
    });
    expect(s.assignments.map((a) => a.routeCode)).toEqual(['CX2']);
    expect(reasonsFor(s, 'CX1')).toEqual([
      "Imani Clark would have 9 h 20 min of rest since yesterday's route, under the 10 h minimum",
    ]);
    expect(s.causes).toEqual([
      { text: "Imani Clark would not have the 10 h rest since yesterday's route", routeCodes: ['CX1'] },
    ]);
  });

  it('keeps a DA off a route that takes them past 60 h in the 7 days ending today', () => {
    const s = solve({
      routes: [route('CX1', { plannedMinutes: 600 })],
      drivers: [da('A', { name: 'Bo Li', ...caps, pastSixDaysMinutes: 3060 })],
      vans: [van('V1')],
    });
    expect(reasonsFor(s, 'CX1')).toEqual(['Bo Li would reach 61 h in 7 days, past the 60 h cap']);
    expect(s.causes[0]?.text).toBe('Bo Li has too few hours left in 7 days (the 60 h cap)');
    // Exactly 60 h is allowed.
    const at = solve({
      routes: [route('CX1', { plannedMinutes: 540 })],
      drivers: [da('A', { name: 'Bo Li', ...caps, pastSixDaysMinutes: 3060 })],
      vans: [van('V1')],
    });
    expect(at.uncovered).toEqual([]);
  });

  it('leaves a route longer than the 12 h day cap uncovered, one cause for every such route', () => {
    const s = solve({
      routes: [route('CX1', { plannedMinutes: 750 }), route('CX2', { plannedMinutes: 780 })],
      drivers: [da('A', { name: 'Ana Ruiz', ...caps }), da('B', { name: 'Bo Li', ...caps })],
      vans: [van('V1'), van('V2')],
    });
    expect(reasonsFor(s, 'CX1')).toEqual(['planned for 12 h 30 min, past the 12 h a DA may work in a day']);
    expect(s.causes).toEqual([
      { text: 'longer than the 12 h a DA may work in a day', routeCodes: ['CX1', 'CX2'] },
    ]);
  });
});
