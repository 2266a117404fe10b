import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '../dispatch/domain/calendar.js';
import { givenStation, must, type StationScenario } from '../dispatch/test-kit.js';

// Issue 14, item 12: "Every word on /me is in the DA's language, including … the server's error
// messages": a Spanish DA's refusals (409), checks (400) and validation (with field labels) read in
// Spanish; other callers of /me… follow their browser's Accept-Language.

const ENGLISH = /\b(the|is|and|request|day|first|invalid|expected|field)\b/i;

describe('the server’s words to a DA, in their language', () => {
  let s: StationScenario;
  let da = '';
  const timeOff = (body: unknown) => s.driver.request('POST', '/api/v1/me/time-off', body);

  beforeAll(async () => {
    s = await givenStation();
    da = await s.addDa({ firstName: 'Lucía', lastName: 'Pérez' });
    await s.linkDriver(da);
    must(await s.driver.request('PUT', '/api/v1/me/driver/language', { language: 'es' }), 200);
  });
  afterAll(() => s.close());

  it('answers a refusal (409) in Spanish: a second request over the same days', async () => {
    const first = addDays(s.today, 20);
    must(await timeOff({ firstDate: first, lastDate: first }), 201);
    const res = await timeOff({ firstDate: first, lastDate: first });
    expect(res.statusCode).toBe(409);
    // The day as US Spanish writes it ("17 ene 2027"), not as the API sends it.
    const day = new Intl.DateTimeFormat('es-US', { dateStyle: 'medium', timeZone: 'UTC' }).format(
      new Date(`${first}T00:00:00Z`),
    );
    expect(res.json()).toMatchObject({
      title: 'Conflicto',
      detail: `Una solicitud pendiente ya cubre del ${day} al ${day}.`,
      errors: [{ path: 'firstDate', message: `Una solicitud pendiente ya cubre del ${day} al ${day}.` }],
    });
  });

  it('answers the checks on its dates (400) in Spanish, field by field', async () => {
    const res = await timeOff({ firstDate: addDays(s.today, 30), lastDate: addDays(s.today, 29) });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({
      title: 'Solicitud incorrecta',
      detail: 'Revisa las fechas.',
      errors: [{ path: 'lastDate', message: 'El último día es anterior al primero.' }],
    });
  });

  it('answers validation in Spanish with the field’s label, and no English word', async () => {
    const res = await timeOff({ firstDate: 'mañana', lastDate: 7 });
    expect(res.statusCode).toBe(400);
    const body = res.json();
    expect(body.detail).toBe('Algunos campos no son válidos.');
    expect(body.errors).toEqual([
      { path: 'firstDate', message: 'Primer día: No tiene el formato esperado.' },
      { path: 'firstDate', message: 'Primer día: Entrada inválida' },
      { path: 'lastDate', message: 'Último día: Entrada inválida: se esperaba texto' },
    ]);
    for (const e of body.errors) expect(e.message).not.toMatch(ENGLISH);
    expect(body.errors.find((e: { path: string }) => e.path === 'firstDate').message).toMatch(
      /^Primer día: /,
    );
  });

  it('answers a body over the size limit (413) in Spanish', async () => {
    const res = await timeOff({ firstDate: s.today, lastDate: s.today, note: 'x'.repeat(1024 * 1024) });
    expect(res.statusCode).toBe(413);
    expect(res.json()).toMatchObject({
      title: 'Contenido demasiado grande',
      detail: 'Lo enviado pesa demasiado.',
    });
  });

  it('still answers staff pages and English DAs in English', async () => {
    must(await s.driver.request('PUT', '/api/v1/me/driver/language', { language: 'en' }), 200);
    const res = await timeOff({ firstDate: 'tomorrow', lastDate: 'tomorrow' });
    expect(res.json().detail).toBe('Some fields are not valid.');
    must(await s.driver.request('PUT', '/api/v1/me/driver/language', { language: 'es' }), 200);
  });

  it('follows Accept-Language for a caller with no DA record', async () => {
    const res = await s.manager.request(
      'POST',
      '/api/v1/me/time-off',
      { firstDate: s.today, lastDate: s.today },
      {
        'accept-language': 'es-US,es;q=0.9,en;q=0.8',
      },
    );
    expect(res.statusCode).toBe(403);
    expect(res.json().detail).toBe('Este usuario no tiene ficha de conductor.');
  });
});
