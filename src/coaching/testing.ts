import { type Client, seedOrg, signIn, uploadImport } from '../app/testing.js';
import type { CoachingItemsTable, MessagesTable } from '../db/schema.js';
import { insertShifts } from '../dispatch/schedule-store.js';
import { providerFromConfig } from '../messaging/providers/from-config.js';
import type { SmsProvider } from '../messaging/providers/provider.js';
import type { FakeTwilio } from '../messaging/testing/fake-twilio.js';
import { startTextingApp } from '../messaging/testing/scenario.js';
import { addDa, linkLogin } from '../people/testing.js';
import { weekLabel } from '../performance/domain/weeks.js';
import {
  csv,
  dashboardCsv,
  dashboardRow,
  type PerformanceScenario,
  SAFETY_HEADER,
  safetyRow,
} from '../performance/testing.js';
import { type RunResult, runCoaching } from './run.js';

/**
 * A scenario for coaching tests: an org (acme) with stations DAU5 and DAU7 in Los Angeles, its staff
 * (the dispatcher limited to DAU5), six driver logins to hand to DAs, texts through a local fake of
 * Twilio, and another org (beta) beside it. Performance arrives through the real imports; the dates
 * are long past, so the rules an import sets off at today's date find nothing in them, and a test runs
 * the rules at the date it means with `run(asOf)`.
 */
export interface CoachingScenario
  extends Pick<
    PerformanceScenario,
    't' | 'org' | 'stationId' | 'otherStationId' | 'owner' | 'manager' | 'dispatcher' | 'beta'
  > {
  twilio: FakeTwilio;
  provider: SmsProvider;
  /** A DA at DAU5 (unless `homeStationId` says otherwise) with a Transporter ID, a mobile number and consent. */
  addDa(over?: Record<string, unknown>): Promise<Da>;
  /** Gives the DA one of the driver logins and signs in with it. */
  loginAs(da: Da): Promise<Client>;
  /** Imports the DA's safety events (Cortex's Safety Dashboard), one per date, at 09:00 local. */
  events(da: Da, dates: string[], type?: string, stationId?: string): Promise<string[]>;
  /** Imports a week of Amazon's DSP Overview Dashboard: a strong week for each DA unless told otherwise. */
  week(weekStart: string, rows: [Da, Record<string, string>?][], stationId?: string): Promise<void>;
  /** A scheduled shift for the DA on the date at their station. */
  shift(da: Da, date: string): Promise<void>;
  /** Runs the org's rules on the station's data as of a business date. */
  run(asOf: string, stationId?: string): Promise<RunResult>;
  /** The DA's items, oldest cause first. */
  items(da: Da): Promise<CoachingItemsTable[]>;
  /** The DA's messages of the coaching topic. */
  messages(da: Da, channel?: 'in_app' | 'sms'): Promise<MessagesTable[]>;
  /** Signs an org member in again (a fresh client). */
  signIn(email: string): Promise<Client>;
  close(): Promise<void>;
}

export interface Da {
  id: string;
  transporterId: string;
  firstName: string;
  lastName: string;
  phone: string;
  stationId: string;
}

const DRIVER_LOGINS = [1, 2, 3, 4, 5, 6].map((n) => `da${n}@acme.test`);

let das = 0;
let eventIds = 0;

