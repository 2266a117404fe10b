import fs from 'node:fs/promises';
import { vanDaysCents } from '../money/domain/fleet.js';
import { fixedMonthlyPdf } from '../money/fixed-monthly-pdf-write.js';
import type { DemoFile } from './demo-file.js';

/**
 * A month of the fleet demo handed over as Amazon sends it, the Fixed Monthly invoice's PDF (issue 16
 * item 2), with one line paid a van-day short: its amount is not its vans × the monthly rate ÷ the days
 * in the month, which the line check finds. The CSV written for the month is replaced by the PDF.
 */

const dollarsToCents = (cell: string | number) => Math.round(Number(cell) * 100);

export async function fixedMonthlyAsPdf(
  written: { file: DemoFile; path: string },
  shortDay: string,
): Promise<{ file: DemoFile; path: string }> {
  const days = new Map<
    string,
    { vanClass: string; quantity: number; rateCents: number; amountCents: number }[]
  >();
  for (const [date, description, quantity, rate, amount] of written.file.rows) {
    const lines = days.get(String(date)) ?? [];
    lines.push({
      vanClass: String(description).replace(/\s+Cargo Van$/, ''),
      quantity: Number(quantity),
      rateCents: dollarsToCents(rate ?? 0),
      amountCents: dollarsToCents(amount ?? 0),
    });
    days.set(String(date), lines);
  }
  // The day's biggest line pays one van-day fewer than its vans.
  const short = [...(days.get(shortDay) ?? [])].sort((a, b) => b.quantity - a.quantity)[0];
  if (short) short.amountCents -= vanDaysCents(1, short.rateCents, shortDay);
  const month = shortDay.slice(0, 7);
  const pdf = await fixedMonthlyPdf({
    invoiceNumber: `FM-${written.file.stationCode}-${month.replace('-', '')}`,
    station: written.file.stationCode,
    days: [...days].map(([date, lines]) => ({ date, lines })),
  });
  const target = written.path.replace(/\.csv$/, '.pdf');
  await fs.writeFile(target, pdf);
  await fs.rm(written.path, { force: true });
  return { file: written.file, path: target };
}
