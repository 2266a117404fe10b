import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '../dispatch/domain/calendar.js';
import { must } from '../fleet/test-kit.js';
import { type CoachingScenario, type Da, givenCoaching } from './testing.js';

// Issue 14, item 8: "a rule may propose a written warning, but only a manager sends it: warnings wait
// in a review list with their evidence (a manager sends, edits the note, or dismisses; audited); the DA
// gets nothing — no message, no item on /me — until it is sent", and the page that ranks DAs can tell
// who is on an open written warning.

const today = new Date().toISOString().slice(0, 10);
const day = (n: number) => addDays(today, -n);

describe('written warnings wait for a manager', () => {
  let s: CoachingScenario;
  beforeAll(async () => {
    s = await givenCoaching();
  });
  afterAll(() => s.close());

  /** Three rounds of Following Distance events in the last three weeks: message, 1:1, written warning. */
  async function warned(da: Da) {
    for (const [days, run] of [
      [[20, 19, 18], 17],
      [[13, 12, 11], 10],
      [[6, 5, 4], 3],
    ] as const) {
      await s.events(da, days.map(day));
      await s.shift(da, day(run));
      await s.run(day(run));
    }
    const warning = (await s.items(da)).find((i) => i.action === 'written_warning');
    if (!warning) throw new Error('no written warning');
    return { id: warning.id };
  }

  const count = async () =>
    must(await s.manager.request('GET', `/api/v1/coaching/review/count?stationId=${s.stationId}`), 200).json()
      .count;

  it('tells the DA nothing until a manager edits the note and sends it; then it is theirs to sign', async () => {
    const da = await s.addDa({ firstName: 'Rosa', lastName: 'Diaz' });
    const phone = await s.loginAs(da);
    const { id } = await warned(da);
    // The DA works the day the rules ran, yet the warning is not sent.
    expect((await s.items(da)).find((i) => i.id === id)).toMatchObject({
      notify: 'review',
      notified_at: null,
    });
    expect((await s.messages(da)).some((m) => m.dedupe_key === `coaching:${id}`)).toBe(false);
    const mine = must(await phone.request('GET', '/api/v1/me/coaching'), 200).json();
    expect(mine.items.map((i: { id: string }) => i.id)).not.toContain(id);
    expect(
      (await phone.request('POST', `/api/v1/me/coaching/${id}/acknowledge`, { signature: 'Rosa Diaz' }))
        .statusCode,
    ).toBe(404);
    expect(await count()).toBe(1);

    const review = must(await s.manager.request('GET', '/api/v1/coaching/review'), 200).json();
    expect(review.items).toHaveLength(1);
    expect(review.items[0]).toMatchObject({ id, driverName: 'Rosa Diaz', notify: 'review', step: 3 });
    expect(review.items[0].cause.events.map((e: { businessDate: string }) => e.businessDate)).toEqual(
      [6, 5, 4].map(day),
    );
    // Nothing else happens to it before it is sent; a dispatcher only reads.
    expect((await s.manager.request('POST', `/api/v1/coaching/items/${id}/held`, {})).statusCode).toBe(409);
    expect((await s.dispatcher.request('POST', `/api/v1/coaching/items/${id}/send`, {})).statusCode).toBe(
      403,
    );

    const noted = await s.manager.request('PUT', `/api/v1/coaching/items/${id}/note`, {
      note: 'Come and see me before your next route.',
    });
    expect(must(noted, 200).json()).toMatchObject({ managerNote: 'Come and see me before your next route.' });
    const sent = must(await s.manager.request('POST', `/api/v1/coaching/items/${id}/send`, {}), 200).json();
    expect(sent).toMatchObject({ notify: 'sent', notifiedAt: expect.any(String) });
    expect(
      sent.steps.map((st: { what: string; note: string | null }) => [st.what, st.note]).slice(1),
    ).toEqual([
      ['Note to the DA edited', 'Come and see me before your next route.'],
      ['Sent to the DA by a manager', null],
    ]);
    const [message] = (await s.messages(da)).filter((m) => m.dedupe_key === `coaching:${id}`);
    expect(message?.body).toContain('you have a written warning about 3 "Following Distance" events');
    expect(message?.body).toContain('Note from your manager: Come and see me before your next route.');
    const after = must(await phone.request('GET', '/api/v1/me/coaching'), 200).json();
    expect(after.items.find((i: { id: string }) => i.id === id)).toMatchObject({
      needsSignature: true,
      managerNote: 'Come and see me before your next route.',
    });
    expect(await count()).toBe(0);
    expect((await s.manager.request('POST', `/api/v1/coaching/items/${id}/send`, {})).statusCode).toBe(409);

    const audit = await s.t.db.db
      .selectFrom('audit_log')
      .select('entity_id')
      .where('entity', '=', 'coaching_item')
      .where('entity_id', '=', id)
      .execute();
    expect(audit).toHaveLength(2);

    // The Performance page can say the DA is on an open written warning.
    const open = must(
      await s.manager.request('GET', `/api/v1/coaching/open-warnings?stationId=${s.stationId}`),
      200,
    ).json();
    expect(open.drivers).toContainEqual({ driverId: da.id, itemId: id, causeDate: day(4) });
  });

  it('a dismissed warning is never told and is not an open warning', async () => {
    const da = await s.addDa();
    const phone = await s.loginAs(da);
    const { id } = await warned(da);
    const before = await count();
    const empty = await s.manager.request('POST', `/api/v1/coaching/items/${id}/dismiss`, { note: ' ' });
    expect(empty.statusCode).toBe(400);
    const dismissed = await s.manager.request('POST', `/api/v1/coaching/items/${id}/dismiss`, {
      note: 'The video shows he was cut off.',
    });
    expect(must(dismissed, 200).json()).toMatchObject({
      status: 'dismissed',
      notify: 'review',
      resolutionNote: 'The video shows he was cut off.',
    });
    expect(await count()).toBe(before - 1);
    expect((await s.messages(da)).some((m) => m.dedupe_key === `coaching:${id}`)).toBe(false);
    const mine = must(await phone.request('GET', '/api/v1/me/coaching'), 200).json();
    expect(mine.items.map((i: { id: string }) => i.id)).not.toContain(id);
    expect((await s.manager.request('POST', `/api/v1/coaching/items/${id}/send`, {})).statusCode).toBe(409);
    const open = must(
      await s.manager.request('GET', `/api/v1/coaching/open-warnings?stationId=${s.stationId}`),
      200,
    ).json();
    expect(open.drivers.map((d: { driverId: string }) => d.driverId)).not.toContain(da.id);
  });

  it('another org’s warning is not found, and its station not counted', async () => {
    const da = await s.addDa();
    const { id } = await warned(da);
    for (const [method, path] of [
      ['POST', `/api/v1/coaching/items/${id}/send`],
      ['PUT', `/api/v1/coaching/items/${id}/note`],
      ['POST', `/api/v1/coaching/items/${id}/dismiss`],
    ] as const) {
      expect((await s.beta.owner.request(method, path, { note: 'x' })).statusCode).toBe(404);
    }
    expect(
      (await s.beta.owner.request('GET', `/api/v1/coaching/review/count?stationId=${s.stationId}`))
        .statusCode,
    ).toBe(404);
    expect(must(await s.beta.owner.request('GET', '/api/v1/coaching/review/count'), 200).json()).toEqual({
      count: 0,
    });
  });
});
