import { es as zodSpanish } from 'zod/locales';
import { isMessageCode, type Language, type MessageCode, say } from './i18n.js';
import type { HttpProblem } from './problems.js';

/** The problem as the caller reads it: its title, detail and field messages in their language. */
export function localized(p: HttpProblem, language: Language): HttpProblem {
  if (language === 'en') return p;
  const title = `title.${p.status}`;
  return Object.assign(Object.create(Object.getPrototypeOf(p)), p, {
    title: isMessageCode(title) ? say(language, { code: title }) : p.title,
    detail: p.said ? say(language, p.said) : p.detail,
    errors: p.errors?.map((e) => ({ ...e, message: e.said ? say(language, e.said) : e.message })),
  });
}

/** A zod issue as fastify-type-provider-zod hands it over (the issue's own fields are its params). */
export interface ZodValidationItem {
  keyword: string;
  instancePath: string;
  message?: string;
  params?: Record<string, unknown>;
}

const spanish = zodSpanish().localeError;

/** The field a path names, by its last name that is not an index: `days.2.routes` → `routes`. */
const fieldName = (path: string): string =>
  path
    .split('.')
    .filter((s) => !/^\d+$/.test(s))
    .at(-1) ?? '';

/**
 * A validation message in the caller's language: zod's own catalogue for the issue, after the field's
 * label when the catalogue has one ("Primer día: Inválido fecha ISO").
 */
export function validationMessage(item: ZodValidationItem, path: string, language: Language): string {
  if (language === 'en') return item.message ?? 'Invalid value.';
  const issue = { code: item.keyword, ...item.params } as Parameters<typeof spanish>[0];
  const raw = issue.code === 'invalid_format' ? say(language, { code: 'problem.badFormat' }) : spanish(issue);
  // The issue reaches here without the value sent, so zod's "received …" would be a guess: left out.
  const message = ((typeof raw === 'string' ? raw : raw?.message) ?? item.message ?? '').replace(
    /, \S+ \S+$/,
    (m) => (issue.code === 'invalid_type' ? '' : m),
  );
  const label = `label.${fieldName(path)}`;
  return isMessageCode(label)
    ? say(language, {
        code: 'field.label',
        args: { label: say(language, { code: label as MessageCode }), message },
      })
    : message;
}
