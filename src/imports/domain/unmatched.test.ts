import { describe, expect, it } from 'vitest';
import { UnmatchedIds, unmatchedText } from './unmatched.js';

// Issue 14, item 15: "its result says so in words: '1 row's Transporter ID matches no DA: AZZZZZZZZZZZ9 —
// kept; link it' with the IDs and a link to where they are linked".
describe('unmatched Transporter IDs', () => {
  it('says one row in the issue’s words', () => {
    expect(unmatchedText(1, ['AZZZZZZZZZZZ9'])).toBe(
      "1 row's Transporter ID matches no DA: AZZZZZZZZZZZ9 — kept; link it",
    );
  });

  it('counts rows per ID and lists each ID once, the first ten in words', () => {
    const tally = new UnmatchedIds();
    for (const id of ['A1', 'A2', 'A1']) tally.add(id);
    expect(tally.report()).toEqual({
      field: 'Transporter ID',
      rows: 3,
      ids: ['A1', 'A2'],
      idCount: 2,
      message: "3 rows' Transporter IDs match no DA: A1, A2 — kept; link them",
      link: '/performance?tab=unknown',
    });
    const many = Array.from({ length: 12 }, (_, i) => `A${i}`);
    expect(unmatchedText(12, many)).toBe(
      `12 rows' Transporter IDs match no DA: ${many.slice(0, 10).join(', ')} and 2 more — kept; link them`,
    );
  });

  it('reports nothing when every row found its DA', () => {
    expect(new UnmatchedIds().report()).toBeNull();
  });
});
