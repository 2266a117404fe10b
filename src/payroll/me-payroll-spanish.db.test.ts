import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import en from '../app/messages/en.json' with { type: 'json' };
import es from '../app/messages/es.json' with { type: 'json' };
import { must } from '../fleet/test-kit.js';
import { givenPayroll, type PayrollScenario, phonePunch } from './testing.js';

// Issue 14 item 12: every word on /me is in the DA's language. A Spanish DA's week on /me/hours reads
// the law's findings, the punches that do not pair, and the pay lines in Spanish; an English DA's stay
// word for word what they were.

const MON = '2026-11-16';
const TUE = '2026-11-17';
const WED = '2026-11-18';

/** The words of the payroll texts' catalogue in a language, ICU syntax and argument names left out. */
const wordsOf = (catalogue: Record<string, string>) =>
  Object.entries(catalogue)
    .filter(([code]) => code.startsWith('payroll.'))
    .flatMap(
      ([, text]) => text.replace(/\{\w+(, (select|plural|selectordinal),)?/g, ' ').match(/[a-z]{4,}/gi) ?? [],
    )
    .map((w) => w.toLowerCase());

/** English words that are not Spanish ones too ("regular"). */
const SPANISH = new Set(wordsOf(es));
const ENGLISH_WORDS = new Set(wordsOf(en).filter((w) => !SPANISH.has(w)));

type Week = {
  days: { problems: string[]; violations: { citation: string; message: string }[] }[];
  premiums: { citation: string; why: string }[];
  pay: { lines: { label: string; arithmetic: string }[] };
};

/** Every server-written text of the week, the law's citation (a name to look up) taken off. */
const textsOf = (week: Week): string[] => [
  ...week.days.flatMap((d) => [
    ...d.problems,
    ...d.violations.map((v) => v.message.replace(`${v.citation}: `, '')),
  ]),
  ...week.premiums.map((p) => p.why.replace(/^[^:]*: /, '')),
  ...week.pay.lines.flatMap((l) => [l.label, l.arithmetic]),
];

describe('my week on the phone, in the DA’s language', () => {
  let s: PayrollScenario;
  const punch = async (kind: string, date: string, hhmm: string) =>
    must(await s.ana.phone.request('POST', '/api/v1/me/punches', phonePunch(kind, date, hhmm)), 201);
  const myWeek = async (): Promise<Week> =>
    must(await s.ana.phone.request('GET', `/api/v1/me/payroll/week?week=${MON}`), 200).json();
  const speak = async (language: 'en' | 'es') =>
    must(await s.ana.phone.request('PUT', '/api/v1/me/driver/language', { language }), 200);

  beforeAll(async () => {
    s = await givenPayroll();
    must(await s.manager.request('PATCH', `/api/v1/drivers/${s.ana.id}`, { hourlyRateCents: 2000 }), 200);
    // Monday: a 10 h day, its meal 5 h 01 min in (late, CA §512), 2 h of overtime, a meal premium.
    await punch('in', MON, '06:00');
    await punch('meal_start', MON, '11:01');
    await punch('meal_end', MON, '11:31');
    await punch('out', MON, '16:30');
    // Tuesday: a 6 h day with no meal (a second meal premium) and one rest of 5 min (one of 10 min owed).
    await punch('in', TUE, '07:00');
    await punch('rest_start', TUE, '09:00');
    await punch('rest_end', TUE, '09:05');
    await punch('out', TUE, '13:00');
    // Wednesday: never punched out; a meal end with no meal start.
    await punch('in', WED, '07:00');
    await punch('meal_end', WED, '08:00');
  });
  afterAll(() => s.close());

  it('says the law’s findings, the punch problems and the pay lines in Spanish', async () => {
    await speak('es');
    const week = await myWeek();
    const texts = textsOf(week);
    expect(texts.length).toBeGreaterThan(8);
    for (const text of texts)
      for (const word of text.match(/[a-z]{4,}/gi) ?? [])
        expect(ENGLISH_WORDS, text).not.toContain(word.toLowerCase());
    const wed = week.days[3]?.problems ?? [];
    expect(wed).toContain(
      'La marca de fin de comida a las 08:00 no se esperaba: se esperaba un fin de comida tras un inicio de comida.',
    );
    expect(wed).toContain('Falta la marca de salida después de las 07:00: el tiempo posterior no se cuenta.');
    expect(week.premiums[0]?.why).toMatch(
      /: la primera comida debe empezar a más tardar en el final de la 5\.ª hora; empezó tras 5 h 01 min de trabajo$/,
    );
    expect(week.pay.lines.map((l) => l.label)).toEqual([
      'Regulares',
      'Horas extra',
      'Prima de comida',
      'Prima de descanso',
    ]);
    expect(week.pay.lines[2]?.arithmetic).toBe('2 h × tarifa regular $20.00/h = $40.00');
  });

  it('keeps the English words for an English DA', async () => {
    await speak('en');
    const week = await myWeek();
    expect(week.days[3]?.problems).toContain(
      'The meal end punch at 08:00 was not expected: a meal end after a meal start was.',
    );
    expect(week.premiums[0]?.why).toMatch(
      /: the first meal must start no later than the end of the 5th hour; it started 5 h 01 min in$/,
    );
    expect(week.pay.lines.map((l) => l.label)).toEqual([
      'Regular',
      'Overtime',
      'Meal premium',
      'Rest premium',
    ]);
    expect(week.pay.lines[2]?.arithmetic).toBe('2 h × regular rate $20.00/h = $40.00');
  });
});
