import { z } from 'zod';

/** An empty variable (`FOO=`) counts as not set. */
const unsetWhenEmpty = <T extends z.ZodType>(schema: T) =>
  z.preprocess((v) => (v === '' ? undefined : v), schema.optional());

/** Who may read /metrics: a bearer token on the app's port, and/or a listener of its own. */
const metricsSettings = {
  METRICS_TOKEN: unsetWhenEmpty(z.string().min(16, 'At least 16 characters.')),
  METRICS_PORT: unsetWhenEmpty(z.coerce.number().int().min(0).max(65535)),
  METRICS_HOST: z.string().default('127.0.0.1'),
};

const booleanFlag = z
  .enum(['1', '0', 'true', 'false', ''])
  .optional()
  .transform((v) => v === '1' || v === 'true');

/** Texts: `log` (the default) sends nothing; `twilio` needs its account and the public address. */
const smsSettings = {
  SMS_PROVIDER: z.enum(['log', 'twilio']).default('log'),
  TWILIO_ACCOUNT_SID: z
    .string()
    .regex(/^AC[0-9a-fA-F]{32}$/, 'An account SID: AC and 32 hex digits.')
    .optional(),
  TWILIO_AUTH_TOKEN: z.string().min(1).optional(),
  TWILIO_FROM: z
    .string()
    .regex(/^\+[1-9]\d{7,14}$/, 'The sending number in E.164, e.g. +15125550123.')
    .optional(),
  TWILIO_BASE_URL: z.url().default('https://api.twilio.com'),
  PUBLIC_URL: z.url().optional(),
};

const TWILIO_NEEDS = ['TWILIO_ACCOUNT_SID', 'TWILIO_AUTH_TOKEN', 'TWILIO_FROM', 'PUBLIC_URL'] as const;

function requireTwilioSettings(
  env: { SMS_PROVIDER: string } & Partial<Record<(typeof TWILIO_NEEDS)[number], string>>,
  ctx: z.RefinementCtx,
): void {
  if (env.SMS_PROVIDER !== 'twilio') return;
  for (const name of TWILIO_NEEDS) {
    if (!env[name])
      ctx.addIssue({ code: 'custom', path: [name], message: 'Required when SMS_PROVIDER=twilio.' });
  }
}

/** Every setting comes from the environment, validated once at start-up (listed in the README). */
export const ConfigSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  // Loopback unless the operator opens it (HOST=0.0.0.0 behind a proxy or in a container).
  HOST: z.string().default('127.0.0.1'),
  DATA_DIR: z.string().default('./data'),
  DATABASE_URL: z.string().optional(),
  /** Embedded database: how long a write waits for another writer (default 15 s), then 503. */
  SQLITE_WRITE_WAIT_MS: z.coerce.number().int().min(0).max(600_000).optional(),
  STATIONHAND_DEMO: booleanFlag,
  TRUST_PROXY: booleanFlag,
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  SESSION_DAYS: z.coerce.number().int().min(1).max(90).default(14),
  MAX_UPLOAD_MB: z.coerce.number().int().min(1).max(2048).default(200),
  ...smsSettings,
  ...metricsSettings,
});

/** The variables that depend on each other, checked too. */
const CheckedConfig = ConfigSchema.superRefine(requireTwilioSettings);

export type Config = z.infer<typeof ConfigSchema>;

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = CheckedConfig.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid configuration:\n${lines.join('\n')}`);
  }
  return parsed.data;
}
