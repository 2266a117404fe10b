import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedOrg, signIn, uploadImport } from '../app/testing.js';
import { insertRoutes } from '../dispatch/day-store.js';
import { unassigned } from '../dispatch/delivery-routes.js';
import { givenStation, must, type StationScenario } from '../dispatch/test-kit.js';

// Issue 16 item 4 through HTTP: our routes (roster + day close), a late cancel and a delay recorded on
// the board, priced by the rate card (changed mid-week) against WST and the invoice, on the week page.
const RIVIAN = 'Standard Parcel Electric - Rivian MEDIUM';
const WEEK = '2026-11-15';
const MON = '2026-11-16';
const WED = '2026-11-18';

const RATE_CARD = [
  'Effective From,Item,Service Type,Block Hours,Rate',
  `2026-11-01,route,${RIVIAN},10,$300.00`,
  `2026-11-18,route,${RIVIAN},10,$325.00`,
  `2026-11-01,route,${RIVIAN},8,$260.00`,
  '2026-11-01,late-cancel,,,$162.50',
  '2026-11-01,unplanned-delay,,,$32.49',
].join('\n');
// Monday's third route is not in WST; Wednesday's 10-hour route is an 8-hour block there.
const WST = [
  'Date,Route,Service Type,Planned Duration,Excluded?',
  `${MON},CX1,${RIVIAN},10:00,N`,
  `${MON},CX2,${RIVIAN},10:00,N`,
  `${WED},CX1,${RIVIAN},8:00,N`,
].join('\n');
// No late cancel paid; half an hour of delay where we logged 30 minutes on two routes.
const INVOICE = [
  'Date,Description,Quantity,Rate,Amount',
  `${MON},${RIVIAN} - Block of 10 Hours,2,$300.00,$600.00`,
  `${WED},${RIVIAN} - Block of 8 Hours,1,$260.00,$260.00`,
  `${MON},Unplanned Delay,0.5,$32.49,$16.25`,
  ',Total Due,,,$876.25',
].join('\n');

interface Found {
  id: string;
  kind: string;
  differenceCents: number | null;
  evidence: { file: string; record?: { table: string; id: string } }[];
}

