import { describe, expect, it } from 'vitest';
import { SLICES } from '../../app/slices.js';
import {
  exampleVars,
  LANGUAGES,
  renderTemplate,
  TemplateError,
  type TemplateSpec,
  unknownVariables,
  variablesIn,
} from './templates.js';

const spec: TemplateSpec = {
  key: 'test',
  label: 'A test',
  variables: { route: { label: 'Route', example: { en: 'CX1', es: 'CX1' } } },
  body: { en: 'Route {route}.', es: 'Ruta {route}.' },
};

describe('message templates', () => {
  it('fills in every {variable}, the same one as often as it appears', () => {
    expect(renderTemplate('{a} and {b}, then {a}', { a: 'x', b: 'y' })).toBe('x and y, then x');
  });

  it('leaves braces that are not variables as they are', () => {
    expect(renderTemplate('{ not one } {1x} {}', {})).toBe('{ not one } {1x} {}');
  });

  it('refuses a variable without a value, naming it, instead of sending the braces to a DA', () => {
    expect(() => renderTemplate('Hi {firstName}, {route} at {wave}', { route: 'CX1' })).toThrow(
      new TemplateError(['firstName', 'wave']),
    );
    expect(() => renderTemplate('{x}', {})).toThrow('Unknown variable {x}.');
  });

  it('trims what is left, so an empty note at the end adds no space', () => {
    expect(renderTemplate('Approved. {note}', { note: '' })).toBe('Approved.');
  });

  it('lists the variables a body uses and those the template does not offer (the common ones are)', () => {
    expect(variablesIn('{b} {a} {b}')).toEqual(['b', 'a']);
    expect(unknownVariables(spec, 'Hi {firstName} of {orgName}: {route} {van}')).toEqual(['van']);
  });

  const TEMPLATES = SLICES.flatMap((s) => s.messageTemplates ?? []);

  it('words every template in both languages with only the variables it offers, and fills them from its examples', () => {
    for (const t of TEMPLATES) {
      for (const language of LANGUAGES) {
        expect(unknownVariables(t, t.body[language]), `${t.key} ${language}`).toEqual([]);
        expect(renderTemplate(t.body[language], exampleVars(t, language))).not.toMatch(/\{[A-Za-z]/);
      }
    }
    expect(new Set(TEMPLATES.map((t) => t.key)).size).toBe(TEMPLATES.length);
  });
});
