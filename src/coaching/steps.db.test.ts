import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Client } from '../app/testing.js';
import { must } from '../fleet/test-kit.js';
import { pdfPages } from '../performance/pdf-text.js';
import { type CoachingScenario, givenCoaching } from './testing.js';

// Coaching issue: "a DA acknowledges or disputes in their own words; a manager upholds or dismisses (a
// dismissed dispute takes the item's safety events out of every count); a written warning is signed with
// the DA's typed full name; recognition for a Fantastic week".

const FD = 'suggested-following-distance';

describe('a coaching item’s steps', () => {
  let s: CoachingScenario;
  beforeAll(async () => {
    s = await givenCoaching();
  });
  afterAll(() => s.close());

  /** A DA with a login, told of an item of the Following Distance rule for 3 events in March 2025. */
  async function coached(over: Record<string, unknown> = {}) {
    const da = await s.addDa(over);
    const phone = await s.loginAs(da);
    await s.shift(da, '2025-03-06');
    await s.events(da, ['2025-03-03', '2025-03-04', '2025-03-05']);
    await s.run('2025-03-06');
    const item = (await s.items(da)).find((i) => i.rule_id === FD);
    if (!item) throw new Error('no item opened');
    return { da, phone, id: item.id };
  }

  const eventStatuses = async (id: string) => {
    const detail = must(await s.manager.request('GET', `/api/v1/coaching/items/${id}`), 200).json();
    return detail.cause.events.map((e: { status: string }) => e.status);
  };

  it('dispute in the DA’s words, dismissed by a manager: its events are dismissed and count no more', async () => {
    const { da, phone, id } = await coached();
    await s.week('2025-03-02', [[da]]);
    const before = must(await s.manager.request('GET', `/api/v1/coaching/items/${id}`), 200).json();
    expect(before.effect).toMatchObject({ measure: 'events:Following Distance', direction: 'lower' });
    expect(before.effect.before.at(-1)).toEqual({ week: '2025-03-02', value: 3 });

    const disputed = await phone.request('POST', `/api/v1/me/coaching/${id}/dispute`, {
      text: '  A car cut in front of me every time.  ',
    });
    expect(must(disputed, 200).json()).toMatchObject({
      status: 'disputed',
      disputeText: 'A car cut in front of me every time.',
      canDispute: false,
      canAcknowledge: false,
    });
    expect(await eventStatuses(id)).toEqual(['disputed', 'disputed', 'disputed']);

    const resolved = await s.manager.request('POST', `/api/v1/coaching/items/${id}/resolve`, {
      resolution: 'dismissed',
      note: 'The video shows a cut-in.',
    });
    const detail = must(resolved, 200).json();
    expect(detail).toMatchObject({
      status: 'dismissed',
      resolution: 'dismissed',
      resolutionNote: 'The video shows a cut-in.',
      resolvedBy: expect.any(String),
    });
    expect(detail.steps.map((st: { what: string; note: string | null }) => [st.what, st.note])).toEqual([
      ['Opened by "Following distance: 3 events in 7 days": step 1, message', null],
      ['Disputed by the DA', 'A car cut in front of me every time.'],
      ['Dispute resolved: dismissed', 'The video shows a cut-in.'],
    ]);
    expect(detail.cause.events.map((e: { status: string }) => e.status)).toEqual([
      'dismissed',
      'dismissed',
      'dismissed',
    ]);
    // The effect counts leave them out…
    expect(detail.effect.before.at(-1)).toEqual({ week: '2025-03-02', value: 0 });
    // … the DA sees the outcome…
    const mine = must(await phone.request('GET', '/api/v1/me/coaching'), 200).json();
    expect(mine.items[0]).toMatchObject({
      status: 'dismissed',
      resolution: 'dismissed',
      resolutionNote: 'The video shows a cut-in.',
    });
    // … and a rule that needs them does not fire on them again, not even a new one.
    const rule = await s.owner.request('POST', '/api/v1/coaching/rules', {
      name: 'Following distance: 2 events in 7 days',
      active: true,
      trigger: { type: 'events', eventType: 'Following Distance', count: 2, days: 7 },
      ladder: ['message'],
      escalationDays: 30,
    });
    const ruleId = must(rule, 200).json().id;
    await s.run('2025-03-06');
    const eventItems = async () => (await s.items(da)).filter((i) => i.rule_id !== 'suggested-fantastic');
    expect((await eventItems()).map((i) => i.rule_id)).toEqual([FD]);

    // The dismissed item does not count toward the ladder: the next time is the 1st step again.
    await s.events(da, ['2025-03-10', '2025-03-11', '2025-03-12']);
    await s.week('2025-03-09', [[da]]);
    await s.run('2025-03-13');
    const next = (await eventItems()).filter((i) => i.cause_date >= '2025-03-10');
    // The new rule (2 in 7 days) takes all three of its window in one item, as the suggested one does.
    expect(next.map((i) => [i.rule_id, i.cause_date, i.step, i.action]).sort()).toEqual(
      [
        [ruleId, '2025-03-12', 1, 'message'],
        [FD, '2025-03-12', 1, 'message'],
      ].sort(),
    );
    // "Did it work?" at the station leaves the dismissed item and its events out.
    const effect = must(
      await s.manager.request('GET', `/api/v1/coaching/effect?stationId=${s.stationId}&weeks=2`),
      200,
    ).json();
    const fd = effect.rules.find((r: { ruleId: string }) => r.ruleId === FD);
    expect(fd).toMatchObject({ items: 1 });
    const item = next.find((i) => i.rule_id === FD);
    const nextDetail = must(await s.manager.request('GET', `/api/v1/coaching/items/${item?.id}`), 200).json();
    expect(nextDetail.effect.before.slice(-2)).toEqual([
      { week: '2025-03-02', value: 0 },
      { week: '2025-03-09', value: 3 },
    ]);
    expect(nextDetail.effect.beforeMean).toBe(1.5);
    // The extra rule goes off again for the other tests.
    must(
      await s.owner.request('PUT', `/api/v1/coaching/rules/${ruleId}`, {
        name: 'Following distance: 2 events in 7 days',
        active: false,
        trigger: { type: 'events', eventType: 'Following Distance', count: 2, days: 7 },
        ladder: ['message'],
        escalationDays: 30,
      }),
      200,
    );
  });

  it('upheld: the events are upheld and the DA acknowledges the item then', async () => {
    const { phone, id } = await coached();
    must(await phone.request('POST', `/api/v1/me/coaching/${id}/dispute`, { text: 'Not me driving.' }), 200);
    const upheld = must(
      await s.manager.request('POST', `/api/v1/coaching/items/${id}/resolve`, {
        resolution: 'upheld',
        note: 'The video shows you.',
      }),
      200,
    ).json();
    expect(upheld).toMatchObject({ status: 'upheld', resolution: 'upheld' });
    expect(upheld.cause.events.map((e: { status: string }) => e.status)).toEqual([
      'upheld',
      'upheld',
      'upheld',
    ]);
    const mine = must(await phone.request('GET', '/api/v1/me/coaching'), 200)
      .json()
      .items.find((i: { id: string }) => i.id === id);
    expect(mine).toMatchObject({ status: 'upheld', canAcknowledge: true, canDispute: false });
    const acked = must(await phone.request('POST', `/api/v1/me/coaching/${id}/acknowledge`, {}), 200).json();
    expect(acked).toMatchObject({ status: 'acknowledged', acknowledgedAt: expect.any(String) });
    // Resolved once: resolving again, or disputing an acknowledged item, is a conflict.
    const again = await s.manager.request('POST', `/api/v1/coaching/items/${id}/resolve`, {
      resolution: 'dismissed',
      note: 'Changed my mind.',
    });
    expect(again.statusCode).toBe(409);
    expect(again.json().detail).toBe('Only a disputed item is resolved; this one is acknowledged.');
    const dispute = await phone.request('POST', `/api/v1/me/coaching/${id}/dispute`, { text: 'Again.' });
    expect(dispute.statusCode).toBe(409);
  });

  it('asks for the DA’s own words: a dispute needs text, a resolution a note', async () => {
    const { phone, id } = await coached();
    expect((await phone.request('POST', `/api/v1/me/coaching/${id}/dispute`, { text: ' ' })).statusCode).toBe(
      400,
    );
    expect(
      (await s.manager.request('POST', `/api/v1/coaching/items/${id}/resolve`, { resolution: 'dismissed' }))
        .statusCode,
    ).toBe(400);
  });

  it('signs a written warning with the DA’s typed full name only; its PDF is a PDF', async () => {
    const da = await s.addDa({ firstName: 'María José', lastName: 'López', language: 'es' });
    const phone = await s.loginAs(da);
    for (const [days, run] of [
      [['2025-03-03', '2025-03-04', '2025-03-05'], '2025-03-06'],
      [['2025-03-10', '2025-03-11', '2025-03-12'], '2025-03-13'],
      [['2025-03-17', '2025-03-18', '2025-03-19'], '2025-03-20'],
    ] as const) {
      await s.events(da, [...days]);
      await s.shift(da, run);
      await s.run(run);
    }
    const warning = (await s.items(da)).find((i) => i.action === 'written_warning');
    if (!warning) throw new Error('no written warning');
    must(await s.manager.request('POST', `/api/v1/coaching/items/${warning.id}/send`, {}), 200);
    const mine = must(await phone.request('GET', '/api/v1/me/coaching'), 200).json();
    expect(mine.items.find((i: { id: string }) => i.id === warning.id)).toMatchObject({
      title: 'Advertencia por escrito',
      needsSignature: true,
      fullName: 'María José López',
      warningPdf: `/api/v1/me/coaching/${warning.id}/warning.pdf`,
    });

    const url = `/api/v1/me/coaching/${warning.id}/acknowledge`;
    const unsigned = await phone.request('POST', url, {});
    expect(unsigned.statusCode).toBe(409);
    // Issue 14, item 12: the refusal is in the DA's language too.
    expect(unsigned.json().detail).toBe('Una advertencia por escrito se firma: escribe tu nombre completo.');
    const wrong = await phone.request('POST', url, { signature: 'Maria Lopez' });
    expect(wrong.statusCode).toBe(409);
    expect(wrong.headers['content-type']).toMatch(/problem\+json/);
    expect(wrong.json().detail).toBe('Escribe tu nombre completo como lo tenemos: María José López.');
    const signed = await phone.request('POST', url, { signature: '  maría josé   LÓPEZ ' });
    expect(must(signed, 200).json()).toMatchObject({ status: 'acknowledged' });
    const detail = must(await s.manager.request('GET', `/api/v1/coaching/items/${warning.id}`), 200).json();
    expect(detail).toMatchObject({ signature: 'maría josé   LÓPEZ', step: 3 });

    for (const [c, path] of [
      [phone, `/api/v1/me/coaching/${warning.id}/warning.pdf`],
      [s.manager, `/api/v1/coaching/items/${warning.id}/warning.pdf`],
    ] as [Client, string][]) {
      const pdf = await c.request('GET', path);
      expect(pdf.statusCode).toBe(200);
      expect(pdf.headers['content-type']).toMatch(/^application\/pdf/);
      expect(pdf.rawPayload.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      // In the DA's language, with the evidence, the ladder step and the signature.
      const text = (await pdfPages(pdf.rawPayload)).flatMap((p) => p.pieces.map((x) => x.text)).join(' ');
      expect(text).toContain('acme DSP — Advertencia por escrito');
      expect(text).toContain('María José López (ACOACH');
      expect(text).toContain('Paso 3 del proceso de coaching');
      expect(text).toContain('3 eventos de "Distancia de seguimiento" (03/17–03/19)');
      expect(text).toContain('Firmado electrónicamente por maría josé   LÓPEZ el');
    }
    // Only a written warning has a PDF.
    const first = (await s.items(da)).find((i) => i.action === 'message');
    expect(
      (await s.manager.request('GET', `/api/v1/coaching/items/${first?.id}/warning.pdf`)).statusCode,
    ).toBe(404);
  });

  it('records a 1:1 as held once; a message is not a meeting', async () => {
    const da = await s.addDa();
    await s.events(da, ['2025-03-03', '2025-03-04', '2025-03-05']);
    await s.run('2025-03-06');
    await s.events(da, ['2025-03-10', '2025-03-11', '2025-03-12']);
    await s.run('2025-03-13');
    const [message, oneOnOne] = (await s.items(da)).filter((i) => i.rule_id === FD);
    expect(oneOnOne?.action).toBe('one_on_one');
    const held = await s.manager.request('POST', `/api/v1/coaching/items/${oneOnOne?.id}/held`, {
      note: 'Talked through following distance.',
    });
    expect(must(held, 200).json()).toMatchObject({
      heldAt: expect.any(String),
      heldNote: 'Talked through following distance.',
      status: 'open',
    });
    expect(
      (await s.manager.request('POST', `/api/v1/coaching/items/${oneOnOne?.id}/held`, {})).statusCode,
    ).toBe(409);
    expect(
      (await s.manager.request('POST', `/api/v1/coaching/items/${message?.id}/held`, {})).statusCode,
    ).toBe(409);
  });

  it('recognises a Fantastic week, in the DA’s language; recognition is acknowledged, never disputed', async () => {
    const da = await s.addDa({ firstName: 'Lucía', language: 'es' });
    const phone = await s.loginAs(da);
    await s.shift(da, '2025-03-17');
    await s.week('2025-03-09', [[da, { 'Overall Standing': 'Fantastic Plus' }]]);
    await s.run('2025-03-17');
    const [item] = (await s.items(da)).filter((i) => i.rule_id === 'suggested-fantastic');
    expect(item).toMatchObject({ action: 'recognition', step: 1, week_start: '2025-03-09' });
    expect((await s.messages(da)).map((m) => m.body)).toEqual([
      '¡Buen trabajo, Lucía! Tuviste una semana Fantastic Plus. Gracias de parte de acme DSP.',
    ]);
    const mine = must(await phone.request('GET', '/api/v1/me/coaching'), 200).json();
    expect(mine.language).toBe('es');
    expect(mine.items[0]).toMatchObject({
      title: 'Reconocimiento',
      cause: 'una semana Fantastic Plus',
      canDispute: false,
      canAcknowledge: true,
    });
    const dispute = await phone.request('POST', `/api/v1/me/coaching/${item?.id}/dispute`, {
      text: 'No lo merezco.',
    });
    expect(dispute.statusCode).toBe(409);
    expect(dispute.json().detail).toBe('Un reconocimiento no se disputa.');
    expect(
      must(await phone.request('POST', `/api/v1/me/coaching/${item?.id}/acknowledge`, {}), 200).json(),
    ).toMatchObject({ status: 'acknowledged' });
  });
});
