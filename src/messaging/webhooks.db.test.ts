import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type Client, seedOrg, signIn, startTestApp, type TestApp } from '../app/testing.js';
import { addDa } from '../people/testing.js';
import { twilioSignature } from './domain/twilio-signature.js';
import { providerFromConfig } from './providers/from-config.js';
import { givenTexting, PUBLIC_URL, type TextingScenario } from './testing/scenario.js';
import { drainOutbox } from './worker.js';

// Issue 5, messaging 2 and 3: "status callbacks, inbound messages with X-Twilio-Signature verified …
// STOP / START / HELP keywords honoured (an opted-out number is never texted again until START)".

const later = (n: number) => new Date(Date.now() + n * 60_000);

describe('Twilio webhooks', () => {
  let s: TextingScenario;
  beforeEach(async () => {
    s = await givenTexting();
    await s.textsOn();
  });
  afterEach(() => s.close());

  const inbound = (from: string, body: string) =>
    s.webhook('inbound', { From: from, To: '+15125550000', Body: body, MessageSid: 'SMin' });

  it('refuses a webhook without Twilio’s signature, or signed for another address or other fields (403)', async () => {
    const fields = { From: '+15125550100', To: '+15125550000', Body: 'STOP' };
    expect((await s.webhook('inbound', fields, '')).statusCode).toBe(403);
    expect((await s.webhook('inbound', fields, 'c2lnbmF0dXJl')).statusCode).toBe(403);
    const res = await s.t.app.inject({
      method: 'POST',
      url: '/api/v1/messaging/twilio/status',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: 'MessageSid=SM1&MessageStatus=delivered',
    });
    expect(res.statusCode).toBe(403);
    expect(res.headers['content-type']).toMatch(/problem\+json/);
    expect(await s.t.db.db.selectFrom('sms_opt_outs').selectAll().execute()).toEqual([]);
  });

  it('honours STOP: the number is never texted again, and START lets texts go again', async () => {
    const da = await s.addDa();
    const stop = await inbound(da.phone, 'Stop');
    expect(stop.statusCode).toBe(200);
    expect(stop.headers['content-type']).toMatch(/^text\/xml/);
    // Twilio confirms its own English STOP (and refuses anything we would send after it).
    expect(stop.body).toBe('<?xml version="1.0" encoding="UTF-8"?><Response></Response>');

    await s.tell(da.id, 'after-stop');
    expect(await drainOutbox(s.t.db.db, s.provider, later(1))).toMatchObject({ blocked: 1, sent: 0 });
    expect((await s.texts())[0]).toMatchObject({
      status: 'blocked',
      last_error: expect.stringMatching(/^The number replied STOP on /),
    });

    expect((await inbound(da.phone, 'START')).statusCode).toBe(200);
    await s.tell(da.id, 'after-start');
    expect(await drainOutbox(s.t.db.db, s.provider, later(2))).toMatchObject({ sent: 1 });
    expect(s.twilio.sent().map((r) => r.body)).toEqual(['Message after-start.']);
    const audit = await s.t.db.db
      .selectFrom('audit_log')
      .select(['entity', 'action', 'actor_label'])
      .where('entity', '=', 'sms_opt_out')
      .orderBy('id')
      .execute();
    expect(audit.map((a) => `${a.action} by ${a.actor_label}`)).toEqual([
      `create by Text STOP from +1…${da.phone.slice(-4)}`,
      `delete by Text START from +1…${da.phone.slice(-4)}`,
    ]);
  });

  it('answers Spanish keywords in Spanish (Twilio does not know them) and HELP with the DSP’s name', async () => {
    const da = await s.addDa({ language: 'es' });
    const alto = await inbound(da.phone, 'ALTO');
    expect(alto.body).toContain('<Message>acme DSP: ya no recibirás mensajes nuestros. Responde COMENZAR');
    expect(
      await s.t.db.db.selectFrom('sms_opt_outs').select(['phone', 'source', 'keyword']).execute(),
    ).toEqual([{ phone: da.phone, source: 'keyword', keyword: 'ALTO' }]);
    expect((await inbound(da.phone, 'ayuda')).body).toContain('<Message>acme DSP: mensajes sobre tu horario');
    expect((await inbound(da.phone, 'HELP')).body).toContain('<Message>acme DSP: texts about your schedule');
    expect((await inbound('+15125559999', 'INFO')).body).toContain('<Message>Stationhand: texts about');
  });

  it('leaves anything that is not a keyword alone', async () => {
    const da = await s.addDa();
    const res = await inbound(da.phone, 'stop by the office at 9?');
    expect(res.body).toBe('<?xml version="1.0" encoding="UTF-8"?><Response></Response>');
    expect(await s.t.db.db.selectFrom('sms_opt_outs').selectAll().execute()).toEqual([]);
  });

  it('records delivery reports by Twilio’s message id: delivered, undelivered, and unsubscribed', async () => {
    const das = await Promise.all([1, 2, 3].map(() => s.addDa()));
    for (const [i, da] of das.entries()) await s.tell(da.id, `report-${i}`);
    await drainOutbox(s.t.db.db, s.provider, later(1));
    const sids = s.twilio.sent().map((r) => r.sid as string);
    const report = (i: number, status: string, extra: Record<string, string> = {}) =>
      s.webhook('status', {
        MessageSid: sids[i] as string,
        MessageStatus: status,
        AccountSid: s.twilio.accountSid,
        ...extra,
      });

    expect((await report(0, 'sent')).statusCode).toBe(204);
    expect((await report(0, 'delivered')).statusCode).toBe(204);
    expect((await report(1, 'undelivered', { ErrorCode: '30003' })).statusCode).toBe(204);
    expect((await report(2, 'failed', { ErrorCode: '21610' })).statusCode).toBe(204);
    // Reports arrive late and twice: a delivered text stays delivered.
    expect((await report(0, 'failed', { ErrorCode: '30008' })).statusCode).toBe(204);
    expect((await report(9, 'delivered')).statusCode).toBe(204);

    const bySid = new Map((await s.texts()).map((t) => [t.provider_id, t]));
    expect(bySid.get(sids[0] ?? '')).toMatchObject({
      status: 'delivered',
      delivered_at: expect.any(String),
      last_error: null,
    });
    expect(bySid.get(sids[1] ?? '')).toMatchObject({
      status: 'failed',
      last_error: 'Not delivered (Twilio: undelivered, error 30003).',
    });
    expect(bySid.get(sids[2] ?? '')).toMatchObject({ status: 'blocked' });
    expect(await s.t.db.db.selectFrom('sms_opt_outs').select(['phone', 'source']).execute()).toEqual([
      { phone: das[2]?.phone, source: 'provider' },
    ]);
  });

  it('signs over PUBLIC_URL: a signature made for the internal address is refused', async () => {
    const fields = { MessageSid: 'SM1', MessageStatus: 'delivered' };
    const internal = twilioSignature(
      s.twilio.authToken,
      'http://localhost:3000/api/v1/messaging/twilio/status',
      fields,
    );
    expect((await s.webhook('status', fields, internal)).statusCode).toBe(403);
    const right = twilioSignature(s.twilio.authToken, `${PUBLIC_URL}/api/v1/messaging/twilio/status`, fields);
    expect((await s.webhook('status', fields, right)).statusCode).toBe(204);
  });
});

