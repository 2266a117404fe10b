import { describe, expect, it } from 'vitest';
import { statusFigures } from './summary.js';

describe('statusFigures', () => {
  it('gives every status in order (an open one past its window apart), recovered ones by what came back, the others by what was owed', () => {
    expect(
      statusFigures([
        { status: 'recovered', count: 2, owedCents: 65_000, recoveredCents: 60_000 },
        { status: 'open', count: 3, owedCents: 35_750, recoveredCents: 0 },
        { status: 'window_closed', count: 1, owedCents: 32_500, recoveredCents: 0 },
      ]),
    ).toEqual([
      { status: 'open', count: 3, cents: 35_750 },
      { status: 'window_closed', count: 1, cents: 32_500 },
      { status: 'disputed', count: 0, cents: 0 },
      { status: 'recovered', count: 2, cents: 60_000 },
      { status: 'written_off', count: 0, cents: 0 },
    ]);
  });
});
