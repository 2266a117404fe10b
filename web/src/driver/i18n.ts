import { useQuery } from '@tanstack/react-query';
import { peopleApi } from '../people/api.js';

/**
 * The DA's language, from their own record. Their pages' words come from react-intl's catalogues
 * (see ./intl.tsx and messages/*.json).
 *
 * @deprecated `Dict`, `t`, `useStrings` and `formatDateIn` below are the hand-made `{ en, es }` tables
 * the phone pages used before the catalogues; kept only until the pages still on them (the inspection
 * flow, and pages being added alongside) move to defineMessages. Write new pages with react-intl.
 */
export type Language = 'en' | 'es';

// biome-ignore lint/suspicious/noExplicitAny: a string may take any arguments it needs.
type Phrase = (...args: any[]) => string;

/** A string, a string that takes arguments, or a table of names (e.g. document types by key). */
export type Strings = Record<string, string | Phrase | Readonly<Record<string, string>>>;

export interface Dict<S extends Strings> {
  en: S;
  es: S;
}

/** The query the phone pages share for the signed-in DA's own record (also DriverHome's). */
export const MY_DRIVER_KEY = ['me', 'driver'] as const;

/**
 * The DA's preferred language from their own record (/api/v1/me/driver); English until it has loaded,
 * and for a login without a DA record.
 */
export function useDriverLanguage(): Language {
  const mine = useQuery({ queryKey: MY_DRIVER_KEY, queryFn: () => peopleApi.myDriver() });
  return mine.data?.driver?.language ?? 'en';
}

/** The strings of `dict` in `lang`. */
export const t = <S extends Strings>(dict: Dict<S>, lang: Language): S => dict[lang];

/** @deprecated Use react-intl (defineMessages + useIntl) and the catalogues in ./messages. */
export function useStrings<S extends Strings>(dict: Dict<S>): S {
  return t(dict, useDriverLanguage());
}

/** A calendar date (YYYY-MM-DD) written the way the DA reads dates, e.g. "May 3, 2026" / "3 may 2026". */
export function formatDateIn(lang: Language, date: string | null | undefined): string {
  if (!date) return '—';
  const d = new Date(`${date}T00:00:00Z`);
  if (Number.isNaN(d.getTime())) return date;
  return new Intl.DateTimeFormat(lang === 'es' ? 'es-US' : 'en-US', {
    dateStyle: 'medium',
    timeZone: 'UTC',
  }).format(d);
}
