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
 * The DA's preferred language from their own record (/api/v1/me/driver); English until it has loaded,
 * and for a login without a DA record.
 */
export function useDriverLanguage(): Language {
  const mine = useQuery({ queryKey: MY_DRIVER_KEY, queryFn: () => peopleApi.myDriver() });
  return mine.data?.driver?.language ?? 'en';
}
