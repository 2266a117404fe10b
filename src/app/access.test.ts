import { describe, expect, it } from 'vitest';
import { readablePath } from './access.js';

describe('readablePath', () => {
  // The not-found handler answers these with a problem, not the web app's index.html.
  it.each([
    ['/%61pi/v1/nope?x=1', '/api/v1/nope'],
    ['//api//v1/nope', '/api/v1/nope'],
    ['/API/V1/Nope', '/api/v1/nope'],
    ['/%6Detrics', '/metrics'],
    ['/bad%escape', '/bad%escape'],
  ])('reads %s as %s', (url, path) => {
    expect(readablePath(url)).toBe(path);
  });
});
