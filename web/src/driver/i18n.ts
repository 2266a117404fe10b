import { useQuery } from '@tanstack/react-query';
import { peopleApi } from '../people/api.js';

/**
 * The DA's language, from their own record. Their pages' words come from react-intl's catalogues
 * (see ./intl.tsx and messages/*.json).
 */
export type Language = 'en' | 'es';

/** The query the phone pages share for the signed-in DA's own record (also DriverHome's). */
export const MY_DRIVER_KEY = ['me', 'driver'] as const;

/**
 * The DA's preferred language from their own record (/api/v1/me/driver); null until it has loaded (a
 * page drawn before it would flash English at a Spanish DA), English for a login without a DA record.
 */
export function useKnownDriverLanguage(): Language | null {
  const mine = useQuery({ queryKey: MY_DRIVER_KEY, queryFn: () => peopleApi.myDriver() });
  return mine.isPending ? null : (mine.data?.driver?.language ?? 'en');
}

/** The DA's language inside the phone pages (drawn only once it is known, see ./intl.tsx). */
export const useDriverLanguage = (): Language => useKnownDriverLanguage() ?? 'en';

/** The browser's own language, while the DA's is not known yet. */
export const browserLanguage = (): Language =>
  navigator.language.toLowerCase().startsWith('es') ? 'es' : 'en';
