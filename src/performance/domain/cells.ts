import { z } from 'zod';
import { ImportDate } from '../../imports/domain/sheet-cells.js';
import { amazonWeekStart, weekStartOf } from './weeks.js';

/**
 * How the cells of Amazon's and the cameras' performance exports read (shared data-files.md): blank or
 * "-" is no data, percentages come as `99.6%` or `0.996`, counts with thousands separators, weeks as
 * `2026-W48`, times in the station's zone or with an offset. Pure zod transforms: each gives the value
 * or says in words what the cell should hold. (A blank cell never reaches them: the reader makes it
 * undefined, which means no data as well.)
 */

const NO_DATA = new Set(['-', '–', '—', 'n/a', 'na', 'none', 'null', 'no data']);
const isNoData = (s: string) => NO_DATA.has(s.trim().toLowerCase());

const NUMBER = /^(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$|^\.\d+$/;

/** A plain number as people and spreadsheets write it ("1,204", "0.12", "812"), or NaN. */
function readNumber(text: string): number {
  const t = text.trim();
  return NUMBER.test(t) ? Number(t.replace(/,/g, '')) : Number.NaN;
}

/** Drops the float noise of dividing by 100 (99.6 / 100 is 0.9960000000000001), so both forms agree. */
const tidy = (n: number) => Math.round(n * 1e9) / 1e9;

/** A metric's value that is not a share: a rate per 100 trips, a DPMO, a FICO score, a count. */
export const MetricNumber = z.string().transform((s, ctx): number | null => {
  if (isNoData(s)) return null;
  const n = readNumber(s);
  if (Number.isNaN(n)) {
    ctx.addIssue({ code: 'custom', message: 'A number such as 0.12 or 1,204, or "-" for no data.' });
    return z.NEVER;
  }
  return n;
});

/**
 * A share as a fraction: "99.6%", "0.996" and "99.6" are all 0.996. A bare number above 1 can only be
 * a percentage (nobody completes 99.6 times their deliveries); 1 is 100%.
 */
export const Ratio = z.string().transform((s, ctx): number | null => {
  if (isNoData(s)) return null;
  const t = s.trim();
  const percent = t.endsWith('%');
  const n = readNumber(percent ? t.slice(0, -1).trimEnd() : t);
  const fraction = percent || n > 1 ? n / 100 : n;
  if (Number.isNaN(fraction) || fraction > 1) {
    ctx.addIssue({ code: 'custom', message: 'A percentage such as 99.6% or 0.996, or "-" for no data.' });
    return z.NEVER;
  }
  return tidy(fraction);
});

/** Tiers and standings as Amazon's files write them, by their folded spelling. */
const TIER_WORDS: Record<string, string> = {
  fantasticplus: 'fantastic_plus',
  fantastic: 'fantastic',
  great: 'great',
  fair: 'fair',
  poor: 'poor',
  platinum: 'platinum',
  gold: 'gold',
  silver: 'silver',
  bronze: 'bronze',
};

export type TierText = string;

/**
 * A tier or standing as given (Fantastic Plus … Poor; Platinum, Gold, Silver, Bronze in some Cortex
 * exports), as a lower-case key; "-" is none. Anything else is most likely a column mapped wrongly.
 */
export const TierCell = z.string().transform((s, ctx): TierText | null => {
  if (isNoData(s)) return null;
  const word =
    TIER_WORDS[
      s
        .toLowerCase()
        .replace(/\+/g, 'plus')
        .replace(/[^a-z]/g, '')
    ];
  if (!word) {
    ctx.addIssue({
      code: 'custom',
      message: 'A tier: Fantastic Plus, Fantastic, Great, Fair or Poor (or Platinum, Gold, Silver, Bronze).',
    });
    return z.NEVER;
  }
  return word;
});

const WEEK_NAME = /^(\d{4})\s*-?\s*W?\s*(\d{1,2})$/i;
const WEEK_WORDS = /^(?:week|wk)\s*(\d{1,2})\s*[-,/ ]\s*(\d{4})$/i;

/** A week, as the Sunday that starts it: "2026-W48", "2026-48", "Week 48 2026" or any date inside it. */
export const WeekCell = z.string().transform((s, ctx): string => {
  const t = s.trim();
  const named = WEEK_NAME.exec(t);
  const worded = WEEK_WORDS.exec(t);
  const [year, week] = named ? [named[1], named[2]] : worded ? [worded[2], worded[1]] : [];
  if (year !== undefined && week !== undefined) {
    const start = amazonWeekStart(Number(year), Number(week));
    if (start) return start;
    ctx.addIssue({ code: 'custom', message: `${year} has no week ${Number(week)}.` });
    return z.NEVER;
  }
  // A spreadsheet's date cell may carry a midnight time: the day is what counts.
  const date = ImportDate.safeParse(t.replace(/[T ].*$/, ''));
  if (date.success) return weekStartOf(date.data);
  ctx.addIssue({ code: 'custom', message: 'A week such as 2026-W48 or 2026-48, or a date in it.' });
  return z.NEVER;
});

/** A local wall-clock time with what the cell said of its offset from UTC (null: the station's zone). */
export interface LocalDateTime {
  date: string;
  /** HH:MM:SS */
  time: string;
  offsetMinutes: number | null;
}

/** US zone abbreviations a Cortex export may add to a time: they pin the offset exactly. */
const ZONE_OFFSETS: Record<string, number> = {
  est: -300,
  edt: -240,
  cst: -360,
  cdt: -300,
  mst: -420,
  mdt: -360,
  pst: -480,
  pdt: -420,
  akst: -540,
  akdt: -480,
  hst: -600,
  utc: 0,
  gmt: 0,
  z: 0,
};

const DATE_PART = String.raw`(\d{4}-\d{2}-\d{2}|\d{1,2}/\d{1,2}/\d{4})`;
const TIME_PART = String.raw`(\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(am|pm)?`;
const ZONE_PART = String.raw`\s*([a-z]{1,4}|[+-]\d{2}:?\d{2})?`;
const DATE_TIME = new RegExp(`^${DATE_PART}(?:[T ]|,\\s*)\\s*${TIME_PART}${ZONE_PART}$`, 'i');

function offsetOf(zone: string | undefined): number | null | undefined {
  if (!zone) return null;
  const numeric = /^([+-])(\d{2}):?(\d{2})$/.exec(zone);
  if (numeric) return (numeric[1] === '-' ? -1 : 1) * (Number(numeric[2]) * 60 + Number(numeric[3]));
  return ZONE_OFFSETS[zone.toLowerCase()];
}

const pad2 = (n: number) => String(n).padStart(2, '0');

/**
 * A date part as YYYY-MM-DD, or null when it is no real day. Checked by hand rather than with
 * ImportDate: a file of a million events has a million distinct times, and this is the hot path.
 */
function calendarDate(text: string): string | null {
  const us = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text);
  const iso = us ? null : /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  const [y, m, d] = us ? [us[3], us[1], us[2]].map(Number) : iso ? [iso[1], iso[2], iso[3]].map(Number) : [];
  if (y === undefined || m === undefined || d === undefined || m < 1 || m > 12 || d < 1) return null;
  // Day 0 of the next month is this month's last day.
  if (d > new Date(Date.UTC(y, m, 0)).getUTCDate()) return null;
  return `${y}-${pad2(m)}-${pad2(d)}`;
}

