import { describe, expect, it } from 'vitest';
import { invoiceOf, totalDue } from './testing.js';
import { checkWstFiles } from './wst-checks.js';
import { weekOfName } from './wst-files.js';
import { kindOfZipEntry } from './wst-zip.js';

describe('WST weekly files (payroll-and-money.md §3, "WST ZIP")', () => {
  it('a file name carries its week: the Sunday of the day it names', () => {
    expect(weekOfName('NDAY Weekly Report-2026-09-12.zip/Weekly Report.csv')).toBe('2026-09-06');
    expect(weekOfName('weekly.csv')).toBeNull();
  });

  it('the ZIP’s files are told by their names; anything else is left out', () => {
    expect(kindOfZipEntry('NDAY/Delivered Packages.csv')).toBe('wst-delivered-packages');
    expect(kindOfZipEntry('Service_Details.xlsx')).toBe('wst-service-details');
    expect(kindOfZipEntry('Training Weekly.csv')).toBe('wst-training');
    expect(kindOfZipEntry('Unplanned Delay.csv')).toBe('wst-unplanned-delay');
    expect(kindOfZipEntry('Training Weekly.pdf')).toBeNull();
    expect(kindOfZipEntry('readme.csv')).toBeNull();
  });

  it('a count no rate prices is reported without an amount', () => {
    const invoice = invoiceOf(totalDue('$0.00'));
    const fact = {
      row: 2,
      date: '2026-09-07',
      weekStart: '2026-09-06',
      label: '',
      quantity: 1,
      eligible: null,
    };
    expect(checkWstFiles(invoice, { 'wst-weekly-report': [fact] }, [], '2026-09-06')).toEqual([
      expect.objectContaining({ kind: 'late-cancel-count', differenceCents: null, expected: null }),
    ]);
  });
});
