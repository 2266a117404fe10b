import http from 'node:http';
import { startFakeTwilio } from '../src/messaging/testing/fake-twilio.js';
import { TWILIO } from './twilio.js';

/**
 * The local Twilio-speaking server the end-to-end app texts through (playwright.config.ts starts it):
 * the fake Messages API on TWILIO.port, and what it was sent as JSON on TWILIO.sentPort for the tests.
 */
const fake = await startFakeTwilio({
  port: TWILIO.port,
  accountSid: TWILIO.accountSid,
  authToken: TWILIO.authToken,
});
http
  .createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify(fake.sent()));
  })
  .listen(TWILIO.sentPort, '127.0.0.1');
