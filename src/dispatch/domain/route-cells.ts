import { z } from 'zod';

/**
 * How the cells of a day's route file read (Cortex exports vary: see shared data-files.md "Routes").
 * Pure zod transforms: each either gives the value or says, in words, what the cell should be.
 */

/** A wave or dispatch time: "10:20", "9:40 AM", "1040". */
export const WaveTime = z.string().transform((s, ctx) => {
  const m = /^(\d{1,2})(?::?(\d{2}))?\s*(am|pm)?$/i.exec(s.trim());
  let h = m ? Number(m[1]) : Number.NaN;
  const min = m?.[2] ? Number(m[2]) : 0;
  const half = m?.[3]?.toLowerCase();
  if (half === 'pm' && h < 12) h += 12;
  if (half === 'am' && h === 12) h = 0;
  if (!m || h > 23 || min > 59 || (half && Number(m[1]) > 12)) {
    ctx.addIssue({ code: 'custom', message: 'A time such as 10:20 or 9:40 AM.' });
    return z.NEVER;
  }
  return `${String(h).padStart(2, '0')}:${String(min).padStart(2, '0')}`;
});

/**
 * A planned duration: "9:30" (hours and minutes), "570 min", "9.5 h", or a bare number — hours when it
 * is 16 or less (nobody plans a 16-minute route), minutes above.
 */
export const PlannedDuration = z.string().transform((s, ctx) => {
  const text = s.trim().toLowerCase();
  const hm = /^(\d{1,2}):(\d{2})$/.exec(text);
  const unit = /^(\d+(?:\.\d+)?)\s*(h|hr|hrs|hours?|m|min|mins|minutes?)?$/.exec(text);
  let minutes = Number.NaN;
  if (hm) minutes = Number(hm[1]) * 60 + Number(hm[2]);
  else if (unit) {
    const n = Number(unit[1]);
    const inHours = unit[2] ? unit[2].startsWith('h') : n <= 16;
    minutes = Math.round(inHours ? n * 60 : n);
  }
  if (!Number.isFinite(minutes) || minutes < 30 || minutes > 14 * 60) {
    ctx.addIssue({
      code: 'custom',
      message: 'A duration between 30 minutes and 14 hours, e.g. 9:30, 570 min or 9.5 h.',
    });
    return z.NEVER;
  }
  return minutes;
});

/** A count of stops or packages: a whole number, thousands separators allowed. */
export const RouteCount = z.string().transform((s, ctx) => {
  const n = Number(s.trim().replace(/,/g, ''));
  if (!Number.isInteger(n) || n < 0 || n > 100_000) {
    ctx.addIssue({ code: 'custom', message: 'A whole number of 0 or more.' });
    return z.NEVER;
  }
  return n;
});

const VAN_WORDS: [RegExp, string][] = [
  [/^(edv|rivian|electric( delivery van)?|ev)$/, 'edv'],
  [
    /^(cdv|custom delivery van|standard( parcel)?( van)?|ford transit|transit|ram promaster|promaster|sprinter)$/,
    'cdv',
  ],
  [/^(step ?van|step|stepvan|step_van|p\d+ step van)$/, 'step_van'],
  [/^(rental|rented|rent)$/, 'rental'],
];

/** A van type as Cortex or a dispatcher writes it ("EDV", "Rivian", "Step Van", "Ford Transit"…). */
export const RouteVanType = z.string().transform((s, ctx) => {
  const text = s.trim().toLowerCase().replace(/[-_]+/g, ' ').replace(/\s+/g, ' ');
  const found = VAN_WORDS.find(([re]) => re.test(text) || re.test(text.replace(/ /g, '_')));
  if (!found) {
    ctx.addIssue({ code: 'custom', message: 'A van type: EDV, CDV, step van or rental.' });
    return z.NEVER;
  }
  return found[1];
});
