import { z } from 'zod';

export const US_STATES = [
  'AL',
  'AK',
  'AZ',
  'AR',
  'CA',
  'CO',
  'CT',
  'DE',
  'DC',
  'FL',
  'GA',
  'HI',
  'ID',
  'IL',
  'IN',
  'IA',
  'KS',
  'KY',
  'LA',
  'ME',
  'MD',
  'MA',
  'MI',
  'MN',
  'MS',
  'MO',
  'MT',
  'NE',
  'NV',
  'NH',
  'NJ',
  'NM',
  'NY',
  'NC',
  'ND',
  'OH',
  'OK',
  'OR',
  'PA',
  'PR',
  'RI',
  'SC',
  'SD',
  'TN',
  'TX',
  'UT',
  'VT',
  'VA',
  'WA',
  'WV',
  'WI',
  'WY',
] as const;

const zones = new Set(Intl.supportedValuesOf('timeZone'));

export const isTimeZone = (tz: string): boolean => zones.has(tz) || tz === 'UTC';

/** Amazon station codes are 3–4 letters and a digit or two, e.g. DAU5, DXC1, DLA8. */
export const StationCode = z
  .string()
  .trim()
  .transform((s) => s.toUpperCase())
  .pipe(z.string().regex(/^[A-Z]{2,4}\d{1,2}$/, 'Use the Amazon station code, e.g. DAU5.'));

export const TimeZone = z
  .string()
  .trim()
  .refine(isTimeZone, 'Use an IANA time zone such as America/Chicago.');

export const UsState = z
  .string()
  .trim()
  .transform((s) => s.toUpperCase())
  .pipe(z.enum(US_STATES, { message: 'Use the two-letter US state, e.g. TX.' }));

export const StationName = z.string().trim().min(1, 'Give the station a name.').max(120);
