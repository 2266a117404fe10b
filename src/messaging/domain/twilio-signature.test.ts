import { describe, expect, it } from 'vitest';
import { twilioSignature, validTwilioSignature } from './twilio-signature.js';

// The worked example of Twilio's "Validating requests" documentation (auth token 12345).
const url = 'https://mycompany.com/myapp.php?foo=1&bar=2';
const params = {
  CallSid: 'CA1234567890ABCDE',
  Caller: '+14158675310',
  Digits: '1234',
  From: '+14158675310',
  To: '+18005551212',
};
const SIGNATURE = 'GvWf1cFY/Q7PnoempGyD5oXAezc=';

describe('X-Twilio-Signature', () => {
  it('matches Twilio’s documented example', () => {
    expect(twilioSignature('12345', url, params)).toBe(SIGNATURE);
  });

  it('sorts the fields by name, so their order in the body does not matter', () => {
    const reversed = Object.fromEntries(Object.entries(params).reverse());
    expect(twilioSignature('12345', url, reversed)).toBe(SIGNATURE);
  });

  it('accepts the right signature and refuses a missing one, another token, URL or field', () => {
    expect(validTwilioSignature('12345', SIGNATURE, url, params)).toBe(true);
    expect(validTwilioSignature('12345', undefined, url, params)).toBe(false);
    expect(validTwilioSignature('54321', SIGNATURE, url, params)).toBe(false);
    expect(validTwilioSignature('12345', SIGNATURE, `${url}&baz=3`, params)).toBe(false);
    expect(validTwilioSignature('12345', SIGNATURE, url, { ...params, Digits: '1235' })).toBe(false);
    expect(validTwilioSignature('12345', 'short', url, params)).toBe(false);
  });
});
