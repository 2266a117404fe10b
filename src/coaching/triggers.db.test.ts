import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { must } from '../fleet/test-kit.js';
import { deliverWaiting } from './deliver.js';
import { type CoachingScenario, type Da, givenCoaching } from './testing.js';

// Coaching issue: triggers on Amazon's weekly figures as the DSP Overview Dashboard gives them — a metric
// past a threshold in its bad direction (DCR is better higher, rates lower), a drop of the weekly
// standing, a Fantastic week — and "did it work?" on the DA's weeks before and after the item.

const SPEEDING = 'Speeding rate over 0.5';

describe('triggers on the weekly figures', () => {
  let s: CoachingScenario;
  let dropped: Da;
  let lowDcr: Da;
  let fast: Da;
  let steady: Da;
  let speedingRule = '';

  beforeAll(async () => {
    s = await givenCoaching();
    const rule = await s.manager.request('POST', '/api/v1/coaching/rules', {
      name: SPEEDING,
      active: true,
      trigger: { type: 'metric', metric: 'speeding', threshold: 0.5 },
      ladder: ['message', 'one_on_one'],
      escalationDays: 30,
    });
    speedingRule = must(rule, 200).json().id;
    dropped = await s.addDa({ firstName: 'Dropped' });
    lowDcr = await s.addDa({ firstName: 'Lenta', lastName: 'Ruiz', language: 'es' });
    fast = await s.addDa({ firstName: 'Fast' });
    steady = await s.addDa({ firstName: 'Steady' });
    await s.week('2025-03-02', [
      [dropped],
      [lowDcr],
      [fast, { 'Speeding Event Rate (Per Trip)': '0.4' }],
      [steady, { 'Overall Standing': 'Great', DCR: '98.6%' }],
    ]);
    await s.week('2025-03-09', [
      [dropped, { 'Overall Standing': 'Fair', 'Overall Score': '71' }],
      [lowDcr, { DCR: '97.0%', 'Overall Standing': 'Great' }],
      [fast, { 'Speeding Event Rate (Per Trip)': '0.6', 'Overall Standing': 'Great' }],
      [steady, { 'Overall Standing': 'Great', DCR: '98.6%', 'Speeding Event Rate (Per Trip)': '0.5' }],
    ]);
    await s.run('2025-03-17');
  });
  afterAll(() => s.close());

  const ruleItems = async (da: Da) =>
    (await s.items(da)).map((i) => [i.rule_id, i.week_start, i.action, JSON.parse(i.cause)]);

  it('opens a tier-drop item when the weekly standing falls', async () => {
    expect(await ruleItems(dropped)).toEqual([
      [
        'suggested-fantastic',
        '2025-03-02',
        'recognition',
        expect.objectContaining({ standing: 'fantastic' }),
      ],
      [
        'suggested-tier-drop',
        '2025-03-09',
        'message',
        { type: 'tier_drop', from: 'fantastic', to: 'fair', score: expect.any(Number) },
      ],
    ]);
  });

  it('sets a higher-is-better metric (DCR under 98.5%) off below the threshold only', async () => {
    const items = await ruleItems(lowDcr);
    expect(items.filter(([rule]) => rule === 'suggested-dcr')).toEqual([
      [
        'suggested-dcr',
        '2025-03-09',
        'message',
        { type: 'metric', metric: 'dcr', unit: 'ratio', value: 0.97, threshold: 0.985 },
      ],
    ]);
    expect((await ruleItems(steady)).filter(([rule]) => rule === 'suggested-dcr')).toEqual([]);
    // The DA reads the cause and what the metric means in Spanish.
    await s.shift(lowDcr, '2025-03-20');
    await deliverWaiting(s.t.db.db, new Date('2025-03-20T18:00:00Z'));
    const phone = await s.loginAs(lowDcr);
    const mine = must(await phone.request('GET', '/api/v1/me/coaching'), 200).json();
    const dcr = mine.items.find((i: { cause: string }) => i.cause.includes('97.0%'));
    expect(dcr).toMatchObject({
      title: 'Coaching',
      cause: expect.stringMatching(/: 97\.0% la semana pasada \(meta: 98\.5%\)$/),
      definition: expect.any(String),
    });
  });

  it('sets a lower-is-better rate (speeding over 0.5) off above the threshold only', async () => {
    expect((await ruleItems(fast)).filter(([rule]) => rule === speedingRule)).toEqual([
      [
        speedingRule,
        '2025-03-09',
        'message',
        { type: 'metric', metric: 'speeding', unit: 'rate', value: 0.6, threshold: 0.5 },
      ],
    ]);
    expect((await ruleItems(steady)).filter(([rule]) => rule === speedingRule)).toEqual([]);
  });

  it('says whether it worked from the weeks before and after, leaving out weeks without data', async () => {
    const item = (await s.items(fast)).find((i) => i.rule_id === speedingRule);
    const url = `/api/v1/coaching/items/${item?.id}`;
    const notYet = must(await s.manager.request('GET', url), 200).json();
    expect(notYet.effect).toMatchObject({ measure: 'speeding', direction: 'lower', verdict: 'not_yet' });

    await s.week('2025-03-16', [[fast, { 'Speeding Event Rate (Per Trip)': '0.2' }]]);
    await s.week('2025-03-23', [[fast, { 'Speeding Event Rate (Per Trip)': '-' }]]);
    const detail = must(await s.manager.request('GET', url), 200).json();
    expect(detail.effect.before).toEqual([
      { week: '2025-02-16', value: null },
      { week: '2025-02-23', value: null },
      { week: '2025-03-02', value: 0.4 },
      { week: '2025-03-09', value: 0.6 },
    ]);
    expect(detail.effect.after).toEqual([
      { week: '2025-03-16', value: 0.2 },
      { week: '2025-03-23', value: null },
    ]);
    expect(detail.effect.beforeMean).toBeCloseTo(0.5, 10);
    expect(detail.effect.afterMean).toBeCloseTo(0.2, 10);
    expect(detail.effect.verdict).toBe('improved');

    const station = must(
      await s.manager.request('GET', `/api/v1/coaching/effect?stationId=${s.stationId}&weeks=2`),
      200,
    ).json();
    const speeding = station.rules.find((r: { ruleId: string }) => r.ruleId === speedingRule);
    expect(speeding).toMatchObject({ items: 1, measured: 1, improved: 1, worse: 0, same: 0 });
    expect(speeding.series.map((p: { offset: number; count: number }) => [p.offset, p.count])).toEqual([
      [-1, 1],
      [0, 1],
      [1, 1],
      [2, 0],
    ]);
    expect(speeding.series[1].mean).toBeCloseTo(0.6, 10);
    expect(speeding.series[2].mean).toBeCloseTo(0.2, 10);
    expect(station.overall.items).toBeGreaterThanOrEqual(speeding.items);
  });
});
