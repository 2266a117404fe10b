import { z } from 'zod';
import { CalendarDate } from '../shared/date-schemas.js';
import { PUNCH_KINDS, RESOLUTIONS } from './schemas.js';

// What the DA's phone sends and reads about their own pay.

const Minutes = z.object({ REG: z.number(), OT: z.number(), DT: z.number() });
const Stretch = z.object({ from: z.string(), to: z.string(), minutes: z.number() });

export const QuestionIn = z.object({
  workday: CalendarDate,
  text: z.string().trim().min(3).max(1000),
});

export const QuestionOut = z.object({
  id: z.string(),
  workday: z.string(),
  words: z.array(z.object({ text: z.string(), askedAt: z.string() })),
  status: z.enum(['open', 'resolved']),
  resolution: z.enum(RESOLUTIONS).nullable(),
  reason: z.string().nullable(),
  resolvedAt: z.string().nullable(),
});

export const MyWeekOut = z.object({
  weekStart: z.string(),
  weekEnd: z.string(),
  station: z.object({ code: z.string(), name: z.string(), state: z.string(), timeZone: z.string() }),
  /** The rule set in force for the station's state. */
  rules: z.string(),
  hourlyRateCents: z.number().nullable(),
  days: z.array(
    z.object({
      date: z.string(),
      worked: z.array(Stretch),
      meals: z.array(Stretch),
      rests: z.array(Stretch),
      minutes: Minutes,
      problems: z.array(z.string()),
      violations: z.array(
        z.object({ date: z.string(), rule: z.string(), citation: z.string(), message: z.string() }),
      ),
    }),
  ),
  minutes: Minutes,
  premiums: z.array(
    z.object({
      date: z.string(),
      kind: z.enum(['meal', 'rest']),
      hours: z.number(),
      rule: z.string(),
      citation: z.string(),
      why: z.string(),
      status: z.enum(['reviewing', 'owed', 'paid', 'settled']),
      reason: z.string().nullable(),
    }),
  ),
  pay: z
    .object({
      lines: z.array(z.object({ label: z.string(), arithmetic: z.string(), cents: z.number() })),
      totalCents: z.number(),
      regularRateCents: z.number(),
    })
    .nullable(),
  outsideRadius: z.array(z.object({ workday: z.string(), kind: z.enum(PUNCH_KINDS), time: z.string() })),
  questions: z.array(QuestionOut),
});
