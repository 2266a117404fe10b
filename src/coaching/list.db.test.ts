import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { must } from '../fleet/test-kit.js';
import { type CoachingScenario, givenCoaching } from './testing.js';

// Issue 14, item 9: "the coaching list pages (50 at a time) and filters by kind; recognition
// ('Fantastic week') items are grouped, not mixed into the list of problems".

describe('the coaching list', () => {
  let s: CoachingScenario;
  beforeAll(async () => {
    s = await givenCoaching();
    const [ana, ben, cy] = [await s.addDa(), await s.addDa(), await s.addDa()];
    if (!ana || !ben || !cy) throw new Error('no DAs');
    // A strong week: recognition for each; then Following Distance events: a message, then a 1:1.
    await s.week('2025-03-02', [[ana], [ben], [cy]]);
    await s.run('2025-03-11');
    for (const da of [ana, ben]) await s.events(da, ['2025-03-10', '2025-03-11', '2025-03-12']);
    await s.run('2025-03-13');
    await s.events(ana, ['2025-03-17', '2025-03-18', '2025-03-19']);
    await s.run('2025-03-20');
  });
  afterAll(() => s.close());

  const list = async (query: string) =>
    must(
      await s.manager.request('GET', `/api/v1/coaching/items?stationId=${s.stationId}&${query}`),
      200,
    ).json();

  it('filters by kind; "problems" leaves recognition out', async () => {
    const kinds = (r: { items: { action: string }[] }) => r.items.map((i) => i.action).sort();
    expect(kinds(await list('kind=recognition'))).toEqual(['recognition', 'recognition', 'recognition']);
    expect(kinds(await list('kind=problems'))).toEqual(['message', 'message', 'one_on_one']);
    expect(kinds(await list('kind=one_on_one'))).toEqual(['one_on_one']);
    const bad = await s.manager.request('GET', `/api/v1/coaching/items?kind=warning`);
    expect(bad.statusCode).toBe(400);
  });

  it('pages newest first by cursor, every item once', async () => {
    const all = await list('');
    expect(all.items).toHaveLength(6);
    expect(all.nextCursor).toBeNull();
    const seen: string[] = [];
    let cursor: string | null = '';
    let pages = 0;
    while (cursor !== null) {
      const page: { items: { id: string }[]; nextCursor: string | null } = await list(
        `limit=4${cursor ? `&cursor=${cursor}` : ''}`,
      );
      seen.push(...page.items.map((i) => i.id));
      cursor = page.nextCursor;
      pages++;
    }
    expect(pages).toBe(2);
    expect(seen).toEqual(all.items.map((i: { id: string }) => i.id));
  });
});