/**
 * A date and time of day: "2026-02-03 08:15:13", "2/3/2026 8:15 AM", "2026-02-03T16:15:13Z",
 * "2026-02-03T08:15:13-08:00", "2026-02-03 08:15 PST". Without an offset it is the station's local time.
 */
export const DateTimeCell = z.string().transform((s, ctx): LocalDateTime => {
  const m = DATE_TIME.exec(s.trim());
  const date = m?.[1] ? calendarDate(m[1]) : null;
  const half = m?.[5]?.toLowerCase();
  let hour = Number(m?.[2]);
  if (half === 'pm' && hour < 12) hour += 12;
  if (half === 'am' && hour === 12) hour = 0;
  const minute = Number(m?.[3]);
  const second = Number(m?.[4] ?? 0);
  const offset = offsetOf(m?.[6]);
  const clock = (half ? Number(m?.[2]) <= 12 : true) && hour < 24 && minute < 60 && second < 60;
  if (!m || !date || !clock || offset === undefined) {
    ctx.addIssue({
      code: 'custom',
      message: 'A date and time such as 2026-02-03 08:15:13 or 2/3/2026 8:15 AM.',
    });
    return z.NEVER;
  }
  return { date, time: `${pad2(hour)}:${pad2(minute)}:${pad2(second)}`, offsetMinutes: offset };
});

/** A Transporter ID as the files give it: letters and digits, stored upper case. */
export const TransporterCell = z
  .string()
  .trim()
  .transform((s) => s.toUpperCase())
  .pipe(z.string().regex(/^[A-Z0-9]{4,20}$/, 'A Transporter ID: letters and digits, e.g. A1B2C3D4E5F6G7.'));

/** Free text up to `max` characters. */
export const TextCell = (max: number) => z.string().trim().max(max, `At most ${max} characters.`);

/** A link to the event's video. */
export const LinkCell = z
  .string()
  .trim()
  .max(1000, 'At most 1000 characters.')
  .regex(/^https?:\/\/\S+$/i, 'A link starting with https://.');

/** Other names of the same sources, as exports write them. */
const SOURCES: Record<string, string> = {
  driveri: 'netradyne',
  edriving: 'mentor',
  'mentor by edriving': 'mentor',
};

/** Where an event came from (Netradyne, Mentor…), lower case, one name per source. */
export const SourceCell = TextCell(40).transform((s) => {
  const name = s.toLowerCase();
  return SOURCES[name] ?? name;
});
