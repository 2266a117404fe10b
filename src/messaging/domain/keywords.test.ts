import { describe, expect, it } from 'vitest';
import { parseKeyword } from './keywords.js';

describe('STOP / START / HELP keywords', () => {
  it.each([
    ['STOP', 'stop', 'en'],
    ['stop', 'stop', 'en'],
    [' Stop. ', 'stop', 'en'],
    ['unsubscribe', 'stop', 'en'],
    ['STOPALL', 'stop', 'en'],
    ['cancel', 'stop', 'en'],
    ['end', 'stop', 'en'],
    ['quit', 'stop', 'en'],
    ['Alto', 'stop', 'es'],
    ['BAJA', 'stop', 'es'],
    ['start', 'start', 'en'],
    ['YES', 'start', 'en'],
    ['unstop', 'start', 'en'],
    ['Sí', 'start', 'es'],
    ['comenzar', 'start', 'es'],
    ['HELP', 'help', 'en'],
    ['¿Ayuda?', 'help', 'es'],
    ['info', 'help', null],
  ])('reads %j as %s (%s)', (body, action, language) => {
    expect(parseKeyword(body)).toMatchObject({ action, language });
  });

  it('names the word it matched, without accents', () => {
    expect(parseKeyword('sí')?.word).toBe('SI');
  });

  it('takes only a message that is the keyword alone', () => {
    for (const body of [
      'stop by the office',
      'Please stop texting me at night',
      'STOP STOP',
      'help me',
      '',
    ]) {
      expect(parseKeyword(body), body).toBeNull();
    }
  });
});
