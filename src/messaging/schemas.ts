import { z } from 'zod';
import { IsoDateOrInstant } from '../audit/routes.js';
import { HHMM } from '../shared/date-schemas.js';
import { LANGUAGES } from './domain/templates.js';

const STATUSES = ['queued', 'sent', 'delivered', 'failed', 'blocked'] as const;
const CHANNELS = ['in_app', 'sms'] as const;

export const MessageOut = z.object({
  id: z.string(),
  driverId: z.string(),
  channel: z.enum(CHANNELS),
  topic: z.string(),
  body: z.string(),
  link: z.string().nullable(),
  status: z.enum(STATUSES),
  createdAt: z.string(),
  readAt: z.string().nullable(),
  toPhone: z.string().nullable(),
  provider: z.string().nullable(),
  attempts: z.number(),
  lastError: z.string().nullable(),
  nextAttemptAt: z.string().nullable(),
  sentAt: z.string().nullable(),
  deliveredAt: z.string().nullable(),
});

export const TextsToOut = z.object({
  phone: z.string().nullable(),
  consentAt: z.string().nullable(),
  optedOutAt: z.string().nullable(),
  inAppOnlyReason: z.string().nullable(),
});

export const MessageFilterQuery = z.object({
  status: z.enum(STATUSES).optional(),
  channel: z.enum(CHANNELS).optional(),
  topic: z.string().max(60).optional(),
  from: IsoDateOrInstant.optional(),
  to: IsoDateOrInstant.optional(),
});

export const SettingsIn = z.strictObject({
  smsEnabled: z.boolean(),
  quietStart: HHMM,
  quietEnd: HHMM,
  ratePerMinute: z.number().int().min(1, 'At least 1 a minute.').max(600, 'At most 600 a minute.'),
});

export const SettingsOut = SettingsIn.extend({
  provider: z.enum(['log', 'twilio']),
  updatedBy: z.string().nullable(),
  updatedAt: z.string().nullable(),
});

const LanguageEnum = z.enum(LANGUAGES);

const TemplateTextOut = z.object({
  body: z.string(),
  defaultBody: z.string(),
  custom: z.boolean(),
  updatedBy: z.string().nullable(),
  updatedAt: z.string().nullable(),
});

export const TemplateOut = z.object({
  key: z.string(),
  label: z.string(),
  variables: z.array(z.object({ name: z.string(), label: z.string() })),
  texts: z.object({ en: TemplateTextOut, es: TemplateTextOut }),
});

export const TemplateParams = z.object({ key: z.string().min(1).max(60), language: LanguageEnum });

/** Twilio's longest message body. */
export const TemplateBody = z
  .string()
  .trim()
  .min(1, 'Write the message.')
  .max(1600, 'At most 1,600 characters.');

export const PreviewIn = z.strictObject({
  key: z.string().min(1).max(60),
  language: LanguageEnum.optional(),
  driverId: z.string().max(100).optional(),
  body: TemplateBody.optional(),
});

export const PreviewOut = z.object({
  language: LanguageEnum,
  body: z.string(),
  segments: z.object({ encoding: z.enum(['GSM-7', 'UCS-2']), units: z.number(), segments: z.number() }),
  delivery: TextsToOut.nullable(),
});
