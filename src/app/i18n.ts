import { isDateElement, type MessageFormatElement, TYPE } from '@formatjs/icu-messageformat-parser';
import { IntlMessageFormat } from 'intl-messageformat';
import en from './messages/en.json' with { type: 'json' };
import es from './messages/es.json' with { type: 'json' };

/**
 * The server's own words to a DA, in their language: one ICU catalogue per language (messages/en.json,
 * messages/es.json), keyed by a stable code. A refusal carries its code and arguments (`Said`) beside
 * its English text, and the error handler says it again in the caller's language (README, “The DA's phone”).
 */

export const LANGUAGES = ['en', 'es'] as const;
export type Language = (typeof LANGUAGES)[number];
export type MessageCode = keyof typeof en;
export type Args = Record<string, string | number>;

/** What the server means to say, before it is put in a language. */
export interface Said {
  code: MessageCode;
  args?: Args;
}

export const CATALOGUES: Record<Language, Record<string, string>> = { en, es };

/** The locale numbers, plurals and dates follow: the phone's (web/src/driver/intl.tsx), US Spanish writes 1,234.50. */
const LOCALES: Record<Language, string> = { en: 'en-US', es: 'es-US' };

/**
 * `{first, date, day}`: a business date (`YYYY-MM-DD`, given as the string) said the way the language
 * writes a day ("Jan 17, 2027" / "17 ene 2027"), in UTC so the date is never shifted by the server's zone.
 */
const FORMATS = {
  date: { day: { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' } },
} as const;

interface Compiled {
  format: IntlMessageFormat;
  /** The arguments the message says as dates. */
  dates: string[];
}

/** The names of the arguments a message formats as dates, inside its plural and select branches too. */
function dateArguments(elements: readonly MessageFormatElement[]): string[] {
  return elements.flatMap((e) => {
    if (isDateElement(e)) return [e.value];
    if (e.type === TYPE.select || e.type === TYPE.plural) {
      return Object.values(e.options).flatMap((o) => dateArguments(o.value));
    }
    return [];
  });
}

const compiled = new Map<string, Compiled>();

function compile(language: Language, code: MessageCode): Compiled {
  const key = `${language}|${code}`;
  let c = compiled.get(key);
  if (!c) {
    const format = new IntlMessageFormat(CATALOGUES[language][code] ?? en[code], LOCALES[language], FORMATS);
    c = { format, dates: dateArguments(format.getAst()) };
    compiled.set(key, c);
  }
  return c;
}

/** The message in `language`, English when the language lacks it (the catalogue test forbids that). */
export function say(language: Language, said: Said): string {
  const { format, dates } = compile(language, said.code);
  const args = said.args && { ...said.args };
  for (const name of dates) {
    const value = args?.[name];
    if (args && typeof value === 'string') args[name] = Date.parse(`${value}T00:00:00Z`);
  }
  return String(format.format(args));
}

export const english = (said: Said): string => say('en', said);

/** Words whose values may be words themselves (a rule's finding inside its citation), as given by a domain. */
export interface Wording {
  code: string;
  args?: Record<string, string | number | Wording>;
}

/** Wording in `language`, its inner words said first; its English when its code is not in the catalogue. */
export function sayWording(language: Language, w: Wording, english: string): string {
  if (!isMessageCode(w.code)) return english;
  const args = Object.fromEntries(
    Object.entries(w.args ?? {}).map(([k, v]) => [
      k,
      typeof v === 'object' ? sayWording(language, v, '') : v,
    ]),
  );
  return say(language, { code: w.code, args });
}

export const isMessageCode = (code: string): code is MessageCode => code in en;

/** The first language of an Accept-Language header the server speaks, by the sender's order of preference. */
export function languageOfHeader(header: string | undefined): Language | null {
  const ranked = (header ?? '')
    .split(',')
    .map((part, i) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = Number(
        params
          .find((p) => p.trim().startsWith('q='))
          ?.trim()
          .slice(2) ?? 1,
      );
      return { base: tag.trim().toLowerCase().split('-')[0] ?? '', q: Number.isNaN(q) ? 0 : q, i };
    })
    .filter((l) => l.q > 0)
    .sort((a, b) => b.q - a.q || a.i - b.i);
  return (ranked.find((l) => (LANGUAGES as readonly string[]).includes(l.base))?.base as Language) ?? null;
}
