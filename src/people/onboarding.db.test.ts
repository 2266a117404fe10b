import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  auditEntries,
  type Client,
  type SeededOrg,
  seedOrg,
  signIn,
  startTestApp,
  type TestApp,
} from '../app/testing.js';
import { addDa } from './testing.js';

// Issue 3: "Onboarding checklist, configurable per org … Each step: status, who, when, attached document,
// expiry. Progress per applicant on one page."

interface Item {
  step: { id: string; key: string; label: string };
  status: string;
}

describe('onboarding', () => {
  let t: TestApp;
  let acme: SeededOrg;
  let owner: Client;
  let manager: Client;
  let dispatcher: Client;
  let station = '';

  beforeAll(async () => {
    t = await startTestApp();
    acme = await seedOrg(t.db, {
      slug: 'acme',
      stations: ['DAU5'],
      users: [
        { email: 'owner@acme.test', role: 'owner' },
        { email: 'mgr@acme.test', role: 'manager', name: 'Mina Manager' },
        { email: 'disp@acme.test', role: 'dispatcher' },
      ],
    });
    owner = await signIn(t.app, 'owner@acme.test');
    manager = await signIn(t.app, 'mgr@acme.test');
    dispatcher = await signIn(t.app, 'disp@acme.test');
    station = acme.stationIds.DAU5 as string;
  });
  afterAll(() => t.close());

  const checklist = async (id: string) =>
    (await manager.request('GET', `/api/v1/drivers/${id}/onboarding`)).json();
  const stepId = async (key: string) =>
    (await manager.request('GET', '/api/v1/onboarding/steps'))
      .json()
      .items.find((s: { key: string }) => s.key === key).id;

  it('creates the ten default steps on first use, once, with audit rows', async () => {
    const first = await dispatcher.request('GET', '/api/v1/onboarding/steps');
    expect(first.json().items).toHaveLength(10);
    expect(first.json().items[5]).toMatchObject({
      key: 'dot_medical_card',
      appliesTo: 'step_van',
      position: 6,
    });
    const again = await manager.request('GET', '/api/v1/onboarding/steps');
    expect(again.json().items.map((s: { id: string }) => s.id)).toEqual(
      first.json().items.map((s: { id: string }) => s.id),
    );
    const audit = await auditEntries(owner);
    expect(audit.filter((a) => a.entity === 'onboarding_step')).toHaveLength(10);
  });

  it('gives each DA the steps that apply: the DOT card only to step-van drivers', async () => {
    const cdv = await addDa(owner, station, { status: 'applicant' });
    const stepVan = await addDa(owner, station, { status: 'applicant', vanTypes: ['step_van'] });
    expect((await checklist(cdv)).items).toHaveLength(9);
    expect((await checklist(stepVan)).progress).toEqual({ complete: 0, total: 10, failed: 0, ready: false });
    const dot = await stepId('dot_medical_card');
    expect(
      (await manager.request('PUT', `/api/v1/drivers/${cdv}/onboarding/${dot}`, { status: 'done' }))
        .statusCode,
    ).toBe(404);
  });

  it('marks steps with who and when, asks why for failed or waived, and audits each change', async () => {
    const da = await addDa(owner, station, { status: 'onboarding' });
    const bg = await stepId('background_check');
    const done = await manager.request('PUT', `/api/v1/drivers/${da}/onboarding/${bg}`, {
      status: 'done',
      expiry: '2027-05-01',
    });
    expect(done.statusCode).toBe(200);
    const item = done.json().items.find((i: Item) => i.step.id === bg);
    expect(item).toMatchObject({
      status: 'done',
      expiry: '2027-05-01',
      updatedBy: 'Mina Manager <mgr@acme.test>',
    });
    expect(done.json().progress.complete).toBe(1);
    const waived = await manager.request('PUT', `/api/v1/drivers/${da}/onboarding/${bg}`, {
      status: 'waived',
    });
    expect(waived.statusCode).toBe(400);
    expect(waived.json().errors[0].path).toBe('note');
    expect(
      (await dispatcher.request('PUT', `/api/v1/drivers/${da}/onboarding/${bg}`, { status: 'todo' }))
        .statusCode,
    ).toBe(403);
    const audit = await auditEntries(owner);
    expect(audit.find((a) => a.entity === 'onboarding_record')).toMatchObject({ action: 'create' });
  });

  it('attaches only the DA’s own document to a step', async () => {
    const da = await addDa(owner, station, { status: 'onboarding' });
    const another = await addDa(owner, station, { status: 'onboarding' });
    const theirs = (
      await manager.request('POST', `/api/v1/drivers/${another}/documents`, { type: 'mvr' })
    ).json();
    const ours = (await manager.request('POST', `/api/v1/drivers/${da}/documents`, { type: 'mvr' })).json();
    const mvr = await stepId('mvr');
    const wrong = await manager.request('PUT', `/api/v1/drivers/${da}/onboarding/${mvr}`, {
      status: 'done',
      documentId: theirs.id,
    });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().errors[0].path).toBe('documentId');
    const right = await manager.request('PUT', `/api/v1/drivers/${da}/onboarding/${mvr}`, {
      status: 'done',
      documentId: ours.id,
    });
    expect(right.json().items.find((i: Item) => i.step.id === mvr).documentId).toBe(ours.id);
  });

  it('keeps an active DA with a failed step off the road, saying which step', async () => {
    const da = await addDa(owner, station, { status: 'active' });
    const drug = await stepId('drug_test');
    await manager.request('PUT', `/api/v1/drivers/${da}/onboarding/${drug}`, {
      status: 'failed',
      note: 'Positive result',
    });
    const profile = (await manager.request('GET', `/api/v1/drivers/${da}`)).json();
    expect(profile.clearance).toEqual({
      cleared: false,
      reasons: ['Onboarding step failed: Drug test.'],
      causes: [{ code: 'step_failed', value: 'Drug test' }],
      vanTypes: [],
    });
    const list = (await manager.request('GET', `/api/v1/drivers?cleared=false&stationId=${station}`)).json();
    expect(list.items.some((d: { id: string }) => d.id === da)).toBe(true);
  });

  it('refuses to make a new hire active with steps open, unless the checks are on file and the reason says so', async () => {
    const da = await addDa(owner, station, { status: 'onboarding' });
    const refused = await manager.request('POST', `/api/v1/drivers/${da}/status`, { status: 'active' });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().errors[0]).toMatchObject({ path: 'checksOnFile' });
    expect(refused.json().errors[0].message).toMatch(/^Steps still open: Application, Background check, /);
    const noReason = await manager.request('POST', `/api/v1/drivers/${da}/status`, {
      status: 'active',
      checksOnFile: true,
    });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().errors[0].path).toBe('reason');
    const rehired = await manager.request('POST', `/api/v1/drivers/${da}/status`, {
      status: 'active',
      checksOnFile: true,
      reason: 'Rehire: checks from 2025 on file',
    });
    expect(rehired.statusCode).toBe(200);
    expect(rehired.json()).toMatchObject({
      status: 'active',
      statusReason: 'Rehire: checks from 2025 on file',
    });
  });

  it('shows every applicant and onboarding DA with progress on the board, and one can then be made active', async () => {
    const da = await addDa(owner, station, { status: 'onboarding', lastName: 'Ready' });
    const board = (await dispatcher.request('GET', '/api/v1/onboarding')).json();
    const entry = board.items.find((e: { driver: { id: string } }) => e.driver.id === da);
    expect(entry.progress).toEqual({ complete: 0, total: 9, failed: 0, ready: false });
    expect(board.items.every((e: { driver: { status: string } }) => e.driver.status !== 'active')).toBe(true);
    for (const step of board.steps as { id: string; appliesTo: string }[]) {
      if (step.appliesTo === 'step_van') continue;
      await manager.request('PUT', `/api/v1/drivers/${da}/onboarding/${step.id}`, { status: 'done' });
    }
    const after = (await dispatcher.request('GET', '/api/v1/onboarding')).json();
    expect(after.items.find((e: { driver: { id: string } }) => e.driver.id === da).progress.ready).toBe(true);
    const active = await manager.request('POST', `/api/v1/drivers/${da}/status`, { status: 'active' });
    expect(active.json().clearance.cleared).toBe(true);
    const gone = (await dispatcher.request('GET', '/api/v1/onboarding')).json();
    expect(gone.items.some((e: { driver: { id: string } }) => e.driver.id === da)).toBe(false);
  });

  it('lets managers add, rename, reorder and retire steps; retired steps leave the checklists', async () => {
    const added = await manager.request('POST', '/api/v1/onboarding/steps', { label: 'Uniform issued' });
    expect(added.json()).toMatchObject({
      key: 'uniform_issued',
      appliesTo: 'all',
      position: 11,
      active: true,
    });
    const dup = await manager.request('POST', '/api/v1/onboarding/steps', { label: 'uniform issued' });
    expect(dup.statusCode).toBe(409);
    expect((await dispatcher.request('POST', '/api/v1/onboarding/steps', { label: 'X' })).statusCode).toBe(
      403,
    );
    const steps = (await manager.request('GET', '/api/v1/onboarding/steps')).json().items as { id: string }[];
    const reversed = steps.map((s) => s.id).reverse();
    const ordered = await manager.request('PUT', '/api/v1/onboarding/steps/order', { ids: reversed });
    expect(ordered.json().items.map((s: { id: string }) => s.id)).toEqual(reversed);
    expect(
      (await manager.request('PUT', '/api/v1/onboarding/steps/order', { ids: reversed.slice(1) })).statusCode,
    ).toBe(400);
    const renamed = await manager.request('PATCH', `/api/v1/onboarding/steps/${added.json().id}`, {
      label: 'Uniform and badge issued',
      active: false,
    });
    expect(renamed.json()).toMatchObject({ label: 'Uniform and badge issued', active: false });
    const da = await addDa(owner, station, { status: 'applicant' });
    const items = (await checklist(da)).items as Item[];
    expect(items).toHaveLength(9);
    expect(items[0]?.step.key).toBe('amazon_training');
  });
});
