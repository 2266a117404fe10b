/** Message templates: text with {variables}, one body per language; the DA's language picks one. */
export type Language = 'en' | 'es';
export const LANGUAGES = ['en', 'es'] as const satisfies readonly Language[];

export type Vars = Readonly<Record<string, string>>;

export interface TemplateVariable {
  /** What it holds, as the templates page explains it. */
  label: string;
  /** A believable value for previews, in each language. */
  example: Record<Language, string>;
}

export interface TemplateSpec {
  key: string;
  /** When it is sent, as the templates page names it. */
  label: string;
  variables: Readonly<Record<string, TemplateVariable>>;
  /** The default wording; an org may replace it per language. */
  body: Record<Language, string>;
}

/** Variables every template may use, filled in from the DA and the org when the message is written. */
export const COMMON_VARIABLES: Readonly<Record<string, TemplateVariable>> = {
  firstName: { label: 'The DA’s first name', example: { en: 'Ana', es: 'Ana' } },
  orgName: { label: 'Your company’s name', example: { en: 'Acme Delivery', es: 'Acme Delivery' } },
};

const VARIABLE = /\{([A-Za-z][A-Za-z0-9]*)\}/g;

/** The variable names a body uses, in order of first use. */
export const variablesIn = (body: string): string[] => [
  ...new Set(Array.from(body.matchAll(VARIABLE), (m) => m[1] as string)),
];

/** Names a body uses that the template does not offer (its own and the common ones). */
export const unknownVariables = (spec: TemplateSpec, body: string): string[] =>
  variablesIn(body).filter((name) => !(name in spec.variables) && !(name in COMMON_VARIABLES));

export class TemplateError extends Error {
  constructor(readonly unknown: string[]) {
    super(`Unknown variable${unknown.length > 1 ? 's' : ''} ${unknown.map((v) => `{${v}}`).join(', ')}.`);
    this.name = 'TemplateError';
  }
}

/**
 * Fills in {variables}. A name without a value is an error, never left in the text a DA reads. The result
 * is trimmed, so an empty variable at the end (an optional note) leaves no trailing space.
 */
export function renderTemplate(body: string, vars: Vars): string {
  const missing = variablesIn(body).filter((name) => vars[name] === undefined);
  if (missing.length > 0) throw new TemplateError(missing);
  return body.replace(VARIABLE, (_, name: string) => vars[name] as string).trim();
}

/** Each of the template's variables (and the common ones) at its example value, for a preview. */
export const exampleVars = (spec: TemplateSpec, language: Language): Record<string, string> =>
  Object.fromEntries(
    Object.entries({ ...COMMON_VARIABLES, ...spec.variables }).map(([name, v]) => [
      name,
      v.example[language],
    ]),
  );

/** Which template a message was written from, with its values, so an org's own wording can replace it. */
export interface TemplateRef {
  key: string;
  vars: Vars;
}

/** A message's default text and the template it came from. */
export interface MessageText {
  body: string;
  template: TemplateRef;
}

export const textOf = (spec: TemplateSpec, language: Language, vars: Vars): MessageText => ({
  body: renderTemplate(spec.body[language], vars),
  template: { key: spec.key, vars },
});
