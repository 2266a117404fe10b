import { describe, expect, it } from 'vitest';
import { textErrors } from './text-check.js';

describe('textErrors', () => {
  it('names every bad text and field name by its path, in the order of the request', () => {
    const body = { a: 'ok', b: ['fine', 'x\u0000'], c: { 'd\u0001': 'y', e: '\ud800' } };
    expect(textErrors(body, '').map((e) => e.path)).toEqual(['b.1', 'c.d\uFFFD', 'c.e']);
    expect(textErrors({ q: 'a\u0000' }, 'query')).toEqual([{ path: 'query.q', message: expect.any(String) }]);
    expect(textErrors('plain\u0000', '')).toEqual([{ path: 'body', message: expect.any(String) }]);
  });

  it('walks a body nested 100,000 deep without running out of stack', () => {
    let deep: unknown = 'bottom\u0000';
    for (let i = 0; i < 100_000; i++) deep = [deep];
    expect(textErrors(deep, '')).toHaveLength(1);
  });
});
