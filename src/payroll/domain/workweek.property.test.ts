import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../../shared/days.js';
import { computePay } from './pay.js';
import { ruleSetFor } from './rule-sets.js';
import type { Interval, StateCode, Workday, WorkweekResult } from './types.js';
import { workedMinutes } from './workday.js';
import { computeWorkweek } from './workweek.js';

/**
 * Properties of the calculator on random workweeks in every rule set: hours are conserved, daily OT
 * is never counted again as weekly OT, and one more minute worked never lowers pay.
 */

const WEEK = '2026-11-15';
const STATES: StateCode[] = ['TX', 'CA', 'AK', 'NV', 'CO', 'WA', 'OR', 'NY', 'IL'];

const workday = fc.record({
  start: fc.integer({ min: 0, max: 1200 }),
  parts: fc.array(
    fc.record({ work: fc.integer({ min: 1, max: 420 }), gap: fc.integer({ min: 1, max: 75 }) }),
    {
      minLength: 1,
      maxLength: 4,
    },
  ),
  rests: fc.option(fc.array(fc.integer({ min: 0, max: 20 }), { maxLength: 3 }), { nil: undefined }),
});

/** Seven optional days; a day's work is cut where the next day's begins, so nothing overlaps. */
const workweek = fc
  .array(fc.option(workday, { nil: undefined }), { minLength: 7, maxLength: 7 })
  .map((raw) => {
    const days: Workday[] = [];
    raw.forEach((d, i) => {
      if (!d) return;
      const nextStart = raw.slice(i + 1).findIndex(Boolean);
      const limit =
        nextStart < 0
          ? 7 * 1440
          : (i + 1 + nextStart) * 1440 + (raw[i + 1 + nextStart]?.start ?? 0) - i * 1440;
      const work: Interval[] = [];
      let t = d.start;
      for (const p of d.parts) {
        const end = Math.min(t + p.work, limit, d.start + 1440);
        if (end > t) work.push({ start: t, end });
        t = end + p.gap;
      }
      if (work.length === 0) return;
      const first = work[0] as Interval;
      const rests = d.rests
        ?.map((len, k) => ({ start: first.start + k, end: first.start + k + len }))
        .filter((r) => r.end <= first.end);
      days.push({ date: addDays(WEEK, i), work, ...(rests ? { rests } : {}) });
    });
    return days;
  });

const run = (state: StateCode, days: Workday[]) =>
  computeWorkweek({ weekStart: WEEK, days, rules: ruleSetFor(state, WEEK) });

const payOf = (r: WorkweekResult, bonusCents = 0) =>
  computePay({
    hourlyCents: 2000,
    bonuses: bonusCents ? [{ kind: 'production', label: 'Per-stop pay', cents: bonusCents }] : [],
    minutes: r.minutes,
    premiumHours: {
      meal: r.premiums.filter((p) => p.kind === 'meal').reduce((s, p) => s + p.hours, 0),
      rest: r.premiums.filter((p) => p.kind === 'rest').reduce((s, p) => s + p.hours, 0),
    },
    flatBonusMethod: 'federal',
  }).totalCents;

describe('the workweek calculator, on random weeks in every state', () => {
  it('conserves hours: REG + OT + DT = minutes worked, the slices tiling the work exactly', () => {
    fc.assert(
      fc.property(fc.constantFrom(...STATES), workweek, (state, days) => {
        const r = run(state, days);
        const worked = days.reduce((sum, d) => sum + workedMinutes(d), 0);
        expect(r.minutes.REG + r.minutes.OT + r.minutes.DT).toBe(worked);
        for (const d of days) {
          const mine = r.slices.filter((s) => s.date === d.date);
          const merged: Interval[] = [];
          for (const s of mine) {
            const last = merged.at(-1);
            if (last && last.end === s.start) last.end = s.end;
            else merged.push({ start: s.start, end: s.end });
          }
          expect(merged).toEqual(
            d.work.reduce<Interval[]>((acc, i) => {
              const last = acc.at(-1);
              if (last && last.end === i.start) last.end = i.end;
              else acc.push({ ...i });
              return acc;
            }, []),
          );
        }
      }),
    );
  });

  it('never counts daily OT again as weekly OT: weekly OT = regular time past 40 h, no more', () => {
    fc.assert(
      fc.property(fc.constantFrom(...STATES), workweek, (state, days) => {
        const r = run(state, days);
        const weekly = r.slices
          .filter((s) => s.rule?.endsWith('weekly-ot'))
          .reduce((m, s) => m + s.end - s.start, 0);
        expect(r.minutes.REG).toBeLessThanOrEqual(2400);
        expect(weekly).toBe(Math.max(0, r.minutes.REG + weekly - 2400));
      }),
    );
  });

  /** The same days with one more minute at the end of one interval, when it fits; else null. */
  const oneMinuteMore = (days: Workday[], dayPick: number, partPick: number): Workday[] | null => {
    if (days.length === 0) return null;
    const d = dayPick % days.length;
    const day = days[d] as Workday;
    const k = partPick % day.work.length;
    const interval = day.work[k] as Interval;
    const nextStart = day.work[k + 1]?.start ?? Number.POSITIVE_INFINITY;
    const nextDay = days[d + 1];
    const dayLimit = nextDay
      ? (Date.parse(nextDay.date) - Date.parse(day.date)) / 60_000 + (nextDay.work[0]?.start ?? 0)
      : Number.POSITIVE_INFINITY;
    const end = interval.end + 1;
    if (end >= nextStart || end > dayLimit || end - (day.work[0]?.start ?? 0) > 1440) return null;
    return days.map((x, i) =>
      i !== d ? x : { ...x, work: x.work.map((w, j) => (j === k ? { ...w, end } : w)) },
    );
  };

  it('one more minute worked never lowers pay (hourly pay with meal and rest premiums)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...STATES),
        workweek,
        fc.nat(),
        fc.nat(),
        (state, days, dayPick, partPick) => {
          const longer = oneMinuteMore(days, dayPick, partPick);
          fc.pre(longer !== null);
          expect(payOf(run(state, longer ?? []))).toBeGreaterThanOrEqual(payOf(run(state, days)));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('nor with per-stop pay in its regular rate, under weekly overtime only (29 CFR 778.110)', () => {
    fc.assert(
      fc.property(
        workweek,
        fc.nat(),
        fc.nat(),
        fc.integer({ min: 1, max: 500_000 }),
        (days, dayPick, partPick, bonus) => {
          const longer = oneMinuteMore(days, dayPick, partPick);
          fc.pre(longer !== null);
          expect(payOf(run('TX', longer ?? []), bonus)).toBeGreaterThanOrEqual(payOf(run('TX', days), bonus));
        },
      ),
      { numRuns: 300 },
    );
  });
});
