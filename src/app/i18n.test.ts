import { describe, expect, it } from 'vitest';
import { computePay } from '../payroll/domain/pay.js';
import { say, sayWording } from './i18n.js';

describe('the server’s words to a DA', () => {
  it('says a business date the way each language writes a day, never as the API’s YYYY-MM-DD', () => {
    const said = {
      code: 'timeOff.overlap',
      args: { status: 'pending', first: '2027-01-17', last: '2027-01-19' },
    };
    expect(say('en', said as never)).toBe('A pending request already covers Jan 17, 2027 to Jan 19, 2027.');
    expect(say('es', said as never)).toBe('Una solicitud pendiente ya cubre del 17 ene 2027 al 19 ene 2027.');
  });

  // payroll-and-money.md §5 with California's flat-bonus method (Alvarado) and a meal premium.
  const pay = computePay({
    hourlyCents: 2000,
    minutes: { REG: 2400, OT: 600, DT: 0 },
    premiumHours: { meal: 1, rest: 0 },
    bonuses: [{ kind: 'flat', label: 'Scorecard bonus', cents: 10_000 }],
    flatBonusMethod: 'california',
  });

  it('says every worded pay line in English exactly as the calculator writes it', () => {
    for (const line of pay.lines) {
      if (!line.said) continue;
      expect(sayWording('en', line.said.label, '')).toBe(line.label);
      if (line.said.arithmetic) expect(sayWording('en', line.said.arithmetic, '')).toBe(line.arithmetic);
    }
  });

  it('says the bonus arithmetic in Spanish, the bonus’s own name as given', () => {
    const spanish = pay.lines.map((l) => [
      l.said ? sayWording('es', l.said.label, l.label) : l.label,
      l.said?.arithmetic ? sayWording('es', l.said.arithmetic, l.arithmetic) : l.arithmetic,
    ]);
    expect(spanish).toEqual([
      ['Regulares', '40 h × $20.00/h = $800.00'],
      ['Horas extra', '10 h × $20.00/h × 1.5 = $300.00'],
      ['Scorecard bonus', '$100.00'],
      [
        'Horas extra sobre Scorecard bonus',
        '$100.00 ÷ 40 h sin horas extra = $2.50/h; 10 h × $2.50/h × 1.5 = $37.50',
      ],
      ['Prima de comida', '1 h × tarifa regular $22.50/h ($20.00/h base + $2.50/h Scorecard bonus) = $22.50'],
    ]);
  });
});
