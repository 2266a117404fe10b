import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type Client,
  multipart,
  seedOrg,
  signIn,
  startTestApp,
  type TestApp,
  tinyJpeg,
  tinyPdf,
  tinyPng,
  uploadFile,
} from '../app/testing.js';
import { must } from '../fleet/test-kit.js';
import {
  givenInspectionScene,
  givenVan,
  type InspectionScene,
  inspectionBody,
} from '../inspections/test-kit.js';
import { updateDriver } from '../people/store.js';
import { scorecardFileName, scorecardPdf } from '../performance/scorecard-pdf-testing.js';
import { requireFiles } from './files.js';

/** Upload, read back, thumbnails, refusals, and who may see whose files. */
describe('files', () => {
  let t: TestApp;
  let owner: Client;
  let dispatcher: Client;
  let ana: Client;
  let ben: Client;
  let other: Client;
  let orgId = '';
  let userIds: Record<string, string> = {};
  const das: Record<string, string> = {};

  beforeAll(async () => {
    t = await startTestApp();
    const acme = await seedOrg(t.db, {
      slug: 'acme',
      stations: ['DXC1'],
      users: [
        { email: 'owner@acme.test', role: 'owner' },
        { email: 'disp@acme.test', role: 'dispatcher', stations: ['DXC1'] },
        { email: 'ana@acme.test', role: 'driver', stations: ['DXC1'] },
        { email: 'ben@acme.test', role: 'driver', stations: ['DXC1'] },
      ],
    });
    orgId = acme.orgId;
    userIds = acme.userIds;
    await seedOrg(t.db, {
      slug: 'other',
      stations: ['DLA8'],
      users: [{ email: 'o@other.test', role: 'owner' }],
    });
    owner = await signIn(t.app, 'owner@acme.test');
    for (const name of ['ana', 'ben']) {
      const add = await owner.request('POST', '/api/v1/drivers', {
        firstName: name,
        lastName: 'Driver',
        homeStationId: acme.stationIds.DXC1,
      });
      das[name] = add.json().id;
      await updateDriver(t.db.db, orgId, add.json().id, {
        user_id: acme.userIds[`${name}@acme.test`] ?? null,
      });
    }
    dispatcher = await signIn(t.app, 'disp@acme.test');
    ana = await signIn(t.app, 'ana@acme.test');
    ben = await signIn(t.app, 'ben@acme.test');
    other = await signIn(t.app, 'o@other.test');
  });
  afterAll(() => t.close());

  it('keeps a photo with an upright thumbnail and serves both back', async () => {
    const res = await uploadFile(ana, 'photo', tinyJpeg(), 'front.jpg');
    expect(res.statusCode).toBe(201);
    const f = res.json();
    expect(f).toMatchObject({
      contentType: 'image/jpeg',
      fileName: 'front.jpg',
      sizeBytes: tinyJpeg().length,
    });
    expect(f.thumbnailUrl).toBe(`/api/v1/files/${f.id}/thumbnail`);
    const file = await ana.request('GET', f.url);
    expect(file.statusCode).toBe(200);
    expect(file.headers['content-type']).toBe('image/jpeg');
    expect(file.rawPayload.equals(tinyJpeg())).toBe(true);
    const thumb = await owner.request('GET', f.thumbnailUrl);
    expect(thumb.statusCode).toBe(200);
    expect(thumb.rawPayload.subarray(0, 3).equals(Buffer.from([0xff, 0xd8, 0xff]))).toBe(true);
  });

  it('takes a PDF as a document, without a thumbnail, and tells what it is by its bytes', async () => {
    const res = await uploadFile(owner, 'document', tinyPdf(), 'license.jpg', das.ana);
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ contentType: 'application/pdf', thumbnailUrl: null });
    expect((await owner.request('GET', `${res.json().url}/thumbnail`)).statusCode).toBe(404);
  });

  it.each([
    ['a PDF as a photo', 'photo', tinyPdf(), 415],
    ['a text file as a document', 'document', Buffer.from('name,phone\nAna,1'), 415],
    ['a PNG as a video', 'video', tinyPng(), 415],
    ['a truncated JPEG', 'photo', tinyJpeg().subarray(0, 40), 400],
  ] as const)('refuses %s, naming the file field', async (_name, purpose, bytes, status) => {
    const res = await uploadFile(owner, purpose, Buffer.from(bytes), 'x.jpg');
    expect(res.statusCode).toBe(status);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.json().errors[0].path).toBe('file');
  });

  it('refuses a document over 10 MB with 413 and keeps nothing', async () => {
    const big = Buffer.concat([tinyPdf(), Buffer.alloc(10 * 1024 * 1024 + 1)]);
    const res = await uploadFile(owner, 'document', big, 'huge.pdf');
    expect(res.statusCode).toBe(413);
    expect(res.json().errors[0]).toEqual({ path: 'file', message: 'Larger than the 10 MB limit.' });
  });

  it('lets a DA read their own files only; staff read the org’s; another org reads nothing', async () => {
    const mine = (await uploadFile(ana, 'photo', tinyPng(), 'mine.png')).json();
    const aboutAna = (await uploadFile(owner, 'document', tinyPdf(), 'mvr.pdf', das.ana)).json();
    const aboutBen = (await uploadFile(owner, 'document', tinyPdf(), 'mvr.pdf', das.ben)).json();
    expect((await ana.request('GET', mine.url)).statusCode).toBe(200);
    expect((await ana.request('GET', aboutAna.url)).statusCode).toBe(200);
    expect((await ana.request('GET', aboutBen.url)).statusCode).toBe(404);
    expect((await ben.request('GET', mine.url)).statusCode).toBe(404);
    expect((await dispatcher.request('GET', mine.url)).statusCode).toBe(200);
    expect((await other.request('GET', mine.url)).statusCode).toBe(404);
  });

  it('files a DA’s upload under their own record and refuses one for somebody else', async () => {
    expect((await uploadFile(ana, 'photo', tinyJpeg(), 'x.jpg', das.ben)).statusCode).toBe(403);
    const res = await uploadFile(owner, 'document', tinyPdf(), 'x.pdf', 'no-such-da');
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0].path).toBe('driverId');
  });

  it('attaches only known files a DA uploaded themselves, of the purpose asked for', async () => {
    const anas = (await uploadFile(ana, 'photo', tinyJpeg(), 'a.jpg')).json();
    const staffs = (await uploadFile(owner, 'document', tinyPdf(), 'b.pdf')).json();
    const actor = (role: 'driver' | 'owner', userId: string) => ({
      orgId,
      userId,
      role,
      stationIds: null,
      label: role,
    });
    const anaUser = userIds['ana@acme.test'] ?? '';
    const ownerUser = userIds['owner@acme.test'] ?? '';
    const refs = await requireFiles(t.db.db, actor('driver', anaUser), [anas.id], 'photos', ['photo']);
    expect(refs.map((r) => r.id)).toEqual([anas.id]);
    await expect(
      requireFiles(t.db.db, actor('driver', anaUser), [anas.id, staffs.id], 'photos'),
    ).rejects.toMatchObject({ status: 400, errors: [{ path: 'photos.1' }] });
    await expect(
      requireFiles(t.db.db, actor('owner', ownerUser), [staffs.id], 'photo', ['photo']),
    ).rejects.toMatchObject({ status: 400, errors: [{ path: 'photo', message: 'Expected a photo.' }] });
    await expect(
      requireFiles(t.db.db, actor('owner', ownerUser), ['missing'], 'invoiceFileId'),
    ).rejects.toMatchObject({ status: 400, errors: [{ path: 'invoiceFileId' }] });
  });
});

