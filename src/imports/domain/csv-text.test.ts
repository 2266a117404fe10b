import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CSV_OPTIONS } from '../csv-thread.js';
import { CsvRecords, CsvTextError } from './csv-text.js';

/** What csv-parse, with the import's options, reads of `text`: its records, or its error's code and count. */
function csvParse(text: string, maxRecordChars = CSV_OPTIONS.max_record_size) {
  try {
    return { records: parse(text, { ...CSV_OPTIONS, max_record_size: maxRecordChars }) as string[][] };
  } catch (error) {
    const { code, records } = error as { code: string; records: number };
    return { code, records };
  }
}

/** What CsvRecords reads of `text`, `batch` records at a time. */
function fast(text: string, maxRecordChars = CSV_OPTIONS.max_record_size, batch = 1000) {
  const reader = new CsvRecords(text, maxRecordChars);
  const records: string[][] = [];
  try {
    for (let next = reader.next(batch); next.length > 0; next = reader.next(batch)) records.push(...next);
    return { records };
  } catch (error) {
    if (!(error instanceof CsvTextError)) throw error;
    return { code: error.code, records: error.records };
  }
}

describe('CsvRecords', () => {
  it('reads what csv-parse reads, and fails where and as it fails, on any text of CSV’s characters', () => {
    const text = fc
      .array(fc.constantFrom('a', 'b', ' ', ',', '"', '\n', '\r', 'é', '\uFEFF', '😀'), { maxLength: 30 })
      .map((cs) => cs.join(''));
    fc.assert(
      fc.property(text, fc.integer({ min: 1, max: 4 }), (t, batch) => {
        expect(fast(t, CSV_OPTIONS.max_record_size, batch)).toEqual(csvParse(t));
      }),
      { numRuns: 5000 },
    );
  });

  it.each([
    ['code,name\r\nDAU5,"Austin, TX"\r\n', 1000],
    ['a,"say ""hi""",\n\n\r\nb', 1000],
    ['a,b"c\n', 1000],
    ['a,"b"c\n', 1000],
    ['a\n"open\nb,c\nd,e\n', 1000],
    ['a\n"open\nb,c\nd,e\n', 8],
    ['a\nbcdefghijk,l\n', 8],
  ])('reads %j as csv-parse does (records up to %i characters)', (text, max) => {
    expect(fast(text, max)).toEqual(csvParse(text, max));
  });
});
