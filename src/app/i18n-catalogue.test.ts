import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  catalogueProblems,
  MESSAGES_DIR,
  readCatalogue,
  SERVER_MESSAGES_DIR,
} from '../../scripts/i18n-check.js';

const fixture = (name: string) =>
  readCatalogue(path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures', name));

describe('the DA pages’ message catalogues', () => {
  it('finds a missing Spanish message, a stale one and a renamed argument', () => {
    const problems = catalogueProblems(fixture('i18n-en.json'), fixture('i18n-es.json'), 'es');
    expect(problems).toHaveLength(3);
    expect(problems.find((p) => p.startsWith('title:'))).toContain('missing in es');
    expect(problems.find((p) => p.startsWith('gone:'))).toContain('stale');
    expect(problems.find((p) => p.startsWith('hello:'))).toContain('differs from English');
  });

  it('passes a translation with the same ids and arguments', () => {
    const en = fixture('i18n-en.json');
    const es = {
      hello: 'Hola, {name}',
      days: '{n, plural, one {# día} other {# días}}',
      title: 'Mi horario',
    };
    expect(catalogueProblems(en, es, 'es')).toEqual([]);
  });

  it('finds a message that is not valid ICU', () => {
    expect(catalogueProblems({ a: '{n} days' }, { a: '{n días' }, 'es')[0]).toContain('not a valid ICU');
  });

  it('has the Spanish of every English message on the DA pages', () => {
    const en = readCatalogue(path.join(MESSAGES_DIR, 'en.json'));
    expect(Object.keys(en).length).toBeGreaterThan(100);
    expect(catalogueProblems(en, readCatalogue(path.join(MESSAGES_DIR, 'es.json')), 'es')).toEqual([]);
  });

  it('has the Spanish of every English message the server writes to a DA', () => {
    const en = readCatalogue(path.join(SERVER_MESSAGES_DIR, 'en.json'));
    expect(Object.keys(en).length).toBeGreaterThan(50);
    expect(catalogueProblems(en, readCatalogue(path.join(SERVER_MESSAGES_DIR, 'es.json')), 'es')).toEqual([]);
  });
});
