import { describe, expect, it } from 'vitest';
import { type DrivenRoute, EVENT_METRICS } from './performance-events.js';
import type { DaPerformanceProfile } from './performance-profile.js';
import { drawDaWeek, phasesOf } from './performance-week.js';
import { seededRandom } from './random.js';

const profile = (over: Partial<DaPerformanceProfile> = {}): DaPerformanceProfile => ({
  level: 'average',
  problem: 'following_distance',
  coaching: 'responds',
  onsetWeek: 2,
  ...over,
});

const week = (days: number): DrivenRoute[] =>
  Array.from({ length: days }, (_, i) => ({
    date: `2026-11-${String(23 + i).padStart(2, '0')}`,
    start: new Date(`2026-11-${String(23 + i).padStart(2, '0')}T17:00:00Z`),
    end: new Date(`2026-11-${String(24 + i).padStart(2, '0')}T01:00:00Z`),
    vin: '7FCEHAB28NB126101',
    fleetNumber: 'DXC1-01',
    stops: 200,
    delivered: 270,
    returned: 2,
  }));

describe('a demo DA week', () => {
  it('is bad from the first week driven at or after the onset; a responder recovers, a non-responder does not', () => {
    const drove = [true, true, false, true, true, true];
    expect(phasesOf(profile(), drove)).toEqual([
      'normal',
      'normal',
      'normal',
      'bad',
      'recovering',
      'recovered',
    ]);
    expect(phasesOf(profile({ coaching: 'does_not_respond' }), drove)).toEqual([
      'normal',
      'normal',
      'normal',
      'bad',
      'bad',
      'bad',
    ]);
    expect(phasesOf(profile({ problem: null, coaching: null }), drove)).toEqual(Array(6).fill('normal'));
  });

  it('gives a DA who is not weak at most one event of a kind a week, outside the problem’s bad weeks', () => {
    const rand = seededRandom(7);
    for (let i = 0; i < 300; i++) {
      const w = drawDaWeek(rand, profile({ level: i % 2 ? 'strong' : 'average' }), 'normal', week(5));
      for (const m of EVENT_METRICS)
        expect(w.events.filter((e) => e.metric === m).length).toBeLessThanOrEqual(1);
      const types = w.cameraEvents.map((e) => e.type);
      expect(new Set(types).size).toBe(types.length);
      expect(w.metrics.pod ?? 0).toBeGreaterThanOrEqual(0.94);
      expect(w.metrics.dcr ?? 0).toBeGreaterThanOrEqual(0.97);
    }
  });

  it('writes rates that agree with the events (per 100 trips), and a bad week of the problem has three or more', () => {
    const w = drawDaWeek(seededRandom(3), profile(), 'bad', week(4));
    const n = w.events.filter((e) => e.metric === 'following_distance').length;
    expect(n).toBeGreaterThanOrEqual(3);
    expect(w.metrics.following_distance).toBeCloseTo((n / 800) * 100, 3);
    expect(w.metrics.delivered).toBe(4 * 270);
    expect(w.metrics.cdf_dpmo).toBe(Math.round((w.feedback.length / 1080) * 1e6));
    for (const e of w.events) {
      expect(e.at.getTime()).toBeGreaterThan(e.route.start.getTime());
      expect(e.at.getTime()).toBeLessThan(e.route.end.getTime());
    }
  });
});