/** Files follow the station of the records that keep them: a dispatcher of DAU7 reads DAU7's, not DAU5's. */
describe('files in station scope', () => {
  let t: TestApp;
  let s: InspectionScene;
  const vans: Record<string, string> = {};
  const das: Record<string, string> = {};
  const tinyMp4 = () =>
    Buffer.concat([Buffer.from([0, 0, 0, 0x18]), Buffer.from('ftypisom'), Buffer.alloc(20)]);

  beforeAll(async () => {
    t = await startTestApp();
    s = await givenInspectionScene(t, 'scope');
    vans.DAU5 = (await givenVan(t, s.org, 'DAU5')).id;
    vans.DAU7 = (await givenVan(t, s.org, 'DAU7')).id;
    das.DAU5 = s.das.xavier;
    const wendy = await s.owner.request('POST', '/api/v1/drivers', {
      firstName: 'Wendy',
      lastName: 'Ortiz',
      homeStationId: s.org.stationIds.DAU7,
    });
    das.DAU7 = must(wendy, 201).json().id;
  });
  afterAll(() => t.close());

  const upload = async (purpose: 'document' | 'photo' | 'video', driverId?: string) => {
    const bytes = { document: tinyPdf(), photo: tinyJpeg(), video: tinyMp4() }[purpose];
    return must(await uploadFile(s.owner, purpose, bytes, `x.${purpose}`, driverId), 201).json().id as string;
  };
  const damageAt = async (station: string, body: object = {}) => {
    const res = await s.owner.request('POST', `/api/v1/vans/${vans[station]}/damage`, {
      panels: ['rear_bumper'],
      occurredAt: new Date().toISOString(),
      description: 'Scrape',
      severity: 'minor',
      ...body,
    });
    return must(res, 201).json().id as string;
  };

  /** Each way a file comes to belong to a record of `station`; answers the file's id. */
  const keptBy: Record<string, (station: string) => Promise<string>> = {
    'a document naming the DA': (station) => upload('document', das[station]),
    'a document filed on a DA’s record': async (station) => {
      const fileId = await upload('document');
      const doc = await s.owner.request('POST', `/api/v1/drivers/${das[station]}/documents`, {
        type: 'background_check',
        fileId,
      });
      must(doc, 201);
      return fileId;
    },
    'a damage photo': async (station) => {
      const fileId = await upload('photo');
      await damageAt(station, { photoIds: [fileId] });
      return fileId;
    },
    'a damage video': async (station) => {
      const fileId = await upload('video');
      await damageAt(station, { videoIds: [fileId] });
      return fileId;
    },
    'a repair invoice': async (station) => {
      const fileId = await upload('document');
      const repair = await s.owner.request('POST', `/api/v1/damage/${await damageAt(station)}/repairs`, {
        repairedOn: '2026-01-05',
        vendor: 'Body shop',
        costCents: 25_000,
        invoiceFileId: fileId,
      });
      must(repair, 201);
      return fileId;
    },
    'a service invoice': async (station) => {
      const fileId = await upload('document');
      const service = await s.owner.request('POST', `/api/v1/vans/${vans[station]}/services`, {
        scheduleId: null,
        serviceDate: '2026-01-05',
        odometerMiles: 1500,
        vendor: 'Quick Lube',
        costCents: 8_000,
        invoiceFileId: fileId,
      });
      must(service, 201);
      return fileId;
    },
    'an inspection photo': async (station) => {
      const body = await inspectionBody(s.owner, { vanId: vans[station] as string });
      must(await s.owner.request('POST', '/api/v1/inspections', body), 201);
      return body.bodyPhotos.front;
    },
    'a scorecard PDF': async (station) => {
      const pdf = await scorecardPdf({ station });
      const body = multipart(scorecardFileName(station, 48, 2026), pdf);
      const res = await s.owner.request(
        'POST',
        `/api/v1/performance/dsp-scorecards?stationId=${s.org.stationIds[station]}`,
        body.payload,
        body.headers,
      );
      const card = await s.owner.request(
        'GET',
        `/api/v1/performance/dsp-scorecards/${must(res, 201).json().id}`,
      );
      return card.json().file.id;
    },
  };

  it.each(Object.keys(keptBy))(
    'lets a station-limited dispatcher read %s of their station only',
    async (kind) => {
      const keep = keptBy[kind] as (station: string) => Promise<string>;
      const mine = await keep('DAU7');
      const theirs = await keep('DAU5');
      const status = async (c: Client, id: string) =>
        (await c.request('GET', `/api/v1/files/${id}`)).statusCode;
      expect(await status(s.dispatcher, mine)).toBe(200);
      expect(await status(s.dispatcher, theirs)).toBe(404);
      expect((await s.dispatcher.request('GET', `/api/v1/files/${theirs}/thumbnail`)).statusCode).toBe(404);
      expect(await status(s.manager, theirs)).toBe(200);
    },
  );

  it('answers 404 for the DA’s document, as for the DA’s document list', async () => {
    const fileId = await upload('document', das.DAU5);
    expect((await s.dispatcher.request('GET', `/api/v1/drivers/${das.DAU5}/documents`)).statusCode).toBe(404);
    expect((await s.dispatcher.request('GET', `/api/v1/files/${fileId}`)).statusCode).toBe(404);
  });

  it('keeps a file nothing holds yet to org-wide staff and its uploader', async () => {
    const owners = await upload('photo');
    const dispatchers = must(await uploadFile(s.dispatcher, 'photo', tinyJpeg(), 'd.jpg'), 201).json().id;
    expect((await s.dispatcher.request('GET', `/api/v1/files/${owners}`)).statusCode).toBe(404);
    expect((await s.dispatcher.request('GET', `/api/v1/files/${dispatchers}`)).statusCode).toBe(200);
    expect((await s.manager.request('GET', `/api/v1/files/${dispatchers}`)).statusCode).toBe(200);
  });

  it('refuses to attach another station’s file to a record of the dispatcher’s station', async () => {
    const theirs = await keptBy['a damage photo']?.('DAU5');
    const res = await s.dispatcher.request('POST', `/api/v1/vans/${vans.DAU7}/damage`, {
      panels: ['hood'],
      occurredAt: new Date().toISOString(),
      description: 'Dent',
      severity: 'minor',
      photoIds: [theirs],
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0].path).toBe('photoIds');
  });
});
