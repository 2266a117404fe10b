import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, seedOrg, signIn } from '../app/testing.js';
import { addDa } from '../people/testing.js';
import { givenTexting, type TextingScenario } from './testing/scenario.js';
import { drainOutbox } from './worker.js';

// Issue 5, messaging 4: "Templates with variables in English and Spanish; the DA's preferred language picks
// one; a preview shows exactly what will be sent. A messages page per DA and per org."

describe('messages, settings and templates over HTTP', () => {
  let s: TextingScenario;
  let ana = { id: '', phone: '' };
  let ben = { id: '', phone: '' };
  let far = { id: '', phone: '' };
  let other: Client;
  let otherDa = '';

  beforeAll(async () => {
    s = await givenTexting();
    await s.textsOn();
    ana = await s.addDa({ firstName: 'Ana', language: 'es' });
    ben = await s.addDa({ firstName: 'Ben', smsConsent: false });
    far = await s.addDa({ homeStationId: s.org.stationIds.DAU7 });
    await s.tell(ana.id, 'ana-1', 'Hola Ana.');
    await s.tell(ben.id, 'ben-1', 'Hi Ben.');
    await s.tell(far.id, 'far-1', 'Hi from DAU7.');
    await drainOutbox(s.t.db.db, s.provider, new Date(Date.now() + 60_000));
    const org2 = await seedOrg(s.t.db, {
      slug: 'other',
      stations: ['DXX1'],
      users: [{ email: 'owner@other.test', role: 'owner' }],
    });
    other = await signIn(s.t.app, 'owner@other.test');
    otherDa = await addDa(other, org2.stationIds.DXX1 as string);
  });
  afterAll(() => s.close());

  it('lists a DA’s messages in the app and by text, with status, and whether texts reach them', async () => {
    const page = (await s.dispatcher.request('GET', `/api/v1/drivers/${ana.id}/messages`)).json();
    expect(
      page.items.map((m: { channel: string; status: string }) => `${m.channel}:${m.status}`).sort(),
    ).toEqual(['in_app:delivered', 'sms:sent']);
    expect(page.texts).toMatchObject({ phone: ana.phone, optedOutAt: null, inAppOnlyReason: null });
    const benPage = (await s.manager.request('GET', `/api/v1/drivers/${ben.id}/messages`)).json();
    expect(benPage.items.map((m: { channel: string }) => m.channel)).toEqual(['in_app']);
    expect(benPage.texts.inAppOnlyReason).toBe('The DA has not agreed to texts.');
  });

  it('answers 404 for another org’s DA, and for a DA outside a dispatcher’s stations', async () => {
    expect((await s.owner.request('GET', `/api/v1/drivers/${otherDa}/messages`)).statusCode).toBe(404);
    expect((await other.request('GET', `/api/v1/drivers/${ana.id}/messages`)).statusCode).toBe(404);
    expect((await s.dispatcher.request('GET', `/api/v1/drivers/${far.id}/messages`)).statusCode).toBe(404);
  });

  it('lists the org’s messages with filters, each with the DA’s name; a dispatcher sees their stations’ DAs', async () => {
    const all = (await s.owner.request('GET', '/api/v1/messages')).json().items;
    expect(all).toHaveLength(5);
    const texts = (await s.owner.request('GET', '/api/v1/messages?channel=sms&status=sent')).json().items;
    expect(texts.map((m: { driverId: string }) => m.driverId).sort()).toEqual([ana.id, far.id].sort());
    expect(texts.find((m: { driverId: string }) => m.driverId === ana.id).driverName).toMatch(/^Ana /);
    const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
    expect((await s.owner.request('GET', `/api/v1/messages?from=${tomorrow}`)).json().items).toEqual([]);
    const mine = (await s.dispatcher.request('GET', '/api/v1/messages')).json().items;
    expect(mine.map((m: { driverId: string }) => m.driverId)).not.toContain(far.id);
    expect(mine).toHaveLength(3);
    expect((await other.request('GET', '/api/v1/messages')).json().items).toEqual([]);
  });

  it('pages the org’s messages newest first', async () => {
    const first = (await s.owner.request('GET', '/api/v1/messages?limit=2')).json();
    const second = (
      await s.owner.request('GET', `/api/v1/messages?limit=2&cursor=${first.nextCursor}`)
    ).json();
    const rest = (
      await s.owner.request('GET', `/api/v1/messages?limit=2&cursor=${second.nextCursor}`)
    ).json();
    const ids = [...first.items, ...second.items, ...rest.items].map((m: { id: string }) => m.id);
    expect(new Set(ids).size).toBe(5);
    expect(rest.nextCursor).toBeNull();
  });

  it('lets staff read the settings and only an owner change them, checked', async () => {
    expect((await s.dispatcher.request('GET', '/api/v1/messaging/settings')).json()).toMatchObject({
      smsEnabled: true,
      provider: 'twilio',
    });
    const body = { smsEnabled: true, quietStart: '21:00', quietEnd: '08:00', ratePerMinute: 30 };
    expect((await s.manager.request('PUT', '/api/v1/messaging/settings', body)).statusCode).toBe(403);
    const bad = await s.owner.request('PUT', '/api/v1/messaging/settings', { ...body, quietStart: '25:00' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].path).toBe('quietStart');
    const saved = (await s.owner.request('PUT', '/api/v1/messaging/settings', body)).json();
    expect(saved).toMatchObject({ ...body, updatedBy: expect.any(String) });
    expect((await other.request('GET', '/api/v1/messaging/settings')).json().smsEnabled).toBe(false);
  });

  it('lets staff read the templates and managers reword one per language, refusing unknown variables, and go back to the default', async () => {
    expect((await s.dispatcher.request('GET', '/api/v1/messaging/templates')).statusCode).toBe(200);
    const notTheirs = await s.dispatcher.request('PUT', '/api/v1/messaging/templates/route_assigned/en', {
      body: 'x',
    });
    expect(notTheirs.statusCode).toBe(403);
    const list = (await s.manager.request('GET', '/api/v1/messaging/templates')).json().items;
    const route = list.find((t: { key: string }) => t.key === 'route_assigned');
    expect(route.texts.es).toMatchObject({
      custom: false,
      body: '{day}: ruta {route}, ola {wave}, zona {staging}, van {van}.',
    });
    expect(route.variables.map((v: { name: string }) => v.name)).toEqual([
      'day',
      'route',
      'wave',
      'staging',
      'van',
      'firstName',
      'orgName',
    ]);

    const unknown = await s.manager.request('PUT', '/api/v1/messaging/templates/route_assigned/en', {
      body: '{day}: {route} at {gate}',
    });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().errors[0]).toMatchObject({
      path: 'body',
      message: expect.stringMatching(/^Unknown variable \{gate\}: use \{day\}/),
    });
    const saved = (
      await s.manager.request('PUT', '/api/v1/messaging/templates/route_assigned/en', {
        body: '{firstName}, {day}: {route} wave {wave}, van {van}.',
      })
    ).json();
    expect(saved.texts.en).toMatchObject({ custom: true, updatedBy: expect.any(String) });
    expect(saved.texts.es.custom).toBe(false);
    const otherList = (await other.request('GET', '/api/v1/messaging/templates')).json().items;
    expect(otherList.find((t: { key: string }) => t.key === 'route_assigned').texts.en.custom).toBe(false);
    const reset = (await s.manager.request('DELETE', '/api/v1/messaging/templates/route_assigned/en')).json();
    expect(reset.texts.en).toMatchObject({ custom: false, body: reset.texts.en.defaultBody });
    expect(
      (await s.manager.request('PUT', '/api/v1/messaging/templates/nope/en', { body: 'x' })).statusCode,
    ).toBe(404);
  });

  it('previews a template as a DA would get it: their language and name, by text or not, and its SMS parts', async () => {
    await s.manager.request('PUT', '/api/v1/messaging/templates/route_assigned/es', {
      body: 'Hola {firstName}: {day}, ruta {route}, ola {wave}.',
    });
    const forAna = (
      await s.dispatcher.request('POST', '/api/v1/messaging/templates/preview', {
        key: 'route_assigned',
        driverId: ana.id,
      })
    ).json();
    expect(forAna).toEqual({
      language: 'es',
      body: 'Hola Ana: vie 06/12, ruta CX127, ola 10:20.',
      segments: { encoding: 'GSM-7', units: 43, segments: 1 },
      delivery: { phone: ana.phone, consentAt: expect.any(String), optedOutAt: null, inAppOnlyReason: null },
    });
    const forBen = (
      await s.manager.request('POST', '/api/v1/messaging/templates/preview', {
        key: 'week_published',
        driverId: ben.id,
      })
    ).json();
    expect(forBen).toMatchObject({
      language: 'en',
      delivery: { inAppOnlyReason: 'The DA has not agreed to texts.' },
    });
    expect(forBen.segments.encoding).toBe('UCS-2'); // the · between shifts is not in GSM-7

    const draft = (
      await s.manager.request('POST', '/api/v1/messaging/templates/preview', {
        key: 'shift_removed',
        language: 'es',
        body: '{orgName}: ya no trabajas el {day}.',
      })
    ).json();
    expect(draft).toMatchObject({
      language: 'es',
      body: 'acme DSP: ya no trabajas el vie 06/12.',
      delivery: null,
    });
    const foreign = await other.request('POST', '/api/v1/messaging/templates/preview', {
      key: 'shift_removed',
      driverId: ana.id,
    });
    expect(foreign.statusCode).toBe(404);
  });
});
