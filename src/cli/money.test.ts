import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { moneyReconcile } from './money.js';

/**
 * Item 11: `stationhand money reconcile --wst SERVICE_DETAILS.csv --invoice VARIABLE.csv [--json]` on the
 * fixture week in src/money/fixtures, whose files plant a route paid short, a 10-hour route paid as an
 * 8-hour block, a dropped route, a line whose amount is not quantity × rate, a section whose lines do not
 * sum, a wrong Total Due, a row Amazon excluded and units that are not comparable.
 */

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const FIXTURES = path.join(ROOT, 'src/money/fixtures');
const WST = path.join(FIXTURES, 'service-details.csv');
const INVOICE = path.join(FIXTURES, 'variable-invoice.csv');

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'money-'));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const csvFile = (name: string, ...lines: string[]) => {
  const file = path.join(dir, name);
  fs.writeFileSync(file, `${lines.join('\r\n')}\r\n`);
  return file;
};

const RIVIAN = 'Standard Parcel Electric - Rivian MEDIUM';

describe('money reconcile', () => {
  it('--json: every planted discrepancy in cents with its evidence, and what Amazon owes', async () => {
    const out = await moneyReconcile({ wst: WST, invoice: INVOICE }, { json: true });
    expect(out.exitCode).toBe(0);
    expect(out.stderr).toBe('');
    const printed = JSON.parse(out.stdout);
    expect(printed.discrepancies.map(({ evidence: _, ...d }: Record<string, unknown>) => d)).toEqual([
      {
        kind: 'route-paid-short',
        date: '2026-09-07',
        description: `${RIVIAN} - Block of 10 Hours: 2 routes in WST, 1 block paid`,
        expected: 32500,
        invoiced: 0,
        differenceCents: 32500,
      },
      {
        kind: 'block-length',
        date: '2026-09-07',
        description: 'Nursery Route Level 2: 1 route planned 10 h in WST paid as Block of 8 Hours',
        expected: 32500,
        invoiced: 26000,
        differenceCents: 6500,
      },
      {
        kind: 'route-missing',
        date: '2026-09-08',
        description:
          'Standard Parcel - Custom Delivery Van 12ft - Block of 10 Hours: 1 route in WST, 0 blocks paid',
        expected: 32500,
        invoiced: 0,
        differenceCents: 32500,
      },
      {
        kind: 'not-comparable',
        date: '2026-09-09',
        description: `${RIVIAN}: 1 route planned 9 h 30 min in WST, no whole block to compare with the invoice's blocks`,
        expected: null,
        invoiced: null,
        differenceCents: null,
      },
      {
        kind: 'section-total',
        date: null,
        description: 'Routes: its lines add up to $2,210.00, its total says $2,145.00',
        expected: 221000,
        invoiced: 214500,
        differenceCents: 6500,
      },
      {
        kind: 'line-amount',
        date: null,
        description: 'Per piece payment - deliveries: 400 × $0.06 is not $23.40',
        expected: 2400,
        invoiced: 2340,
        differenceCents: 60,
      },
      {
        kind: 'not-comparable',
        date: null,
        description:
          "WST Service Details: 420 shipments delivered; the invoice pays 400 per-piece deliveries, counted as payment-eligible packages (WST's Delivered Packages file)",
        expected: null,
        invoiced: null,
        differenceCents: null,
      },
      {
        kind: 'total-due',
        date: null,
        description: 'Total Due is $2,400.00, the sections add up to $2,427.77',
        expected: 242777,
        invoiced: 240000,
        differenceCents: 2777,
      },
    ]);
    // The dropped CDV route's evidence: its WST row and no invoice line; CX9 (Excluded? Y, row 10) is owed nothing.
    expect(printed.discrepancies[2].evidence).toEqual([{ file: 'wst', row: 8 }]);
    expect(JSON.stringify(printed)).not.toContain('"row":10}');
    expect(printed.owedCents).toBe(32500 + 6500 + 32500 + 6500 + 60 + 2777);
  });

  it('without --json: a table in dollars and the amount owed', async () => {
    const out = await moneyReconcile({ wst: WST, invoice: INVOICE }, { json: false });
    expect(out.exitCode).toBe(0);
    const lines = out.stdout.split('\n');
    expect(lines[0]).toMatch(/^Date\s+Kind\s+Expected\s+Invoiced\s+Difference\s+Description$/);
    expect(lines[1]).toMatch(
      /^2026-09-07\s+route-paid-short\s+\$325\.00\s+\$0\.00\s+\$325\.00\s+Standard Parcel/,
    );
    expect(lines).toContain('Owed: $808.37 (6 priced, 2 not priced)');
  });

  it('files that agree: nothing to say, nothing owed', async () => {
    const wst = csvFile(
      'sd.csv',
      'Date,Route,Service Type,Planned Duration,Excluded?',
      `2026-09-06,CX1,${RIVIAN},10:00,N`,
      `2026-09-06,CX2,${RIVIAN},PT10H,`,
    );
    const invoice = csvFile(
      'inv.csv',
      'Date,Description,Quantity,Rate,Amount',
      `2026-09-06,${RIVIAN} - Block of 10 Hours,2,$325.00,$650.00`,
      ',Total Due,,,$650.00',
    );
    const out = await moneyReconcile({ wst, invoice }, { json: true });
    expect(JSON.parse(out.stdout)).toEqual({ discrepancies: [], owedCents: 0 });
    const text = await moneyReconcile({ wst, invoice }, { json: false });
    expect(text.stdout).toBe(
      'No discrepancies: the invoice adds up and pays every WST route.\nOwed: $0.00\n',
    );
  });

  it('--incentive: the Incentive invoice on its own and against the Variable one', async () => {
    const incentive = csvFile(
      'incentive.csv',
      'Date,Description,Quantity,Rate,Amount',
      ',Delivery Excellence Incentive (Fantastic Plus),380,$0.07,$26.60',
      ',Pickup Excellence Incentive,3,$0.05,$0.15',
      ',Total Due,,,$26.75',
    );
    const out = await moneyReconcile({ wst: WST, invoice: INVOICE, incentive }, { json: true });
    const printed = JSON.parse(out.stdout);
    const incentives = printed.discrepancies.filter((d: { kind: string }) => d.kind.startsWith('incentive'));
    expect(incentives).toEqual([
      {
        kind: 'incentive-packages',
        date: null,
        description: 'Incentive pays 380 delivered packages, the Variable invoice 400',
        expected: 6000,
        invoiced: 5700,
        differenceCents: 300,
        evidence: [
          { file: 'incentive', row: 2 },
          { file: 'invoice', row: 15 },
        ],
      },
      expect.objectContaining({
        kind: 'incentive-rate',
        expected: 5700,
        invoiced: 2660,
        differenceCents: 3040,
        evidence: [{ file: 'incentive', row: 2 }],
      }),
    ]);
    expect(printed.owedCents).toBe(80837 + 300 + 3040);
  });

  it('reads Service Details saved as an Excel workbook, dates and times as cells of their own', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Service Details');
    sheet.addRow(['Date', 'Route', 'Service Type', 'Planned Duration', 'Excluded?']);
    for (const route of ['CX1', 'CX2']) {
      const row = sheet.addRow([
        new Date(Date.UTC(2026, 8, 6)),
        route,
        RIVIAN,
        new Date(Date.UTC(1899, 11, 30, 10)),
        'N',
      ]);
      row.getCell(1).numFmt = 'm/d/yyyy';
      row.getCell(4).numFmt = 'h:mm';
    }
    const wst = path.join(dir, 'service-details.xlsx');
    await workbook.xlsx.writeFile(wst);
    const invoice = csvFile(
      'one-day.csv',
      'Date,Description,Quantity,Rate,Amount',
      `2026-09-06,${RIVIAN} - Block of 10 Hours,1,$325.00,$325.00`,
      ',Total Due,,,$325.00',
    );
    const out = await moneyReconcile({ wst, invoice }, { json: true });
    expect(out.stderr).toBe('');
    expect(JSON.parse(out.stdout)).toEqual({
      discrepancies: [
        expect.objectContaining({ kind: 'route-paid-short', date: '2026-09-06', differenceCents: 32500 }),
      ],
      owedCents: 32500,
    });
  });

  it('bad files: every bad cell named by file, row and column, exit code 2', async () => {
    const wst = csvFile(
      'bad-sd.csv',
      'Date,Route,Service Type,Planned Duration,Excluded?',
      `2026-09-06,CX1,${RIVIAN},ten,N`,
      `2026-09-31,CX2,${RIVIAN},10:00,N`,
    );
    const invoice = csvFile(
      'bad-inv.csv',
      'Date,Description,Quantity,Rate,Amount',
      `2026-09-06,${RIVIAN} - Block of 10 Hours,2,$325.00,$650.00`,
    );
    const out = await moneyReconcile({ wst, invoice }, { json: false });
    expect(out).toEqual({
      exitCode: 2,
      stdout: '',
      stderr: [
        `${wst}: row 2, Planned Duration: A planned duration such as 10:00 or PT10H.`,
        `${wst}: row 3, Date: A date such as 2026-09-06, 9/6/2026 or Sep 06, 2026.`,
        `${invoice}: row 2, Description: The last line must be Total Due.`,
        '',
      ].join('\n'),
    });
    const nowhere = await moneyReconcile(
      { wst: WST, invoice: path.join(dir, 'nowhere.csv') },
      { json: false },
    );
    expect(nowhere.stderr).toBe(`${path.join(dir, 'nowhere.csv')}: Cannot read the file (ENOENT).\n`);
    const json = await moneyReconcile({ wst, invoice: path.join(dir, 'nowhere.csv') }, { json: true });
    expect(json.exitCode).toBe(2);
    expect(JSON.parse(json.stdout).errors.at(-1)).toEqual({
      file: path.join(dir, 'nowhere.csv'),
      row: 0,
      column: '',
      message: 'Cannot read the file (ENOENT).',
    });
  });
});

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

const cli = (...args: string[]): Promise<Run> =>
  new Promise((resolve) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', 'src/cli/main.ts', ...args],
      { cwd: ROOT, timeout: 60_000 },
      (error, stdout, stderr) => {
        resolve({ code: error ? (typeof error.code === 'number' ? error.code : -1) : 0, stdout, stderr });
      },
    );
  });

// A real child process loads the whole command (~10 s on a busy 2-core machine): two runs only.
describe('stationhand money reconcile, as a command', { timeout: 90_000 }, () => {
  it('prints the JSON, needing no database', async () => {
    const run = await cli('money', 'reconcile', '--wst', WST, '--invoice', INVOICE, '--json');
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).owedCents).toBe(80837);
  });

  it('exits 2 on a bad file', async () => {
    const bad = csvFile('short.csv', 'Date,Description,Amount', ',Total Due,$0');
    const run = await cli('money', 'reconcile', '--wst', WST, '--invoice', bad);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`${bad}: row 1, Quantity: No column for “Quantity”.`);
  });
});
