import type { LightMyRequestResponse } from 'fastify';
import type { Client, SeededOrg, TestApp } from '../../app/testing.js';
import { seedOrg, signIn, startTestApp } from '../../app/testing.js';
import type { MessagesTable } from '../../db/schema.js';
import { addDa } from '../../people/testing.js';
import { twilioSignature } from '../domain/twilio-signature.js';
import { providerFromConfig } from '../providers/from-config.js';
import type { SmsProvider } from '../providers/provider.js';
import { insertMessages } from '../store.js';
import { type FakeTwilio, startFakeTwilio } from './fake-twilio.js';

export const PUBLIC_URL = 'https://stationhand.example.com';

/** An org texting through Twilio (a local fake of it), for the outbox, webhooks and messages tests. */
export interface TextingScenario {
  t: TestApp;
  twilio: FakeTwilio;
  /** The server's own Twilio client, as the worker would build it from the configuration. */
  provider: SmsProvider;
  org: SeededOrg;
  stationId: string;
  owner: Client;
  manager: Client;
  dispatcher: Client;
  /** A DA with a mobile number and consent to texts unless told otherwise; answers id and phone. */
  addDa(over?: Record<string, unknown>): Promise<{ id: string; phone: string }>;
  /** Turns texts on (quiet hours off unless asked, so a test's clock decides nothing it did not mean to). */
  textsOn(over?: Record<string, unknown>): Promise<void>;
  /** Writes a message to a DA as a cause would; `key` makes it unique. */
  tell(driverId: string, key: string, body?: string): Promise<void>;
  /** The org's text rows, oldest first. */
  texts(): Promise<MessagesTable[]>;
  /** A webhook posted as Twilio posts it, signed with the account's token (or `signature` if given). */
  webhook(
    path: 'status' | 'inbound',
    fields: Record<string, string>,
    signature?: string,
  ): Promise<LightMyRequestResponse>;
  close(): Promise<void>;
}

let phones = 0;

/** A test app whose texts go through the real Twilio client to a local fake of Twilio's API. */
export async function startTextingApp(): Promise<{ t: TestApp; twilio: FakeTwilio }> {
  const twilio = await startFakeTwilio();
  const t = await startTestApp({
    SMS_PROVIDER: 'twilio',
    TWILIO_ACCOUNT_SID: twilio.accountSid,
    TWILIO_AUTH_TOKEN: twilio.authToken,
    TWILIO_FROM: '+15125550000',
    TWILIO_BASE_URL: twilio.url,
    PUBLIC_URL,
  });
  return { t, twilio };
}

export async function givenTexting(): Promise<TextingScenario> {
  const { t, twilio } = await startTextingApp();
  const org = await seedOrg(t.db, {
    slug: 'acme',
    stations: ['DAU5', 'DAU7'],
    users: [
      { email: 'owner@acme.test', role: 'owner' },
      { email: 'mgr@acme.test', role: 'manager' },
      { email: 'disp@acme.test', role: 'dispatcher', stations: ['DAU5'] },
    ],
  });
  const stationId = org.stationIds.DAU5 as string;
  const owner = await signIn(t.app, 'owner@acme.test');
  const log = { info: () => {}, error: () => {} };
  return {
    t,
    twilio,
    provider: providerFromConfig(t.config, log),
    org,
    stationId,
    owner,
    manager: await signIn(t.app, 'mgr@acme.test'),
    dispatcher: await signIn(t.app, 'disp@acme.test'),
    addDa: async (over = {}) => {
      phones += 1;
      const phone = `+1512555${String(1000 + phones).slice(-4)}`;
      const id = await addDa(owner, stationId, { phone, smsConsent: true, ...over });
      return { id, phone };
    },
    textsOn: async (over = {}) => {
      const body = { smsEnabled: true, quietStart: '00:00', quietEnd: '00:00', ratePerMinute: 60, ...over };
      const res = await owner.request('PUT', '/api/v1/messaging/settings', body);
      if (res.statusCode !== 200) throw new Error(`texts on failed: ${res.statusCode} ${res.body}`);
    },
    tell: (driverId, key, body = `Message ${key}.`) =>
      insertMessages(t.db.db, org.orgId, [{ driverId, topic: 'test', dedupeKey: key, body, link: null }]),
    texts: () =>
      t.db.db
        .selectFrom('messages')
        .selectAll()
        .where('org_id', '=', org.orgId)
        .where('channel', '=', 'sms')
        .orderBy('created_at')
        .orderBy('id')
        .execute(),
    webhook: (path, fields, signature) => {
      const url = `/api/v1/messaging/twilio/${path}`;
      return t.app.inject({
        method: 'POST',
        url,
        headers: {
          'content-type': 'application/x-www-form-urlencoded',
          'x-twilio-signature': signature ?? twilioSignature(twilio.authToken, `${PUBLIC_URL}${url}`, fields),
        },
        payload: new URLSearchParams(fields).toString(),
      });
    },
    close: async () => {
      await t.close();
      await twilio.close();
    },
  };
}
