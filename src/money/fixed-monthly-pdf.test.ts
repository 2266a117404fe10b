import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FileFormatError } from '../imports/file-row.js';
import { scorecardPdf } from '../performance/scorecard-pdf-testing.js';
import { checkFixedMonthlyLines } from './domain/fleet.js';
import { fixedMonthlyPdfRows } from './fixed-monthly-pdf.js';
import { type FixedMonthlySpec, fixedMonthlyPdf } from './fixed-monthly-pdf-write.js';

// Shared payroll-and-money.md §3, "Fixed Monthly fleet PDF": one DSP's rates Rental $2,470, Leased
// $1,700, LMR $2,020 a month; September 2026 has 30 days.
const LMR = 'Branded Last Mile Rental (LMR)';
const day = (date: string, lmrAmount?: number) => ({
  date,
  lines: [
    { vanClass: 'Amazon Owned Branded', quantity: 25, rateCents: 47_500 },
    { vanClass: LMR, quantity: 12, rateCents: 202_000, ...(lmrAmount ? { amountCents: lmrAmount } : {}) },
  ],
});
const SEPTEMBER: FixedMonthlySpec = {
  invoiceNumber: 'FM-DAU5-202609',
  station: 'DAU5',
  // Thirty days of two lines go on overleaf: the reader follows the days across pages.
  days: Array.from({ length: 30 }, (_, i) =>
    day(`2026-09-${String(i + 1).padStart(2, '0')}`, i === 13 ? 82_000 : undefined),
  ),
};

describe('the Fixed Monthly fleet invoice PDF (issue 16 item 2)', () => {
  let dir: string;
  const write = async (name: string, bytes: Buffer) => {
    const file = path.join(dir, name);
    await fs.writeFile(file, bytes);
    return file;
  };
  beforeAll(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'fixed-monthly-'));
  });
  afterAll(() => fs.rm(dir, { recursive: true, force: true }));

  it('reads every day’s lines in Amazon’s layout, across pages, into the import’s rows', async () => {
    const rows = await fixedMonthlyPdfRows(
      await write('sep.pdf', await fixedMonthlyPdf(SEPTEMBER)),
      'sep.pdf',
    );
    expect(rows[0]).toEqual(['Invoice Number', 'Date', 'Description', 'Quantity', 'Rate', 'Amount']);
    expect(rows).toHaveLength(61);
    expect(rows[1]).toEqual([
      'FM-DAU5-202609',
      '2026-09-01',
      'Amazon Owned Branded Cargo Van',
      '25',
      '475.00',
      '395.83',
    ]);
    expect(rows[60]).toEqual(['FM-DAU5-202609', '2026-09-30', `${LMR} Cargo Van`, '12', '2020.00', '808.00']);
    expect(rows[28]).toEqual(['FM-DAU5-202609', '2026-09-14', `${LMR} Cargo Van`, '12', '2020.00', '820.00']);
  });

  it('refuses a PDF that is not in that layout, saying why, and guesses nothing', async () => {
    const scorecard = await write('scorecard.pdf', await scorecardPdf());
    await expect(fixedMonthlyPdfRows(scorecard, 'scorecard.pdf')).rejects.toThrow(FileFormatError);
    await expect(fixedMonthlyPdfRows(scorecard, 'scorecard.pdf')).rejects.toThrow(
      /scorecard\.pdf: It has no “Invoice Number:”, “For services and costs incurred during <Month>”, its Starting day, its Ending day/,
    );
    const octoberDay = { ...SEPTEMBER, days: [...SEPTEMBER.days.slice(0, 2), day('2026-10-01')] };
    await expect(
      fixedMonthlyPdfRows(await write('odd.pdf', await fixedMonthlyPdf(octoberDay)), 'odd.pdf'),
    ).rejects.toThrow(
      'odd.pdf: Page 1: the day “October 1, 2026 (Week 40)” is not within the invoice’s 2026-09-01 to 2026-09-30.',
    );
    const noQuantity = {
      ...SEPTEMBER,
      days: [
        {
          date: '2026-09-01',
          lines: [{ vanClass: 'Rental Van', quantity: Number.NaN, rateCents: 247_000, amountCents: 0 }],
        },
      ],
    };
    await expect(
      fixedMonthlyPdfRows(await write('nan.pdf', await fixedMonthlyPdf(noQuantity)), 'nan.pdf'),
    ).rejects.toThrow(
      'nan.pdf: Page 1: “Rental Van Cargo Van NaN $2,470.00 $0.00” is not a line “<class> Cargo Van <qty> $<monthly rate> $<amount>”.',
    );
    await expect(
      fixedMonthlyPdfRows(await write('junk.pdf', Buffer.from('%PDF-1.7 junk')), 'junk.pdf'),
    ).rejects.toThrow('junk.pdf could not be opened: The PDF is damaged or incomplete.');
  });

  it('each line’s quantity × monthly rate ÷ the days in the month is its amount, within a cent', () => {
    const line = (row: number, quantity: number, rateCents: number, amountCents: number) => ({
      row,
      date: '2026-09-14',
      vanClass: LMR,
      quantity,
      rateCents,
      amountCents,
    });
    expect(
      checkFixedMonthlyLines([
        line(2, 25, 47_500, 39_583), // $395.833…: rounded down
        line(3, 25, 47_500, 39_584), // or up: both within the cent
        line(4, 12, 202_000, 82_000), // 12 × $2,020 ÷ 30 = $808.00, billed $820.00
      ]),
    ).toEqual([
      {
        kind: 'fleet-line',
        date: '2026-09-14',
        description: `${LMR}: 12 × $2,020.00 a month ÷ 30 days is $808.00, the line says $820.00`,
        expected: 80_800,
        invoiced: 82_000,
        differenceCents: -1_200,
        evidence: [{ file: 'fixed-monthly', row: 4 }],
      },
    ]);
  });
});
