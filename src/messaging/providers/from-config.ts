import type { Config } from '../../app/config.js';
import { logProvider } from './log.js';
import type { Log, SmsProvider } from './provider.js';
import { twilioProvider } from './twilio.js';

export const TWILIO_STATUS_PATH = '/api/v1/messaging/twilio/status';

export interface TwilioSettings {
  accountSid: string;
  authToken: string;
  from: string;
  baseUrl: string;
  /** The server's address as Twilio reaches it: callbacks go there and signatures are made over it. */
  publicUrl: string;
}

/** The Twilio settings config validation made sure of; null when texts go through another provider. */
export function twilioSettings(config: Config): TwilioSettings | null {
  if (config.SMS_PROVIDER !== 'twilio') return null;
  const { TWILIO_ACCOUNT_SID, TWILIO_AUTH_TOKEN, TWILIO_FROM, PUBLIC_URL } = config;
  if (!TWILIO_ACCOUNT_SID || !TWILIO_AUTH_TOKEN || !TWILIO_FROM || !PUBLIC_URL) {
    throw new Error(
      'SMS_PROVIDER=twilio needs TWILIO_ACCOUNT_SID, TWILIO_AUTH_TOKEN, TWILIO_FROM and PUBLIC_URL.',
    );
  }
  return {
    accountSid: TWILIO_ACCOUNT_SID,
    authToken: TWILIO_AUTH_TOKEN,
    from: TWILIO_FROM,
    baseUrl: config.TWILIO_BASE_URL,
    publicUrl: PUBLIC_URL.replace(/\/+$/, ''),
  };
}

export function providerFromConfig(config: Config, log: Log): SmsProvider {
  const twilio = twilioSettings(config);
  if (!twilio) return logProvider(log);
  return twilioProvider({ ...twilio, statusCallback: `${twilio.publicUrl}${TWILIO_STATUS_PATH}` });
}
