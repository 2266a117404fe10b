import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { instantAt, localDate } from '../shared/dates.js';
import { addDays } from '../shared/days.js';
import { insertStation } from '../tenancy/store.js';
import { claimTexts } from './outbox-store.js';
import { insertMessages } from './store.js';
import { TWILIO_ERRORS } from './testing/fake-twilio.js';
import { givenTexting, type TextingScenario } from './testing/scenario.js';
import { drainOutbox, startOutboxWorker } from './worker.js';

// Issue 5, messaging 1 and 3: "every message (SMS or in-app) is a row written in the same transaction as
// the thing that caused it, then sent by a worker with retries and back-off, idempotent per message …
// no texts in quiet hours of the station's time zone (queued until morning), per-org rate limit."

const LA = 'America/Los_Angeles';
const minutes = (at: Date, n: number) => new Date(at.getTime() + n * 60_000);

describe('the outbox', () => {
  let s: TextingScenario;
  beforeEach(async () => {
    s = await givenTexting();
  });
  afterEach(() => s.close());

  /** A time-off decision: a real cause that writes a message to the DA. */
  let daysAhead = 10;
  async function decideTimeOff(driverId: string) {
    daysAhead += 1;
    const date = addDays(localDate(LA), daysAhead);
    const asked = await s.manager.request('POST', `/api/v1/drivers/${driverId}/time-off`, {
      firstDate: date,
      lastDate: date,
    });
    const res = await s.manager.request('POST', `/api/v1/schedule/time-off/${asked.json().id}/decide`, {
      approve: true,
    });
    expect(res.statusCode).toBe(200);
  }

  const messagesOf = (driverId: string) =>
    s.t.db.db
      .selectFrom('messages')
      .selectAll()
      .where('driver_id', '=', driverId)
      .orderBy('channel')
      .execute();

  it('queues a text beside the in-app message, with the cause, only when the org has texts on and the DA agreed and has a number', async () => {
    const ana = await s.addDa({ language: 'es' });
    const noConsent = await s.addDa({ smsConsent: false });
    const noPhone = await s.addDa({ phone: null });
    await decideTimeOff(ana.id);
    expect((await messagesOf(ana.id)).map((m) => m.channel)).toEqual(['in_app']);

    await s.textsOn();
    for (const da of [ana, noConsent, noPhone]) await decideTimeOff(da.id);
    const [inApp, text] = (await messagesOf(ana.id)).filter((m) => m.topic === 'time_off_decided').slice(-2);
    expect(text).toMatchObject({
      channel: 'sms',
      status: 'queued',
      to_phone: ana.phone,
      attempts: 0,
      body: inApp?.body,
      dedupe_key: `${inApp?.dedupe_key}:sms`,
    });
    expect(inApp?.body).toMatch(/^Tu solicitud de días libres \(.*\) fue aprobada\.$/);
    expect((await messagesOf(noConsent.id)).map((m) => m.channel)).toEqual(['in_app']);
    expect((await messagesOf(noPhone.id)).map((m) => m.channel)).toEqual(['in_app']);
  });

  it('writes nothing when the cause rolls back, and a cause written twice queues one text', async () => {
    const da = await s.addDa();
    await s.textsOn();
    const message = { driverId: da.id, topic: 'test', dedupeKey: 'once', body: 'Once.', link: null };
    await expect(
      s.t.db.db.transaction().execute(async (trx) => {
        await insertMessages(trx, s.org.orgId, [message]);
        throw new Error('the cause failed');
      }),
    ).rejects.toThrow('the cause failed');
    expect(await messagesOf(da.id)).toEqual([]);
    await insertMessages(s.t.db.db, s.org.orgId, [message]);
    await insertMessages(s.t.db.db, s.org.orgId, [message]);
    expect((await messagesOf(da.id)).map((m) => m.channel)).toEqual(['in_app', 'sms']);
  });

  it('uses the org’s own wording of a template, in the DA’s language, for the app and the text', async () => {
    const ana = await s.addDa({ language: 'es', firstName: 'Ana' });
    await s.textsOn();
    const saved = await s.manager.request('PUT', '/api/v1/messaging/templates/time_off_approved/es', {
      body: 'Hola {firstName}: {days} aprobado por {orgName}. {note}',
    });
    expect(saved.statusCode).toBe(200);
    await decideTimeOff(ana.id);
    const bodies = (await messagesOf(ana.id)).map((m) => m.body);
    expect(bodies).toHaveLength(2);
    for (const body of bodies) expect(body).toMatch(/^Hola Ana: \S+ \d\d\/\d\d aprobado por acme DSP\.$/);
  });

  it('sends each due text exactly once when two workers drain at the same moment', async () => {
    await s.textsOn();
    const das = await Promise.all([1, 2, 3, 4, 5].map(() => s.addDa()));
    for (const [i, da] of das.entries()) await s.tell(da.id, `race-${i}`);
    const now = minutes(new Date(), 1);
    const [a, b] = await Promise.all([
      drainOutbox(s.t.db.db, s.provider, now),
      drainOutbox(s.t.db.db, s.provider, now),
    ]);
    expect((a?.sent ?? 0) + (b?.sent ?? 0)).toBe(5);
    expect(
      s.twilio
        .sent()
        .map((r) => r.to)
        .sort(),
    ).toEqual(das.map((d) => d.phone).sort());
    const texts = await s.texts();
    expect(texts.map((t) => t.status)).toEqual(['sent', 'sent', 'sent', 'sent', 'sent']);
    expect(texts.map((t) => t.provider_id).sort()).toEqual(
      s.twilio
        .sent()
        .map((r) => r.sid)
        .sort(),
    );
    expect(texts.every((t) => t.attempts === 1 && t.provider === 'twilio' && t.claim_token === null)).toBe(
      true,
    );
    expect(await drainOutbox(s.t.db.db, s.provider, minutes(now, 10))).toMatchObject({ sent: 0 });
    expect(s.twilio.sent()).toHaveLength(5);
  });

  it('claims a row for one worker only: two claims of the same rows at once share them out', async () => {
    await s.textsOn();
    const das = await Promise.all([1, 2, 3, 4].map(() => s.addDa()));
    for (const [i, da] of das.entries()) await s.tell(da.id, `claim-${i}`);
    const ids = (await s.texts()).map((t) => t.id);
    const now = minutes(new Date(), 1).toISOString();
    const claim = (token: string) =>
      claimTexts(s.t.db.db, s.org.orgId, ids, { token, now, until: minutes(new Date(now), 2).toISOString() });
    const [a = [], b = []] = await Promise.all([claim('a'), claim('b')]);
    expect([...a, ...b].map((r) => r.id).sort()).toEqual([...ids].sort());
    expect(a.length * b.length).toBe(0);
  });

  it('retries after 1, 5, 25 and 125 minutes, and gives up as failed after the fifth attempt', async () => {
    await s.textsOn();
    const da = await s.addDa();
    await s.tell(da.id, 'flaky');
    s.twilio.failNext(...Array.from({ length: 5 }, () => TWILIO_ERRORS.serverError));
    const start = minutes(new Date(), 1);
    const waits = [1, 5, 25, 125];
    let at = start;
    for (const wait of waits) {
      expect(await drainOutbox(s.t.db.db, s.provider, at)).toMatchObject({ retried: 1 });
      const [text] = await s.texts();
      expect(text).toMatchObject({ status: 'queued', next_attempt_at: minutes(at, wait).toISOString() });
      expect(await drainOutbox(s.t.db.db, s.provider, minutes(at, wait - 0.5))).toMatchObject({ retried: 0 });
      at = minutes(at, wait);
    }
    expect(await drainOutbox(s.t.db.db, s.provider, at)).toMatchObject({ failed: 1 });
    expect((await s.texts())[0]).toMatchObject({
      status: 'failed',
      attempts: 5,
      next_attempt_at: null,
      last_error: 'Twilio error 20500: Internal Server Error Gave up after 5 attempts.',
    });
    expect(s.twilio.requests).toHaveLength(5);
  });

  it('sends on a later attempt once Twilio stops throttling, and fails a bad number at once', async () => {
    await s.textsOn();
    const ok = await s.addDa();
    const bad = await s.addDa();
    await s.tell(ok.id, 'throttled');
    const now = minutes(new Date(), 1);
    s.twilio.failNext(TWILIO_ERRORS.tooManyRequests);
    await drainOutbox(s.t.db.db, s.provider, now);
    expect(await drainOutbox(s.t.db.db, s.provider, minutes(now, 1))).toMatchObject({ sent: 1 });
    expect((await s.texts())[0]).toMatchObject({ status: 'sent', attempts: 2, last_error: null });

    await s.tell(bad.id, 'bad-number');
    s.twilio.failNext(TWILIO_ERRORS.invalidNumber);
    expect(await drainOutbox(s.t.db.db, s.provider, minutes(now, 2))).toMatchObject({ failed: 1 });
    expect((await s.texts())[1]).toMatchObject({ status: 'failed', attempts: 1 });
  });

  it('blocks a text Twilio refuses as unsubscribed (21610) and blocks the number’s next texts without asking', async () => {
    await s.textsOn();
    const da = await s.addDa();
    await s.tell(da.id, 'first');
    s.twilio.failNext(TWILIO_ERRORS.unsubscribed);
    const now = minutes(new Date(), 1);
    expect(await drainOutbox(s.t.db.db, s.provider, now)).toMatchObject({ blocked: 1 });
    await s.tell(da.id, 'second');
    expect(await drainOutbox(s.t.db.db, s.provider, minutes(now, 1))).toMatchObject({ blocked: 1 });
    expect((await s.texts()).map((t) => t.status)).toEqual(['blocked', 'blocked']);
    expect(s.twilio.requests).toHaveLength(1);
  });

  it('holds texts in quiet hours at the DA’s station until 08:00 there', async () => {
    await s.textsOn({ quietStart: '21:00', quietEnd: '08:00' });
    const ny = await insertStation(s.t.db.db, s.org.orgId, {
      code: 'DNY1',
      name: 'New York',
      time_zone: 'America/New_York',
      state: 'NY',
    });
    const west = await s.addDa();
    const east = await s.addDa({ homeStationId: ny.id });
    await s.tell(west.id, 'west');
    await s.tell(east.id, 'east');
    const night = addDays(localDate(LA), 1);
    // 20:00 in Los Angeles is 23:00 in New York: only the west coast DA may be texted.
    expect(await drainOutbox(s.t.db.db, s.provider, new Date(instantAt(night, '20:00', LA)))).toMatchObject({
      sent: 1,
      deferred: 1,
    });
    const morning = instantAt(addDays(night, 1), '08:00', 'America/New_York');
    expect((await s.texts()).find((t) => t.driver_id === east.id)).toMatchObject({
      status: 'queued',
      attempts: 0,
      next_attempt_at: morning,
    });
    expect(await drainOutbox(s.t.db.db, s.provider, minutes(new Date(morning), -1))).toMatchObject({
      sent: 0,
    });
    expect(await drainOutbox(s.t.db.db, s.provider, new Date(morning))).toMatchObject({ sent: 1 });
  });

  it('keeps to the org’s texts per minute, and sends the rest in the next minutes', async () => {
    await s.textsOn({ ratePerMinute: 2 });
    const das = await Promise.all([1, 2, 3, 4, 5].map(() => s.addDa()));
    for (const [i, da] of das.entries()) await s.tell(da.id, `burst-${i}`);
    const now = minutes(new Date(), 1);
    const sent = async (at: Date) => (await drainOutbox(s.t.db.db, s.provider, at)).sent;
    expect(await sent(now)).toBe(2);
    expect(await sent(minutes(now, 0.5))).toBe(0);
    expect(await sent(minutes(now, 1.01))).toBe(2);
    expect(await sent(minutes(now, 2.02))).toBe(1);
    expect(s.twilio.sent()).toHaveLength(5);
  });

  it('runs in the server: the worker sends what is queued on its own, and stops cleanly', async () => {
    await s.textsOn();
    const da = await s.addDa();
    const log = { info: () => {}, error: (d: object) => expect.fail(JSON.stringify(d)) };
    const worker = startOutboxWorker(s.t.db.db, s.provider, log, 10);
    await s.tell(da.id, 'by-itself');
    await vi.waitFor(() => expect(s.twilio.sent()).toHaveLength(1), { timeout: 5_000 });
    await worker.stop();
    expect((await s.texts())[0]?.status).toBe('sent');
  });

  it('sends nothing once the org turns texts off: its queued texts fail with the reason', async () => {
    await s.textsOn();
    const da = await s.addDa();
    await s.tell(da.id, 'late');
    await s.textsOn({ smsEnabled: false });
    expect(await drainOutbox(s.t.db.db, s.provider, minutes(new Date(), 1))).toMatchObject({ failed: 1 });
    expect((await s.texts())[0]?.last_error).toBe(
      'Texts were turned off for the organisation before it went out.',
    );
    expect(s.twilio.requests).toHaveLength(0);
  });
});
