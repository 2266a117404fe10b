import { type ReactNode, useEffect } from 'react';
import { IntlProvider, useIntl } from 'react-intl';
import { Loading } from '../app/ui/status.js';
import { browserLanguage, type Language, useKnownDriverLanguage } from './i18n.js';
import en from './messages/en.json' with { type: 'json' };
import es from './messages/es.json' with { type: 'json' };

/**
 * The DA's pages speak the DA's language through react-intl: each component defines its English
 * messages beside it (defineMessages, with ids), `npm run i18n:extract` collects them into
 * messages/en.json, and messages/es.json holds the Spanish of every id (scripts/i18n-check.ts fails the
 * build when one is missing). Dates and numbers go through Intl in the DA's locale.
 */
export const LOCALES: Record<Language, string> = { en: 'en-US', es: 'es-US' };

const CATALOGUES: Record<Language, Record<string, string>> = { en, es };

/**
 * The phone pages' messages in the DA's own language; `<html lang>` follows it for screen readers. The
 * pages wait for the DA's record, so none is ever drawn in the wrong language first.
 */
export function DriverIntl({ children }: { children: ReactNode }) {
  const known = useKnownDriverLanguage();
  const lang = known ?? browserLanguage();
  useEffect(() => {
    document.documentElement.lang = LOCALES[lang];
    return () => {
      document.documentElement.lang = 'en';
    };
  }, [lang]);
  return (
    <IntlProvider locale={LOCALES[lang]} defaultLocale="en-US" messages={CATALOGUES[lang]}>
      {known ? children : <Loading />}
    </IntlProvider>
  );
}

/** A business date (YYYY-MM-DD) as the instant its formatting needs: midnight UTC, formatted in UTC. */
const asDay = (date: string) => new Date(`${date}T00:00:00Z`);
const valid = (d: Date) => !Number.isNaN(d.getTime());

/** Dates and times the way the DA reads them, from the locale of the nearest IntlProvider. */
export function useDriverDates() {
  const intl = useIntl();
  return {
    /** "May 3, 2026" / "3 may 2026"; a dash for none. */
    date: (date: string | null | undefined): string => {
      if (!date) return '—';
      const d = asDay(date);
      return valid(d) ? intl.formatDate(d, { dateStyle: 'medium', timeZone: 'UTC' }) : date;
    },
    /** "Wed, Dec 2" / "mié, 2 dic". */
    day: (date: string): string => {
      const d = asDay(date);
      return valid(d)
        ? intl.formatDate(d, { weekday: 'short', month: 'short', day: 'numeric', timeZone: 'UTC' })
        : date;
    },
    /** The clock time of an instant on the phone, "9:58 AM" / "9:58 a.m.". */
    time: (iso: string): string => {
      const d = new Date(iso);
      return valid(d) ? intl.formatTime(d, { hour: 'numeric', minute: '2-digit' }) : iso;
    },
    /** A weekday's name, 0 = Sunday: "Monday" / "lunes" ('short': "Mon" / "lun"). */
    weekday: (index: number, width: 'long' | 'short' = 'long'): string =>
      // 2023-01-01 was a Sunday.
      intl.formatDate(asDay(`2023-01-0${index + 1}`), { weekday: width, timeZone: 'UTC' }),
  };
}

/** "10 h", "9 h 30 min": the same in English and Spanish. */
export function hours(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return m === 0 ? `${h} h` : h === 0 ? `${m} min` : `${h} h ${m} min`;
}
