import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  auditEntries,
  type Client,
  type SeededOrg,
  seedOrg,
  signIn,
  startTestApp,
  type TestApp,
  tinyJpeg,
  tinyPdf,
  uploadFile,
} from '../app/testing.js';
import { localDate } from '../shared/dates.js';
import { addDays } from '../shared/days.js';
import { insertStation } from '../tenancy/store.js';
import { addDa, linkLogin } from './testing.js';

describe('DA documents', () => {
  let t: TestApp;
  let acme: SeededOrg;
  let owner: Client;
  let manager: Client;
  let dispatcher: Client;
  let driver: Client;
  let mine = '';
  let someoneElse = '';
  const today = () => localDate('America/Los_Angeles');

  beforeAll(async () => {
    t = await startTestApp();
    acme = await seedOrg(t.db, {
      slug: 'acme',
      stations: ['DAU5', 'DAU7'],
      users: [
        { email: 'owner@acme.test', role: 'owner' },
        { email: 'mgr@acme.test', role: 'manager' },
        { email: 'disp@acme.test', role: 'dispatcher', stations: ['DAU5'] },
        { email: 'da@acme.test', role: 'driver', stations: ['DAU5'] },
      ],
    });
    owner = await signIn(t.app, 'owner@acme.test');
    manager = await signIn(t.app, 'mgr@acme.test');
    dispatcher = await signIn(t.app, 'disp@acme.test');
    driver = await signIn(t.app, 'da@acme.test');
    mine = await addDa(owner, acme.stationIds.DAU5 as string, {
      licenseExpiry: addDays(today(), -3),
      vanTypes: ['cdv', 'step_van'],
      dotMedicalExpiry: addDays(today(), 200),
    });
    await linkLogin(t, acme.orgId, mine, acme.userIds['da@acme.test']);
    someoneElse = await addDa(owner, acme.stationIds.DAU5 as string);
  });
  afterAll(() => t.close());
  afterEach(() => vi.useRealTimers());

  const clearance = async (id: string) =>
    (await owner.request('GET', `/api/v1/drivers/${id}`)).json().clearance;

  it('files a manager’s license scan as approved and puts its expiry on the profile, audited', async () => {
    expect((await clearance(mine)).reasons[0]).toMatch(/^Driver’s license expired on/);
    const file = (await uploadFile(manager, 'document', tinyPdf(), 'license.pdf', mine)).json();
    const expiry = addDays(today(), 400);
    const res = await manager.request('POST', `/api/v1/drivers/${mine}/documents`, {
      type: 'drivers_license',
      fileId: file.id,
      expiry,
    });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({
      type: 'drivers_license',
      status: 'approved',
      expiry,
      bucket: 'later',
      file: { id: file.id, contentType: 'application/pdf' },
    });
    expect(await clearance(mine)).toMatchObject({ cleared: true });
    const audit = await auditEntries(owner);
    expect(audit.find((a) => a.entity === 'driver_document' && a.entityId === res.json().id)?.action).toBe(
      'create',
    );
    expect(audit.find((a) => a.entity === 'driver' && a.entityId === mine)?.changes.license_expiry).toEqual({
      before: addDays(today(), -3),
      after: expiry,
    });
  });

  it('needs an expiry for a license or DOT card, and a file the org knows', async () => {
    const noExpiry = await manager.request('POST', `/api/v1/drivers/${mine}/documents`, {
      type: 'dot_medical_card',
    });
    expect(noExpiry.statusCode).toBe(400);
    expect(noExpiry.json().errors[0].path).toBe('expiry');
    const unknownFile = await manager.request('POST', `/api/v1/drivers/${mine}/documents`, {
      type: 'i9',
      fileId: 'no-such-file',
    });
    expect(unknownFile.statusCode).toBe(400);
    expect(unknownFile.json().errors[0].path).toBe('fileId');
    const paperOnly = await manager.request('POST', `/api/v1/drivers/${mine}/documents`, { type: 'w4' });
    expect(paperOnly.json()).toMatchObject({ status: 'approved', file: null, fileId: null });
  });

  it('takes a renewed card from the DA’s phone (photo or PDF) as pending; only approval changes the profile', async () => {
    const photo = (await uploadFile(driver, 'document', tinyJpeg(), 'card.jpg')).json();
    const medExpiry = addDays(today(), 700);
    const sent = await driver.request('POST', '/api/v1/me/documents', {
      type: 'dot_medical_card',
      fileId: photo.id,
      expiry: medExpiry,
    });
    expect(sent.statusCode).toBe(201);
    expect(sent.json()).toMatchObject({ status: 'pending_review', uploadedBy: expect.any(String) });
    expect(sent.json().file.thumbnailUrl).toMatch(/thumbnail$/);
    // A scan sent as a PDF from the same picker works too.
    const pdf = (await uploadFile(driver, 'document', tinyPdf(), 'license.pdf')).json();
    const pdfSent = await driver.request('POST', '/api/v1/me/documents', {
      type: 'drivers_license',
      fileId: pdf.id,
      expiry: addDays(today(), 900),
    });
    expect(pdfSent.json()).toMatchObject({
      status: 'pending_review',
      file: { contentType: 'application/pdf' },
    });
    const before = (await owner.request('GET', `/api/v1/drivers/${mine}`)).json();
    expect(before.dotMedicalExpiry).toBe(addDays(today(), 200));

    const pending = (await dispatcher.request('GET', '/api/v1/documents/pending')).json().items;
    expect(pending.map((p: { id: string }) => p.id)).toEqual([sent.json().id, pdfSent.json().id]);
    expect(pending[0].driver.id).toBe(mine);

    // A dispatcher reads documents but does not review them.
    expect(
      (await dispatcher.request('POST', `/api/v1/documents/${sent.json().id}/approve`, {})).statusCode,
    ).toBe(403);
    const corrected = addDays(today(), 650);
    const ok = await manager.request('POST', `/api/v1/documents/${sent.json().id}/approve`, {
      expiry: corrected,
    });
    expect(ok.json()).toMatchObject({
      status: 'approved',
      expiry: corrected,
      reviewedBy: expect.any(String),
    });
    expect((await owner.request('GET', `/api/v1/drivers/${mine}`)).json().dotMedicalExpiry).toBe(corrected);
    expect(
      (await manager.request('POST', `/api/v1/documents/${sent.json().id}/approve`, {})).statusCode,
    ).toBe(409);

    const rejected = await manager.request('POST', `/api/v1/documents/${pdfSent.json().id}/reject`, {
      reason: 'Blurry: retake it in daylight.',
    });
    expect(rejected.json()).toMatchObject({
      status: 'rejected',
      reviewNote: 'Blurry: retake it in daylight.',
    });
    const my = (await driver.request('GET', '/api/v1/me/documents')).json();
    expect(my).toMatchObject({ today: today(), dotMedicalExpiry: corrected, needsDotMedical: true });
    expect(my.items.find((d: { id: string }) => d.id === pdfSent.json().id).reviewNote).toBe(
      'Blurry: retake it in daylight.',
    );
  });

  it('refuses from the DA an expired card, another’s file, or any document type but the two cards', async () => {
    const staffFile = (await uploadFile(owner, 'document', tinyPdf(), 'x.pdf', mine)).json();
    const theirs = await driver.request('POST', '/api/v1/me/documents', {
      type: 'drivers_license',
      fileId: staffFile.id,
      expiry: addDays(today(), 100),
    });
    expect(theirs.statusCode).toBe(400);
    expect(theirs.json().errors[0].path).toBe('fileId');
    const own = (await uploadFile(driver, 'document', tinyPdf(), 'y.pdf')).json();
    const expired = await driver.request('POST', '/api/v1/me/documents', {
      type: 'drivers_license',
      fileId: own.id,
      expiry: addDays(today(), -1),
    });
    expect(expired.json().errors[0].path).toBe('expiry');
    const i9 = await driver.request('POST', '/api/v1/me/documents', {
      type: 'i9',
      fileId: own.id,
      expiry: addDays(today(), 100),
    });
    expect(i9.statusCode).toBe(400);
  });

  it('keeps a DA to their own documents: other DAs’ lists, reviews and files are out of reach', async () => {
    const file = (await uploadFile(owner, 'document', tinyPdf(), 'other.pdf', someoneElse)).json();
    const doc = (
      await owner.request('POST', `/api/v1/drivers/${someoneElse}/documents`, {
        type: 'mvr',
        fileId: file.id,
      })
    ).json();
    expect((await driver.request('GET', `/api/v1/drivers/${someoneElse}/documents`)).statusCode).toBe(403);
    expect(
      (await driver.request('POST', `/api/v1/documents/${doc.id}/reject`, { reason: 'x' })).statusCode,
    ).toBe(403);
    expect((await driver.request('GET', `/api/v1/files/${file.id}`)).statusCode).toBe(404);
    expect((await driver.request('GET', '/api/v1/documents/expiring')).statusCode).toBe(403);
    const my = (await driver.request('GET', '/api/v1/me/documents')).json();
    expect(my.items.every((d: { driverId: string }) => d.driverId === mine)).toBe(true);
  });

  it('removes a document filed by mistake, with an audit row', async () => {
    const doc = (
      await manager.request('POST', `/api/v1/drivers/${someoneElse}/documents`, { type: 'other' })
    ).json();
    expect((await manager.request('DELETE', `/api/v1/documents/${doc.id}`)).statusCode).toBe(204);
    const list = (await owner.request('GET', `/api/v1/drivers/${someoneElse}/documents`)).json().items;
    expect(list.some((d: { id: string }) => d.id === doc.id)).toBe(false);
    const audit = await auditEntries(owner);
    expect(audit.find((a) => a.entityId === doc.id)?.action).toBe('delete');
  });

  it('lists what expires within 30/14/7 days from the profile, even with nothing uploaded', async () => {
    const station = acme.stationIds.DAU7 as string;
    const soon = await addDa(owner, station, { lastName: 'Soon', licenseExpiry: addDays(today(), 5) });
    const mid = await addDa(owner, station, { lastName: 'Mid', licenseExpiry: addDays(today(), 12) });
    const late = await addDa(owner, station, { lastName: 'Late', licenseExpiry: addDays(today(), 25) });
    const gone = await addDa(owner, station, { lastName: 'Gone', licenseExpiry: addDays(today(), -1) });
    const newhire = await addDa(owner, station, {
      lastName: 'Newhire',
      licenseExpiry: addDays(today(), 2),
      status: 'applicant',
    });
    const bg = await addDa(owner, station, { lastName: 'Check' });
    await owner.request('POST', `/api/v1/drivers/${bg}/documents`, {
      type: 'background_check',
      expiry: addDays(today(), 20),
    });
    const ids = async (within: number) =>
      (await owner.request('GET', `/api/v1/documents/expiring?within=${within}&stationId=${station}`))
        .json()
        .items.map(
          (i: { driver: { lastName: string }; bucket: string }) => `${i.driver.lastName}:${i.bucket}`,
        );
    expect(await ids(7)).toEqual(['Gone:expired', 'Newhire:within7', 'Soon:within7']);
    expect(await ids(14)).toEqual(['Gone:expired', 'Newhire:within7', 'Soon:within7', 'Mid:within14']);
    expect(await ids(30)).toEqual([
      'Gone:expired',
      'Newhire:within7',
      'Soon:within7',
      'Mid:within14',
      'Check:within30',
      'Late:within30',
    ]);
    expect((await owner.request('GET', '/api/v1/documents/expiring?within=10')).statusCode).toBe(400);
    // A dispatcher of another station sees none of them.
    expect(
      (await dispatcher.request('GET', `/api/v1/documents/expiring?stationId=${station}`)).json().items,
    ).toEqual([]);
    // The DAs list's filter: expired or expiring within 30 days.
    const listed = (await owner.request('GET', `/api/v1/drivers?stationId=${station}&expiring=true`)).json();
    expect(listed.items.map((d: { id: string }) => d.id).sort()).toEqual(
      [soon, mid, late, gone, newhire, bg].sort(),
    );
    const notListed = (
      await owner.request('GET', `/api/v1/drivers?stationId=${station}&expiring=false`)
    ).json();
    expect(notListed.items).toEqual([]);
  });

  it('reads expiry on the station’s own calendar: when UTC is already tomorrow, Los Angeles is still today', async () => {
    const now = new Date();
    // 03:00 UTC tomorrow: still the evening before in Los Angeles, already afternoon at UTC+14.
    const at = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + 1, 3));
    const laToday = localDate('America/Los_Angeles', at);
    expect(laToday < at.toISOString().slice(0, 10)).toBe(true);
    const kiribati = await insertStation(t.db.db, acme.orgId, {
      code: 'KIR1',
      name: 'Line Islands',
      time_zone: 'Pacific/Kiritimati',
      state: 'HI',
    });
    const la = await addDa(owner, acme.stationIds.DAU7 as string, {
      lastName: 'Pacific',
      licenseExpiry: laToday,
    });
    const east = await addDa(owner, kiribati.id, { lastName: 'Kiritimati', licenseExpiry: laToday });
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(at);
    const items = (await owner.request('GET', '/api/v1/documents/expiring?within=7')).json().items;
    const of = (id: string) => items.find((i: { driver: { id: string } }) => i.driver.id === id);
    expect(of(la)).toMatchObject({ bucket: 'within7', daysLeft: 0 });
    expect(of(east)).toMatchObject({ bucket: 'expired', daysLeft: -1 });
    // A document filed now is answered on its DA's calendar too, not UTC's.
    const filed = await manager.request('POST', `/api/v1/drivers/${la}/documents`, {
      type: 'dot_medical_card',
      expiry: laToday,
    });
    expect(filed.json()).toMatchObject({ expiry: laToday, bucket: 'within7' });
    expect(await clearance(la)).toMatchObject({ cleared: true });
    expect(await clearance(east)).toMatchObject({
      cleared: false,
      reasons: [`Driver’s license expired on ${laToday}.`],
    });
  });
});
