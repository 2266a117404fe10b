import { describe, expect, it } from 'vitest';
import { shown, textProblem } from './text.js';

describe('textProblem', () => {
  it('refuses NUL, a lone surrogate and the invisible control characters', () => {
    expect(textProblem('Late\u0000 again')).toMatch(/NUL character/);
    expect(textProblem('\ud800')).toMatch(/broken character/);
    expect(textProblem('x\udc00')).toMatch(/broken character/);
    expect(textProblem('a\u0001b')).toMatch(/U\+0001/);
    expect(textProblem('page\u000cbreak')).toMatch(/U\+000C/);
  });

  it('takes any other text: tabs and line breaks in notes, accents, emoji (a whole surrogate pair)', () => {
    for (const ok of ['', 'Called out\r\nsick\tagain', 'José Núñez', 'Great job 👍', '\u007f\u0085\uFFFD'])
      expect(textProblem(ok), JSON.stringify(ok)).toBeUndefined();
  });
});

describe('shown', () => {
  it('shows what textProblem refuses as a replacement character, leaving the rest', () => {
    expect(shown('Na\u0000me\ud800 👍')).toBe('Na\uFFFDme\uFFFD 👍');
  });
});
