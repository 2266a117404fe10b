import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { must } from '../fleet/test-kit.js';
import { importKinds } from '../imports/kinds.js';
import { runImport } from '../imports/run-import.js';
import { twilioSignature } from '../messaging/domain/twilio-signature.js';
import { drainOutbox } from '../messaging/worker.js';
import { csv, SAFETY_HEADER, safetyRow } from '../performance/testing.js';
import { localDate } from '../shared/dates.js';
import { addDays } from '../shared/days.js';
import { type CoachingScenario, type Da, givenCoaching } from './testing.js';

// Coaching issue: "messages to DAs in English or Spanish through the messaging outbox (in the app, and by
// text when texts are on and the DA agreed; a DA who replied STOP gets the app only)" and "rules run after
// a performance import commits; importing the same file twice opens nothing new and writes no message".

const FD = 'suggested-following-distance';
const PUBLIC_URL = 'https://stationhand.example.com';
const aMinuteOn = () => new Date(Date.now() + 60_000);

describe('coaching messages', () => {
  let s: CoachingScenario;
  beforeAll(async () => {
    s = await givenCoaching();
    const res = await s.owner.request('PUT', '/api/v1/messaging/settings', {
      smsEnabled: true,
      quietStart: '00:00',
      quietEnd: '00:00',
      ratePerMinute: 60,
    });
    must(res, 200);
  });
  afterAll(() => s.close());

  async function coach(da: Da) {
    await s.shift(da, '2025-03-06');
    await s.events(da, ['2025-03-03', '2025-03-04', '2025-03-05']);
    await s.run('2025-03-06');
    return (await s.items(da)).find((i) => i.rule_id === FD);
  }

  it('writes a Spanish-speaking DA’s message in Spanish, in the app and as a text queued for them', async () => {
    const lucia = await s.addDa({ firstName: 'Lucía', lastName: 'Pérez', language: 'es' });
    const item = await coach(lucia);
    const body =
      'Coaching de acme DSP: 3 eventos de "Distancia de seguimiento" (03/03–03/05). Revísalo en Stationhand y toca Confirmar, o avísanos si es un error.';
    expect(await s.messages(lucia)).toEqual([
      expect.objectContaining({ body, status: 'delivered', dedupe_key: `coaching:${item?.id}` }),
    ]);
    expect(await s.messages(lucia, 'sms')).toEqual([
      expect.objectContaining({
        body,
        status: 'queued',
        to_phone: lucia.phone,
        dedupe_key: `coaching:${item?.id}:sms`,
      }),
    ]);
    await drainOutbox(s.t.db.db, s.provider, aMinuteOn());
    expect(
      s.twilio
        .sent()
        .filter((r) => r.to === lucia.phone)
        .map((r) => r.body),
    ).toEqual([body]);
    // The item's detail shows both.
    const detail = must(await s.manager.request('GET', `/api/v1/coaching/items/${item?.id}`), 200).json();
    expect(detail.messages.map((m: { channel: string }) => m.channel).sort()).toEqual(['in_app', 'sms']);
  });

  it('uses the org’s own wording of a coaching template, with the cause filled in', async () => {
    const reworded = await s.manager.request('PUT', '/api/v1/messaging/templates/coaching_message/en', {
      body: '{firstName}: we saw {cause}. Let’s talk. — {orgName}',
    });
    must(reworded, 200);
    const da = await s.addDa({ firstName: 'Reworded' });
    await coach(da);
    expect((await s.messages(da)).map((m) => m.body)).toEqual([
      'Reworded: we saw 3 "Following Distance" events (03/03–03/05). Let’s talk. — acme DSP',
    ]);
    must(await s.manager.request('DELETE', '/api/v1/messaging/templates/coaching_message/en'), 200);
  });

  it('sends a DA who did not agree to texts the app message only', async () => {
    const da = await s.addDa({ smsConsent: false });
    await coach(da);
    expect(await s.messages(da)).toHaveLength(1);
    expect(await s.messages(da, 'sms')).toEqual([]);
  });

  it('never texts a DA who replied STOP: they get the app message', async () => {
    const da = await s.addDa();
    const fields = { From: da.phone, To: '+15125550000', Body: 'STOP', MessageSid: 'SMstop' };
    const url = '/api/v1/messaging/twilio/inbound';
    const stop = await s.t.app.inject({
      method: 'POST',
      url,
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        'x-twilio-signature': twilioSignature(s.twilio.authToken, `${PUBLIC_URL}${url}`, fields),
      },
      payload: new URLSearchParams(fields).toString(),
    });
    expect(stop.statusCode).toBe(200);
    await coach(da);
    expect(await s.messages(da)).toEqual([expect.objectContaining({ status: 'delivered' })]);
    await drainOutbox(s.t.db.db, s.provider, aMinuteOn());
    expect(s.twilio.sent().filter((r) => r.to === da.phone)).toEqual([]);
    expect((await s.messages(da, 'sms')).filter((m) => m.status !== 'blocked')).toEqual([]);
  });

  it('runs the rules when safety events are imported, and a second import of the file changes nothing', async () => {
    const da = await s.addDa({ firstName: 'Imported', lastName: 'Events' });
    // The rules run as of today at the station: the events are the last three days, the DA works today.
    const today = localDate('America/Los_Angeles');
    await s.shift(da, today);
    const rows = [3, 2, 1].map((n) =>
      safetyRow(`IMPORT-${n}`, da.transporterId, {
        Date: addDays(today, -n),
        'Date Time (PDT/PST)': `${addDays(today, -n)} 09:00:00`,
      }),
    );
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'coaching-'));
    const file = path.join(dir, 'Safety_Dashboard_DAU5.csv');
    fs.writeFileSync(file, csv(SAFETY_HEADER, rows));
    const kind = importKinds.get('safety-events');
    if (!kind) throw new Error('no safety-events import kind');
    const request = {
      kind,
      file,
      fileName: 'Safety_Dashboard_DAU5.csv',
      sha256: 'coaching-test',
      actor: { orgId: s.org.orgId, userId: null, role: 'manager' as const, stationIds: null, label: 'test' },
      stationId: s.stationId,
      dryRun: false,
    };
    try {
      expect(await runImport(s.t.db.db, request)).toMatchObject({ status: 'committed', created: 3 });
      const items = await s.items(da);
      expect(items.map((i) => [i.rule_id, i.step, i.action, i.notify, i.cause_date])).toEqual([
        [FD, 1, 'message', 'sent', addDays(today, -1)],
      ]);
      expect(await s.messages(da)).toHaveLength(1);
      expect(await s.messages(da, 'sms')).toHaveLength(1);

      expect(await runImport(s.t.db.db, request)).toMatchObject({ status: 'committed', unchanged: 3 });
      expect(await s.items(da)).toHaveLength(1);
      expect(await s.messages(da)).toHaveLength(1);
      expect(await s.messages(da, 'sms')).toHaveLength(1);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
    // Uploaded again through the API, with the rules run by hand after it: still nothing new.
    const again = await s.manager.request('POST', '/api/v1/coaching/run', { stationId: s.stationId });
    expect(must(again, 200).json()).toEqual({ created: 0, sent: 0, waiting: 0, review: 0 });
    expect(await s.messages(da)).toHaveLength(1);
  });
});
