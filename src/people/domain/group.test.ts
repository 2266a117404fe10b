import { describe, expect, it } from 'vitest';
import { groupBy } from './group.js';

describe('groupBy', () => {
  it('groups in the items’ order, optionally keeping only a value of each', () => {
    const events = [
      { da: 'a', id: 1 },
      { da: 'b', id: 2 },
      { da: 'a', id: 3 },
    ];
    expect(groupBy(events, (e) => e.da)).toEqual(
      new Map([
        ['a', [events[0], events[2]]],
        ['b', [events[1]]],
      ]),
    );
    expect(
      groupBy(
        events,
        (e) => e.da,
        (e) => e.id,
      ).get('a'),
    ).toEqual([1, 3]);
  });
});