describe('without Twilio (SMS_PROVIDER=log, the default)', () => {
  let t: TestApp;
  let owner: Client;
  beforeAll(async () => {
    t = await startTestApp();
    await seedOrg(t.db, {
      slug: 'solo',
      stations: ['DAU5'],
      users: [{ email: 'owner@solo.test', role: 'owner' }],
    });
    owner = await signIn(t.app, 'owner@solo.test');
  });
  afterAll(() => t.close());

  it('has no Twilio webhooks (404), and says texts are logged, not sent', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/messaging/twilio/inbound',
      headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-twilio-signature': 'x' },
      payload: 'From=%2B15125550100&Body=STOP',
    });
    expect(res.statusCode).toBe(404);
    const settings = (await owner.request('GET', '/api/v1/messaging/settings')).json();
    expect(settings).toMatchObject({
      provider: 'log',
      smsEnabled: false,
      quietStart: '21:00',
      quietEnd: '08:00',
    });
  });

  it('marks a text sent by the log provider without texting anyone', async () => {
    const stationId = (await owner.request('GET', '/api/v1/stations')).json().items[0].id;
    const da = await addDa(owner, stationId, { phone: '+15125550100', smsConsent: true });
    const on = { smsEnabled: true, quietStart: '00:00', quietEnd: '00:00', ratePerMinute: 60 };
    expect((await owner.request('PUT', '/api/v1/messaging/settings', on)).statusCode).toBe(200);
    const date = new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10);
    const asked = await owner.request('POST', `/api/v1/drivers/${da}/time-off`, {
      firstDate: date,
      lastDate: date,
    });
    await owner.request('POST', `/api/v1/schedule/time-off/${asked.json().id}/decide`, { approve: true });
    const logged: object[] = [];
    const provider = providerFromConfig(t.config, { info: (d) => logged.push(d), error: () => {} });
    expect(await drainOutbox(t.db.db, provider, later(1))).toMatchObject({ sent: 1 });
    expect(logged).toEqual([{ messageId: expect.any(String), to: '+1…0100', segments: 1 }]);
    const page = (await owner.request('GET', `/api/v1/drivers/${da}/messages`)).json();
    expect(page.items.find((m: { channel: string }) => m.channel === 'sms')).toMatchObject({
      status: 'sent',
      provider: 'log',
    });
  });
});
