import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../app/config.js';
import { providerFromConfig, twilioSettings } from './from-config.js';

const log = { info: () => {}, error: () => {} };
const twilio = {
  SMS_PROVIDER: 'twilio',
  TWILIO_ACCOUNT_SID: `AC${'0'.repeat(32)}`,
  TWILIO_AUTH_TOKEN: 'token',
  TWILIO_FROM: '+15125550000',
  PUBLIC_URL: 'https://ops.example.com/',
};

describe('SMS configuration', () => {
  it('texts nobody by default: the log provider', () => {
    const config = loadConfig({});
    expect(config.SMS_PROVIDER).toBe('log');
    expect(providerFromConfig(config, log).name).toBe('log');
    expect(twilioSettings(config)).toBeNull();
  });

  it('refuses twilio without its account, number and public address, naming each', () => {
    expect(() => loadConfig({ SMS_PROVIDER: 'twilio' })).toThrow(
      /TWILIO_ACCOUNT_SID: Required when SMS_PROVIDER=twilio\.\n {2}TWILIO_AUTH_TOKEN: .*\n {2}TWILIO_FROM: .*\n {2}PUBLIC_URL: /,
    );
    expect(() => loadConfig({ ...twilio, TWILIO_ACCOUNT_SID: 'AC123' })).toThrow(
      /TWILIO_ACCOUNT_SID: An account SID/,
    );
    expect(() => loadConfig({ ...twilio, TWILIO_FROM: '512-555-0000' })).toThrow(
      /TWILIO_FROM: The sending number/,
    );
  });

  it('builds the Twilio client with the real API and the public address without its trailing slash', () => {
    const config = loadConfig(twilio);
    expect(twilioSettings(config)).toMatchObject({
      baseUrl: 'https://api.twilio.com',
      publicUrl: 'https://ops.example.com',
    });
    expect(providerFromConfig(config, log).name).toBe('twilio');
  });
});
