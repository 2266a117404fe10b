import type { Discrepancy } from '../money/domain/discrepancy.js';
import { formatDollars } from '../money/domain/money.js';
import { type ReconcileFiles, reconcileFiles } from '../money/reconcile.js';
import type { CommandOutput } from './context.js';

const money = (cents: number | null) => (cents === null ? '—' : formatDollars(cents));

/** The discrepancies as a table in dollars, for a person at a terminal. */
function table(discrepancies: Discrepancy[], owed: number): string {
  if (discrepancies.length === 0)
    return `No discrepancies: the invoice adds up and pays every WST route.\nOwed: ${money(owed)}\n`;
  const rows = discrepancies.map((d) => [
    d.date ?? 'week',
    d.kind,
    money(d.expected),
    money(d.invoiced),
    money(d.differenceCents),
    d.description,
  ]);
  const header = ['Date', 'Kind', 'Expected', 'Invoiced', 'Difference', 'Description'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const amounts = new Set([2, 3, 4]);
  const line = (cells: string[]) =>
    cells
      .map((c, i) =>
        i === cells.length - 1 ? c : amounts.has(i) ? c.padStart(widths[i] ?? 0) : c.padEnd(widths[i] ?? 0),
      )
      .join('  ');
  const unpriced = discrepancies.filter((d) => d.differenceCents === null).length;
  return [
    line(header),
    ...rows.map(line),
    '',
    `Owed: ${money(owed)} (${discrepancies.length - unpriced} priced${unpriced ? `, ${unpriced} not priced` : ''})`,
    '',
  ].join('\n');
}

/**
 * `money reconcile --wst FILE --invoice FILE [--incentive FILE] [--json]`: prints the discrepancies and
 * what Amazon owes (cents in JSON, dollars in the table). A file that cannot be read as its kind is a
 * mistake in the input: every bad cell is named by file, row and column, with exit code 2.
 */
export async function moneyReconcile(
  files: ReconcileFiles,
  { json }: { json: boolean },
): Promise<CommandOutput> {
  const result = await reconcileFiles(files);
  if (!result.ok) {
    const where = (e: { row: number; column: string }) =>
      [e.row ? `row ${e.row}` : '', e.column].filter(Boolean).join(', ');
    const stderr = result.errors
      .map((e) => `${e.file}: ${where(e) ? `${where(e)}: ` : ''}${e.message}`)
      .join('\n');
    return {
      exitCode: 2,
      stdout: json ? `${JSON.stringify({ errors: result.errors })}\n` : '',
      stderr: `${stderr}\n`,
    };
  }
  const { discrepancies, owedCents } = result;
  return {
    exitCode: 0,
    stdout: json ? `${JSON.stringify({ discrepancies, owedCents })}\n` : table(discrepancies, owedCents),
    stderr: '',
  };
}
