import { describe, expect, it } from 'vitest';
import { type Delivery, drain, type Outbox } from '../../shared/outbox.js';
import { ALLOWED, type ClockPunch, clockState } from './clock.js';

// Issue 15 item 1: the phone's time clock works through a dropped connection. Punches tapped offline
// wait on the phone with the instant of the tap and their client id, and go in order when it is back.

const at = (hhmm: string) => `2026-11-16T${hhmm}:00.000Z`;
const p = (kind: ClockPunch['kind'], hhmm: string): ClockPunch => ({ kind, at: at(hhmm) });
const NOW = new Date(at('20:00'));

describe('clock state', () => {
  it('follows the last punch, sent or waiting, whatever order they are listed in', () => {
    expect(clockState([], NOW)).toEqual({ state: 'off', since: null });
    expect(clockState([p('in', '06:02')], NOW)).toEqual({ state: 'working', since: at('06:02') });
    expect(clockState([p('meal_start', '11:00'), p('in', '06:02')], NOW)).toEqual({
      state: 'meal',
      since: at('11:00'),
    });
    expect(clockState([p('in', '06:02'), p('meal_start', '11:00'), p('meal_end', '11:30')], NOW)).toEqual({
      state: 'working',
      since: at('06:02'),
    });
    expect(clockState([p('in', '06:02'), p('rest_start', '09:00')], NOW).state).toBe('rest');
    expect(clockState([p('in', '06:02'), p('out', '16:30')], NOW).state).toBe('off');
  });

  it('a workday left open past the longest a workday lasts counts as off, so the DA can clock in', () => {
    const tomorrow = new Date(Date.parse(at('06:03')) + 24 * 3600_000);
    expect(clockState([p('in', '06:02')], tomorrow).state).toBe('off');
  });

  it('offers only the punches the state allows: a meal is ended before clocking out', () => {
    expect(ALLOWED.off).toEqual(['in']);
    expect(ALLOWED.working).toEqual(['meal_start', 'rest_start', 'out']);
    expect(ALLOWED.meal).toEqual(['meal_end']);
    expect(ALLOWED.rest).toEqual(['rest_end']);
  });
});

interface Queued extends ClockPunch {
  clientId: string;
  error?: string;
}

/** The phone's store of waiting punches, in memory. */
function memoryOutbox(items: Queued[]): Outbox<Queued> & { items: Queued[] } {
  return {
    items,
    waiting: async () => items.filter((i) => !i.error),
    remove: async (item) => {
      items.splice(items.indexOf(item), 1);
    },
    reject: async (item, message) => {
      item.error = message;
    },
  };
}

describe('the phone’s punch outbox', () => {
  const queued = (): Queued[] => [
    { clientId: 'a', ...p('in', '06:02') },
    { clientId: 'b', ...p('meal_start', '11:00') },
    { clientId: 'c', ...p('meal_end', '11:30') },
  ];

  it('offline, every punch stays on the phone with the instant it was tapped', async () => {
    const box = memoryOutbox(queued());
    const done = await drain(box, async () => ({ kind: 'offline' }));
    expect(done).toEqual({ sent: 0, rejected: 0, left: 3 });
    expect(box.items.map((i) => [i.clientId, i.at])).toEqual([
      ['a', at('06:02')],
      ['b', at('11:00')],
      ['c', at('11:30')],
    ]);
  });

  it('back online, they go in order with their client ids and tap instants, then leave the phone', async () => {
    const box = memoryOutbox(queued());
    const sent: Queued[] = [];
    const done = await drain(box, async (item) => {
      sent.push({ ...item });
      return { kind: 'sent' };
    });
    expect(done).toEqual({ sent: 3, rejected: 0, left: 0 });
    expect(sent.map((i) => [i.clientId, i.kind, i.at])).toEqual([
      ['a', 'in', at('06:02')],
      ['b', 'meal_start', at('11:00')],
      ['c', 'meal_end', at('11:30')],
    ]);
    expect(box.items).toEqual([]);
  });

  it('the connection dropping halfway leaves the rest, in order, for the next round', async () => {
    const box = memoryOutbox(queued());
    const answers: Delivery[] = [{ kind: 'sent' }, { kind: 'offline' }];
    const done = await drain(box, async () => answers.shift() ?? { kind: 'sent' });
    expect(done).toEqual({ sent: 1, rejected: 0, left: 2 });
    expect(box.items.map((i) => i.clientId)).toEqual(['b', 'c']);
    // The server stores a resent punch once (by client id): sending b again is safe.
    expect(await drain(box, async () => ({ kind: 'sent' }))).toEqual({ sent: 2, rejected: 0, left: 0 });
  });

  it('a refused punch is kept with the server’s words and does not hold back the others', async () => {
    const box = memoryOutbox(queued());
    const done = await drain(box, async (item) =>
      item.clientId === 'a' ? { kind: 'rejected', message: 'Not in the future.' } : { kind: 'sent' },
    );
    expect(done).toEqual({ sent: 2, rejected: 1, left: 0 });
    expect(box.items).toEqual([expect.objectContaining({ clientId: 'a', error: 'Not in the future.' })]);
    expect(await box.waiting()).toEqual([]);
  });
});