describe('money: expected from our records against WST and the invoice', () => {
  let s: StationScenario;
  const ids: Record<string, string> = {};
  const upload = async (kind: string, name: string, content: string) =>
    must(await uploadImport(s.owner, kind, name, content, { stationId: s.stationId }), 200).json();
  const found = async (): Promise<Found[]> =>
    must(await s.owner.request('GET', `/api/v1/money/discrepancies?weekStart=${WEEK}`), 200).json().items;

  beforeAll(async () => {
    s = await givenStation();
    const [ana, ben, cal] = [await s.addDa(), await s.addDa(), await s.addDa()];
    const route = (date: string, code: string, driver: string, closed: boolean) => ({
      ...unassigned,
      station_id: s.stationId,
      business_date: date,
      code,
      wave_time: '10:20',
      staging_location: null,
      service_type: RIVIAN,
      planned_minutes: 600,
      stops: 150,
      packages: 200,
      van_type: 'Rivian',
      driver_id: driver,
      closed_at: closed ? `${date}T23:00:00.000Z` : null,
      source: 'manual',
    });
    const rows = await insertRoutes(s.t.db.db, s.org.orgId, [
      route(MON, 'CX1', ana as string, true),
      route(MON, 'CX2', ben as string, true),
      route(MON, 'CX3', cal as string, true),
      route(WED, 'CX1', ana as string, true),
      route(WED, 'CX2', ben as string, false),
      { ...route(WED, 'CX3', cal as string, false), driver_id: null },
    ]);
    for (const r of rows) ids[`${r.business_date} ${r.code}`] = r.id;
  });
  afterAll(() => s.close());

  it('the board records a late cancel of a staffed route and a delay; an unstaffed route is refused', async () => {
    must(
      await s.dispatcher.request('PUT', `/api/v1/dispatch/routes/${ids[`${WED} CX2`]}/late-cancel`, {
        time: '09:40',
        note: 'Amazon cut the route at load-out',
      }),
      200,
    );
    const refused = await s.dispatcher.request(
      'PUT',
      `/api/v1/dispatch/routes/${ids[`${WED} CX3`]}/late-cancel`,
      {
        time: '09:40',
      },
    );
    expect(refused.statusCode).toBe(409);
    expect(refused.json().detail).toContain('has no DA');
    must(
      await s.dispatcher.request('POST', '/api/v1/dispatch/delays', {
        routeIds: [ids[`${MON} CX1`], ids[`${MON} CX2`]],
        minutes: 30,
        note: 'Line haul truck 30 min late',
      }),
      201,
    );
    const day = must(
      await s.dispatcher.request(
        'GET',
        `/api/v1/dispatch/amazon-events?stationId=${s.stationId}&date=${WED}`,
      ),
      200,
    ).json();
    expect(day.lateCancels).toEqual([
      expect.objectContaining({ code: 'CX2', time: '09:40', note: 'Amazon cut the route at load-out' }),
    ]);
    const mon = must(
      await s.dispatcher.request(
        'GET',
        `/api/v1/dispatch/amazon-events?stationId=${s.stationId}&date=${MON}`,
      ),
      200,
    ).json();
    expect(mon.delays).toEqual([expect.objectContaining({ minutes: 30, codes: ['CX1', 'CX2'] })]);
    // The week has none of Amazon's files yet: nothing to check it against.
    expect(await found()).toEqual([]);
  });

  it('finds a route missing from WST, a block at the wrong length, an unpaid late cancel and delay, in dollars', async () => {
    await upload('rate-card', 'rates.csv', RATE_CARD);
    await upload('wst-service-details', 'wst.csv', WST);
    await upload('variable-invoice', 'variable.csv', INVOICE);
    const items = await found();
    expect(
      items.map((d) => [d.kind, d.differenceCents]).sort((a, b) => String(a).localeCompare(String(b))),
    ).toEqual([
      ['records-block-length', 6500], // Wednesday's 10-hour route at $325 (the card from 11-18) as an 8-hour $260
      ['records-delay', 1624], // 1 h logged ($32.49) against 0.5 h paid ($16.25)
      ['records-late-cancel', 16250],
      ['records-route-short', 30000], // Monday's third route, at Monday's $300
    ]);
    const short = items.find((d) => d.kind === 'records-route-short');
    expect(short?.evidence.filter((e) => e.file === 'records').map((e) => e.record?.id)).toEqual([
      ids[`${MON} CX1`],
      ids[`${MON} CX2`],
      ids[`${MON} CX3`],
    ]);
  });

  it('the week page: expected vs WST vs invoiced vs deposited per line, each difference linked', async () => {
    const week = must(
      await s.manager.request('GET', `/api/v1/money/week?stationId=${s.stationId}&week=${WED}`),
      200,
    ).json();
    expect(week.week).toBe(WEEK);
    const line = (key: string) => week.lines.find((l: { key: string }) => l.key === key);
    const ten = line(`route:${RIVIAN.toLowerCase()}:10`);
    expect([ten.records, ten.wst, ten.invoiced]).toEqual([
      { quantity: 4, cents: 3 * 30000 + 32500 },
      { quantity: 2, cents: 60000 },
      { quantity: 2, cents: 60000 },
    ]);
    expect(ten.discrepancies.map((d: { kind: string }) => d.kind).sort()).toEqual([
      'records-block-length',
      'records-route-short',
    ]);
    expect(line('late-cancel')).toMatchObject({
      records: { quantity: 1, cents: 16250 },
      wst: null,
      wstNote: 'not in WST Service Details',
      invoiced: { quantity: 0, cents: 0 },
    });
    expect(line('unplanned-delay').invoiced).toEqual({ quantity: 0.5, cents: 1625 });
    expect(week.total).toMatchObject({ invoiced: 87625, deposited: null });
  });

  it('the week page is the owner’s and managers’: a dispatcher is refused, another org gets 404', async () => {
    const q = `/api/v1/money/week?stationId=${s.stationId}&week=${WEEK}`;
    expect((await s.dispatcher.request('GET', q)).statusCode).toBe(403);
    await seedOrg(s.t.db, {
      slug: 'beta',
      stations: ['DLA8'],
      users: [{ email: 'o@beta.test', role: 'owner' }],
    });
    const beta = await signIn(s.t.app, 'o@beta.test');
    expect((await beta.request('GET', q)).statusCode).toBe(404);
    const cancel = `/api/v1/dispatch/routes/${ids[`${WED} CX2`]}/late-cancel`;
    expect((await beta.request('DELETE', cancel)).statusCode).toBe(404);
  });

  it('a ride-along shift is expected at the card’s ride-along line ($579), not as training', async () => {
    const dee = await s.addDa();
    must(
      await s.manager.request('PUT', '/api/v1/schedule/shifts', {
        stationId: s.stationId,
        driverId: dee,
        date: MON,
        kind: 'ride-along',
        startTime: '09:00',
        minutes: 600,
      }),
      200,
    );
    // Adding the card's line checks the station's weeks again.
    must(
      await s.owner.request('POST', '/api/v1/money/rates', {
        stationId: s.stationId,
        item: 'ride-along',
        effectiveFrom: '2026-11-01',
        rateCents: 57900,
      }),
      201,
    );
    const ride = (await found()).find((d) => d.kind === 'records-ride-along');
    expect(ride).toMatchObject({ differenceCents: 57900 }); // WST has no ORE row for it
    expect((await found()).some((d) => d.kind === 'records-training')).toBe(false);
    const week = must(
      await s.manager.request('GET', `/api/v1/money/week?stationId=${s.stationId}&week=${WEEK}`),
      200,
    ).json();
    expect(week.lines.find((l: { key: string }) => l.key === 'ride-along')).toMatchObject({
      records: { quantity: 1, cents: 57900 },
      wst: { quantity: 0, cents: 0 },
    });
  });

  it('the board’s records check the week again by themselves: a late cancel undone, recorded again; a delay', async () => {
    const cancel = `/api/v1/dispatch/routes/${ids[`${WED} CX2`]}/late-cancel`;
    const kinds = async () => (await found()).map((d) => d.kind);
    must(await s.dispatcher.request('DELETE', cancel), 204);
    expect(await kinds()).not.toContain('records-late-cancel');
    must(await s.dispatcher.request('PUT', cancel, { time: '09:45' }), 200);
    expect(await kinds()).toContain('records-late-cancel');

    const day = must(
      await s.dispatcher.request(
        'GET',
        `/api/v1/dispatch/amazon-events?stationId=${s.stationId}&date=${MON}`,
      ),
      200,
    ).json();
    must(await s.dispatcher.request('DELETE', `/api/v1/dispatch/delays/${day.delays[0].id}`), 204);
    // 0.5 h paid, none logged now: Amazon paid more than our records say.
    const delay = (await found()).find((d) => d.kind === 'records-delay');
    expect(delay?.differenceCents).toBe(-1625);
  });
});
