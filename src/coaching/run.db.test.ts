import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { must } from '../fleet/test-kit.js';
import { deliverWaiting } from './deliver.js';
import { type CoachingScenario, type Da, givenCoaching } from './testing.js';

// Coaching issue: "escalation ladder (1st: message; 2nd within 30 days: 1:1; 3rd: written warning;
// a dismissed item does not count; outside the window it starts over)", "no double messages", and
// "messages only to DAs who work that day (others are told on their next shift)". The suggested rules
// are in force: Following Distance, 3 events in 7 days, message → 1:1 → written warning in 30 days.

const FD = 'suggested-following-distance';

describe('running the coaching rules', () => {
  let s: CoachingScenario;
  beforeAll(async () => {
    s = await givenCoaching();
  });
  afterAll(() => s.close());

  const fdItems = async (da: Da) => (await s.items(da)).filter((i) => i.rule_id === FD);

  it('climbs the ladder: a message, then a 1:1 within 30 days, then a written warning', async () => {
    const ana = await s.addDa({ firstName: 'Ana', lastName: 'Garcia' });
    await s.events(ana, ['2025-03-03', '2025-03-04', '2025-03-05']);
    expect(await s.run('2025-03-06')).toMatchObject({ created: 1 });
    await s.events(ana, ['2025-03-10', '2025-03-11', '2025-03-12']);
    expect(await s.run('2025-03-13')).toMatchObject({ created: 1 });
    await s.events(ana, ['2025-03-17', '2025-03-18', '2025-03-19']);
    expect(await s.run('2025-03-20')).toMatchObject({ created: 1 });
    const items = await fdItems(ana);
    expect(items.map((i) => [i.step, i.action, i.cause_date, i.status])).toEqual([
      [1, 'message', '2025-03-05', 'open'],
      [2, 'one_on_one', '2025-03-12', 'open'],
      [3, 'written_warning', '2025-03-19', 'open'],
    ]);
    // Each item keeps its events as evidence, and the events are marked coached.
    const links = await s.t.db.db
      .selectFrom('coaching_item_events')
      .innerJoin('safety_events', (j) =>
        j
          .onRef('safety_events.org_id', '=', 'coaching_item_events.org_id')
          .onRef('safety_events.id', '=', 'coaching_item_events.event_id'),
      )
      .select(['coaching_item_events.item_id', 'safety_events.business_date', 'safety_events.status'])
      .where('coaching_item_events.item_id', '=', items[0]?.id as string)
      .orderBy('safety_events.business_date')
      .execute();
    expect(links.map((l) => [l.business_date, l.status])).toEqual([
      ['2025-03-03', 'coached'],
      ['2025-03-04', 'coached'],
      ['2025-03-05', 'coached'],
    ]);
    expect(JSON.parse(items[0]?.cause as string)).toMatchObject({
      type: 'events',
      eventType: 'Following Distance',
      events: [
        { businessDate: '2025-03-03' },
        { businessDate: '2025-03-04' },
        { businessDate: '2025-03-05' },
      ],
    });
  });

  it('starts the ladder over when the last item is more than 30 days old', async () => {
    const bo = await s.addDa();
    await s.events(bo, ['2025-03-03', '2025-03-04', '2025-03-05']);
    await s.run('2025-03-06');
    await s.events(bo, ['2025-04-14', '2025-04-15', '2025-04-16']);
    await s.run('2025-04-17');
    expect((await fdItems(bo)).map((i) => [i.step, i.action, i.cause_date])).toEqual([
      [1, 'message', '2025-03-05'],
      [1, 'message', '2025-04-16'],
    ]);
  });

  it('opens nothing and writes no second message when the rules run again on the same data', async () => {
    const cy = await s.addDa();
    await s.shift(cy, '2025-03-06');
    await s.events(cy, ['2025-03-03', '2025-03-04', '2025-03-05']);
    expect(await s.run('2025-03-06')).toMatchObject({ created: 1, sent: 1, waiting: 0 });
    expect(await s.run('2025-03-06')).toEqual({ created: 0, sent: 0, waiting: 0, review: 0 });
    expect(await s.run('2025-03-07')).toEqual({ created: 0, sent: 0, waiting: 0, review: 0 });
    expect(await fdItems(cy)).toHaveLength(1);
    const messages = await s.messages(cy);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatchObject({
      dedupe_key: `coaching:${(await fdItems(cy))[0]?.id}`,
      link: '/me/coaching',
      body: 'Coaching from acme DSP: 3 "Following Distance" events (03/03–03/05). Please review it in Stationhand and tap Acknowledge, or tell us if it is wrong.',
    });
  });

  it('tells only the DAs who work that day; the others are told on their next shift day', async () => {
    const working = await s.addDa();
    const off = await s.addDa();
    await s.shift(working, '2025-05-06');
    await s.shift(off, '2025-05-08');
    await s.shift(off, '2025-05-09');
    for (const da of [working, off]) await s.events(da, ['2025-05-01', '2025-05-02', '2025-05-05']);
    expect(await s.run('2025-05-06')).toEqual({ created: 2, sent: 1, waiting: 1, review: 0 });
    expect((await fdItems(working))[0]).toMatchObject({ notify: 'sent', notified_at: expect.any(String) });
    expect((await fdItems(off))[0]).toMatchObject({ notify: 'waiting', notified_at: null });
    expect(await s.messages(working)).toHaveLength(1);
    expect(await s.messages(off)).toEqual([]);

    // The DA does not see it on their phone until they are told.
    const phone = await s.loginAs(off);
    expect(must(await phone.request('GET', '/api/v1/me/coaching'), 200).json().items).toEqual([]);

    // 2025-05-07 at 11:00 in Los Angeles: no shift, still waiting.
    expect(await deliverWaiting(s.t.db.db, new Date('2025-05-07T18:00:00Z'))).toBe(0);
    expect((await fdItems(off))[0]?.notify).toBe('waiting');
    // 2025-05-08: their shift day.
    expect(await deliverWaiting(s.t.db.db, new Date('2025-05-08T18:00:00Z'))).toBe(1);
    expect((await fdItems(off))[0]).toMatchObject({ notify: 'sent', notified_at: expect.any(String) });
    expect(await s.messages(off)).toHaveLength(1);
    // Told once: the next shift day tells nothing again.
    expect(await deliverWaiting(s.t.db.db, new Date('2025-05-09T18:00:00Z'))).toBe(0);
    expect(await s.messages(off)).toHaveLength(1);
    const mine = must(await phone.request('GET', '/api/v1/me/coaching'), 200).json();
    expect(mine.items).toEqual([
      expect.objectContaining({ action: 'message', status: 'open', canAcknowledge: true, canDispute: true }),
    ]);
  });

  it('does not count a called-out shift as working', async () => {
    const da = await s.addDa();
    await s.shift(da, '2025-06-03');
    await s.t.db.db
      .updateTable('shifts')
      .set({ status: 'called_out' })
      .where('driver_id', '=', da.id)
      .execute();
    await s.events(da, ['2025-06-01', '2025-06-02', '2025-06-02']);
    expect(await s.run('2025-06-03')).toMatchObject({ created: 1, sent: 0, waiting: 1 });
    expect(await deliverWaiting(s.t.db.db, new Date('2025-06-03T18:00:00Z'))).toBe(0);
  });

  it('climbs one ladder per DA across the org’s stations', async () => {
    const floater = await s.addDa();
    await s.events(floater, ['2025-07-01', '2025-07-02', '2025-07-03']);
    await s.run('2025-07-04');
    await s.events(
      floater,
      ['2025-07-08', '2025-07-09', '2025-07-10'],
      'Following Distance',
      s.otherStationId,
    );
    await s.run('2025-07-11', s.otherStationId);
    expect((await fdItems(floater)).map((i) => [i.station_id, i.step, i.action])).toEqual([
      [s.stationId, 1, 'message'],
      [s.otherStationId, 2, 'one_on_one'],
    ]);
  });

  it('leaves events of another station to that station’s run', async () => {
    const da = await s.addDa({ homeStationId: s.otherStationId });
    await s.events(da, ['2025-03-03', '2025-03-04', '2025-03-05']);
    await s.run('2025-03-06');
    expect(await fdItems(da)).toEqual([]);
    expect(await s.run('2025-03-06', s.otherStationId)).toMatchObject({ created: 1 });
    expect((await fdItems(da))[0]).toMatchObject({ station_id: s.otherStationId, step: 1 });
  });
});
