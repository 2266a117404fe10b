import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { payrollCheck } from './payroll.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

describe('stationhand payroll check', () => {
  it('prints the workweek’s hours as decimals, premiums and violations (issue 15, item 11)', () => {
    const input = {
      state: 'CA',
      days: [
        {
          date: '2026-11-16',
          work: [
            ['06:00', '11:00'],
            ['11:30', '19:30'],
          ],
        },
      ],
    };
    const out = payrollCheck(JSON.stringify(input), 'week.json');
    expect(out.exitCode).toBe(0);
    expect(out.stderr).toBe('');
    expect(JSON.parse(out.stdout)).toEqual({
      regular: 8,
      overtime: 4,
      doubleTime: 1,
      mealPremium: 1,
      restPremium: 0,
      violations: [
        {
          date: '2026-11-16',
          rule: 'ca-second-meal',
          citation: 'CA Labor Code §512',
          message:
            'CA Labor Code §512: a second meal of 30 min, starting no later than the end of the 10th hour, is owed in a 13 h workday; none was taken',
        },
      ],
    });
  });

  it('a week in Texas: weekly OT only, in decimals, past midnight on one workday', () => {
    const days = ['2026-11-16', '2026-11-17', '2026-11-18', '2026-11-19', '2026-11-20'].map((date) => ({
      date,
      work: [
        ['18:00', '22:00'],
        ['22:30', '03:15'],
      ],
    }));
    const out = payrollCheck(JSON.stringify({ state: 'tx', days }), 'week.json');
    expect(JSON.parse(out.stdout)).toMatchObject({
      regular: 40,
      overtime: 3.75,
      doubleTime: 0,
      violations: [],
    });
  });

  it('names every bad field with its path, with exit code 2', () => {
    const bad = {
      version: 1,
      notes: 'x',
      state: 'ZZ',
      days: [
        { date: '2026-11-16', work: [['6:00', '11:00']] },
        { date: '2026-11-16', work: [['07:00', '07:00']], note: 'x' },
        { date: '2026-11-23', work: [['07:00', '08:00']] },
      ],
    };
    const out = payrollCheck(JSON.stringify(bad), 'week.json');
    expect(out.exitCode).toBe(2);
    expect(out.stdout).toBe('');
    expect(out.stderr).toBe(
      [
        'week.json is not a valid workweek:',
        '  state: Use the two-letter US state, e.g. TX.',
        '  days[0].work[0][0]: A time is HH:MM, e.g. "06:00".',
        '  days[1].note: Unknown field.',
        '  days[1].work[0]: An interval ends when it starts.',
        '  version: Unknown field.',
        '  notes: Unknown field.',
        '',
      ].join('\n'),
    );
  });

  it('says where days clash across the week, with exit code 2', () => {
    const bad = {
      state: 'CA',
      days: [
        { date: '2026-11-16', work: [['20:00', '07:00']] },
        { date: '2026-11-17', work: [['06:00', '10:00']] },
        { date: '2026-11-16', work: [['12:00', '13:00']] },
        { date: '2026-11-22', work: [['07:00', '08:00']] },
      ],
    };
    expect(payrollCheck(JSON.stringify(bad), 'week.json').stderr).toBe(
      [
        'week.json is not a valid workweek:',
        '  days[0].work: Runs into the work of 2026-11-17.',
        '  days[2].date: Same date as days[0].',
        '  days[3].date: Not in the workweek of days[0] (Sunday 2026-11-15 to Saturday).',
        '',
      ].join('\n'),
    );
  });

  it('says the file is not JSON, with exit code 2', () => {
    const out = payrollCheck('{"state": "CA",', 'week.json');
    expect(out.exitCode).toBe(2);
    expect(out.stderr).toMatch(/^week\.json is not valid JSON: /);
  });
});

describe('stationhand payroll check with rest breaks', () => {
  const day = (rests: string[][]) => ({
    state: 'CA',
    days: [
      {
        date: '2026-11-16',
        work: [
          ['18:00', '22:00'],
          ['22:30', '04:30'],
        ],
        rests,
      },
    ],
  });

  it('judges a day that gives its rests (IWC Wage Order 9, §12), past midnight too', () => {
    const out = JSON.parse(payrollCheck(JSON.stringify(day([['20:00', '20:10']])), 'week.json').stdout);
    expect(out.restPremium).toBe(1);
    expect(out.violations.map((v: { rule: string }) => v.rule)).toEqual(['ca-rest']);
    const rested = day([
      ['20:00', '20:10'],
      ['00:30', '00:40'],
      ['02:30', '02:40'],
    ]);
    expect(JSON.parse(payrollCheck(JSON.stringify(rested), 'week.json').stdout)).toMatchObject({
      restPremium: 0,
      violations: [],
    });
  });

  it('refuses a rest outside the work, with exit code 2', () => {
    const out = payrollCheck(JSON.stringify(day([['22:05', '22:15']])), 'week.json');
    expect(out.exitCode).toBe(2);
    expect(out.stderr).toContain('  days[0].rests[0]: A rest break must lie inside an interval worked.');
  });
});

describe('the stationhand command', () => {
  const run = (file: string) =>
    new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
      execFile(
        process.execPath,
        ['--import', 'tsx', 'src/cli/main.ts', 'payroll', 'check', '--input', file],
        { cwd: ROOT, timeout: 60_000 },
        (error, stdout, stderr) =>
          resolve({ code: error ? (typeof error.code === 'number' ? error.code : -1) : 0, stdout, stderr }),
      );
    });

  // Two processes starting tsx: slow on a busy machine, so a minute rather than the default.
  it('runs payroll check on a file: JSON out and 0, or every bad field and 2', {
    timeout: 60_000,
  }, async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'payroll-check-'));
    const good = path.join(dir, 'good.json');
    const bad = path.join(dir, 'bad.json');
    fs.writeFileSync(
      good,
      JSON.stringify({ state: 'TX', days: [{ date: '2026-11-16', work: [['06:00', '16:00']] }] }),
    );
    fs.writeFileSync(bad, JSON.stringify({ state: 'TX', days: [] }));
    try {
      const ok = await run(good);
      expect(ok.code).toBe(0);
      expect(JSON.parse(ok.stdout)).toMatchObject({ regular: 10, overtime: 0 });
      const wrong = await run(bad);
      expect(wrong.code).toBe(2);
      expect(wrong.stderr).toBe(`${bad} is not a valid workweek:\n  days: Give at least one day.\n`);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
