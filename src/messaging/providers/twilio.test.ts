import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FakeTwilio, startFakeTwilio, TWILIO_ERRORS } from '../testing/fake-twilio.js';
import type { SmsProvider } from './provider.js';
import { twilioProvider } from './twilio.js';

const sms = { messageId: 'm1', to: '+15125550100', body: 'Mon 06/08: route CX1, wave 10:20.' };

describe('the Twilio client against a server that answers like Twilio', () => {
  let twilio: FakeTwilio;
  let provider: SmsProvider;
  beforeAll(async () => {
    twilio = await startFakeTwilio();
    provider = twilioProvider({
      accountSid: twilio.accountSid,
      authToken: twilio.authToken,
      from: '+15125550000',
      baseUrl: `${twilio.url}/`,
      statusCallback: 'https://sh.example.com/api/v1/messaging/twilio/status',
    });
  });
  afterAll(() => twilio.close());

  it('posts To, From, Body and StatusCallback form-encoded with basic auth, and keeps the message sid', async () => {
    const outcome = await provider.send(sms);
    const [seen] = twilio.sent();
    expect(outcome).toEqual({ kind: 'sent', providerId: seen?.sid });
    expect(seen).toMatchObject({
      path: `/2010-04-01/Accounts/${twilio.accountSid}/Messages.json`,
      user: twilio.accountSid,
      password: twilio.authToken,
      to: sms.to,
      from: '+15125550000',
      body: sms.body,
      statusCallback: 'https://sh.example.com/api/v1/messaging/twilio/status',
    });
    expect(seen?.sid).toMatch(/^SM[0-9a-f]{32}$/);
  });

  it('reads Twilio’s error shape: an unsubscribed recipient is blocked, an invalid number failed', async () => {
    twilio.failNext(TWILIO_ERRORS.unsubscribed, TWILIO_ERRORS.invalidNumber);
    expect(await provider.send(sms)).toEqual({
      kind: 'blocked',
      error: 'Twilio error 21610: Attempt to send to unsubscribed recipient',
    });
    expect(await provider.send(sms)).toEqual({
      kind: 'failed',
      error: "Twilio error 21211: The 'To' number is not a valid phone number.",
    });
  });

  it('retries throttling, Twilio’s own failures (even without a JSON body) and a refused connection', async () => {
    twilio.failNext(TWILIO_ERRORS.tooManyRequests, TWILIO_ERRORS.serverError, TWILIO_ERRORS.badGateway);
    expect(await provider.send(sms)).toEqual({
      kind: 'retry',
      error: 'Twilio error 20429: Too Many Requests',
    });
    expect(await provider.send(sms)).toEqual({
      kind: 'retry',
      error: 'Twilio error 20500: Internal Server Error',
    });
    expect(await provider.send(sms)).toEqual({ kind: 'retry', error: 'Twilio answered 502: HTTP 502' });
    const closed = twilioProvider({
      accountSid: twilio.accountSid,
      authToken: twilio.authToken,
      from: '+15125550000',
      baseUrl: 'http://127.0.0.1:9',
      statusCallback: null,
    });
    expect(await closed.send(sms)).toMatchObject({
      kind: 'retry',
      error: expect.stringMatching(/^Could not reach Twilio/),
    });
  });

  it('retries a wrong auth token (the account’s problem, fixed by someone) with Twilio’s 20003', async () => {
    const wrong = twilioProvider({
      accountSid: twilio.accountSid,
      authToken: 'not-the-token',
      from: '+15125550000',
      baseUrl: twilio.url,
      statusCallback: null,
    });
    expect(await wrong.send(sms)).toEqual({ kind: 'retry', error: 'Twilio error 20003: Authenticate' });
  });
});