export async function givenCoaching(): Promise<CoachingScenario> {
  const { t, twilio } = await startTextingApp();
  const org = await seedOrg(t.db, {
    slug: 'acme',
    stations: ['DAU5', 'DAU7'],
    users: [
      { email: 'owner@acme.test', role: 'owner' },
      { email: 'mgr@acme.test', role: 'manager' },
      { email: 'disp@acme.test', role: 'dispatcher', stations: ['DAU5'] },
      ...DRIVER_LOGINS.map((email) => ({ email, role: 'driver' as const })),
    ],
  });
  const beta = await seedOrg(t.db, {
    slug: 'beta',
    stations: ['DLA8'],
    users: [{ email: 'owner@beta.test', role: 'owner' }],
  });
  const stationId = org.stationIds.DAU5 as string;
  const owner = await signIn(t.app, 'owner@acme.test');
  const manager = await signIn(t.app, 'mgr@acme.test');
  const db = t.db.db;
  const logins = [...DRIVER_LOGINS];
  const imported = async (kind: string, fileName: string, content: string, station: string) => {
    const res = await uploadImport(manager, kind, fileName, content, { stationId: station });
    const body = res.json();
    if (res.statusCode !== 200 || body.status !== 'committed')
      throw new Error(`import ${fileName} failed: ${res.statusCode} ${res.body}`);
  };
  return {
    t,
    twilio,
    provider: providerFromConfig(t.config, { info: () => {}, error: () => {} }),
    org,
    stationId,
    otherStationId: org.stationIds.DAU7 as string,
    owner,
    manager,
    dispatcher: await signIn(t.app, 'disp@acme.test'),
    beta: { owner: await signIn(t.app, 'owner@beta.test'), stationId: beta.stationIds.DLA8 as string },
    addDa: async (over = {}) => {
      das += 1;
      const n = String(das).padStart(4, '0');
      const da = {
        firstName: 'Da',
        lastName: `Number${n}`,
        transporterId: `ACOACH${n}XYZ`,
        phone: `+1512555${String(2000 + das).slice(-4)}`,
        smsConsent: true,
        homeStationId: stationId,
        ...over,
      } as Omit<Da, 'id' | 'stationId'> & { homeStationId: string };
      const id = await addDa(owner, da.homeStationId, da);
      return {
        id,
        transporterId: da.transporterId,
        firstName: da.firstName,
        lastName: da.lastName,
        phone: da.phone,
        stationId: da.homeStationId,
      };
    },
    loginAs: async (da) => {
      const email = logins.shift();
      if (!email) throw new Error('no driver login left');
      await linkLogin(t, org.orgId, da.id, org.userIds[email]);
      return signIn(t.app, email);
    },
    events: async (da, dates, type = 'Following Distance', station = da.stationId) => {
      const ids = dates.map(() => {
        eventIds += 1;
        return `CO-EV-${eventIds}`;
      });
      const rows = dates.map((date, i) =>
        safetyRow(ids[i] as string, da.transporterId, {
          Date: date,
          'Delivery Associate': `${da.firstName} ${da.lastName}`,
          'Date Time (PDT/PST)': `${date} 09:00:00`,
          'Metric Type': type,
        }),
      );
      await imported('safety-events', `safety-${ids[0]}.csv`, csv(SAFETY_HEADER, rows), station);
      return ids;
    },
    week: async (weekStart, rows, station = stationId) => {
      const content = dashboardCsv(
        rows.map(([da, over = {}]) =>
          dashboardRow(da.transporterId, `${da.firstName} ${da.lastName}`, {
            Week: weekLabel(weekStart),
            ...over,
          }),
        ),
      );
      await imported('da-weekly', `DSP_Overview_Dashboard_${weekLabel(weekStart)}.csv`, content, station);
    },
    shift: async (da, date) => {
      await insertShifts(db, org.orgId, [
        {
          station_id: da.stationId,
          driver_id: da.id,
          business_date: date,
          kind: 'route',
          start_time: '10:00',
          minutes: 600,
          status: 'scheduled',
          source: 'manual',
          note: null,
          published_at: null,
          confirmed_at: null,
          checked_in_at: null,
          attendance_event_id: null,
        },
      ]);
    },
    run: (asOf, station = stationId) => runCoaching(db, org.orgId, station, 'test', asOf),
    items: (da) =>
      db
        .selectFrom('coaching_items')
        .selectAll()
        .where('org_id', '=', org.orgId)
        .where('driver_id', '=', da.id)
        .orderBy('cause_date')
        .orderBy('rule_id')
        .execute(),
    messages: (da, channel = 'in_app') =>
      db
        .selectFrom('messages')
        .selectAll()
        .where('org_id', '=', org.orgId)
        .where('driver_id', '=', da.id)
        .where('topic', '=', 'coaching')
        .where('channel', '=', channel)
        .orderBy('created_at')
        .orderBy('id')
        .execute(),
    signIn: (email) => signIn(t.app, email),
    close: async () => {
      await t.close();
      await twilio.close();
    },
  };
}
