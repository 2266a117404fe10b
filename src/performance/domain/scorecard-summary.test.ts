import { describe, expect, it } from 'vitest';
import { linesOf, type PdfPage, type TextPiece } from './pdf-lines.js';
import { afterTitle, readCategories, readOverall } from './scorecard-summary.js';

// How the scorecard's summary is read from placed text (shared domain scorecard.md: the overall standing
// and score, and a tier per category; only the overall can be Fantastic Plus).

const piece = (text: string, x: number, y: number, height = 12): TextPiece => ({
  text,
  x,
  y,
  width: text.length * height * 0.5,
  height,
});
const page = (...pieces: TextPiece[]): PdfPage => ({ number: 1, pieces });

describe('lines of placed text', () => {
  it('puts pieces on one baseline into a line, left to right, and drops blank spacers', () => {
    const lines = linesOf(
      page(
        piece('Fantastic', 190, 500.4),
        piece(' ', 170, 500),
        piece('Overall Standing:', 24, 500),
        piece('Week 48 - 2026', 24, 540),
      ),
    );
    expect(lines.map((l) => l.text)).toEqual(['Week 48 - 2026', 'Overall Standing: Fantastic']);
  });
});

describe('titles and their values', () => {
  it('matches a title at the start of a line and at a word’s end only', () => {
    expect(afterTitle('Safety & Compliance: Fantastic', 'Safety and Compliance')).toBe(': Fantastic');
    expect(afterTitle('Teamwork matters', 'Team')).toBeNull();
    expect(afterTitle('Pickup Quality: Fair', 'Quality')).toBeNull();
  });

  it('takes a value printed on the line below its title', () => {
    const lines = linesOf(
      page(piece('Overall Standing', 24, 500), piece('Great', 24, 485), piece('81.50', 80, 485)),
    );
    const overall = readOverall(lines);
    expect(overall.standing).toMatchObject({
      read: true,
      value: 'great',
      text: 'Overall Standing Great 81.50',
    });
    expect(overall.score).toMatchObject({ read: true, value: 81.5 });
  });

  it('leaves a value unread when two lines disagree', () => {
    const lines = linesOf(
      page(piece('Overall Standing: Fantastic', 24, 500), piece('Overall Score: 91.2 | Great', 24, 470)),
    );
    expect(readOverall(lines).standing).toEqual({
      read: false,
      reason: 'The scorecard gives more than one standing for “Overall Standing”: Fantastic, Great.',
    });
    expect(readOverall(lines).score).toMatchObject({ read: true, value: 91.2 });
  });

  it('does not take prose that starts with a category’s words for its tier', () => {
    const lines = linesOf(page(piece('Quality measures how deliveries go. Great work!', 24, 500)));
    expect(readCategories(lines).delivery.tier).toEqual({
      read: false,
      reason: 'No “Delivery Quality” on the scorecard.',
    });
  });
});
