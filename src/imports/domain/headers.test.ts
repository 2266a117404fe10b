import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stationsImport } from '../../tenancy/stations-import.js';
import { cellsOf, columnIndexes, headerTextErrors, normalizeHeader, resolveMapping } from './headers.js';
import type { ImportField } from './kind.js';

const fields: ImportField[] = [
  { name: 'code', label: 'Station code', required: true, aliases: ['ds code', 'delivery station'] },
  { name: 'name', label: 'Name', required: true },
  { name: 'phone', label: 'Phone number', required: false },
];

describe('normalizeHeader', () => {
  it.each([
    [' Station Code ', 'stationcode'],
    ['STATION_CODE', 'stationcode'],
    ['station-code', 'stationcode'],
    ['U.S. State', 'usstate'],
    ['TZ', 'tz'],
    ['Time zone (IANA)', 'timezoneiana'],
    ['Código', 'codigo'],
    ['Ｓｔａｔｉｏｎ　Ｃｏｄｅ', 'stationcode'], // full-width letters and space, as some Excel exports write them
    ['\uFEFFcode', 'code'],
    ['', ''],
    ['*** ---', ''],
  ])('%j → %j', (header, normal) => {
    expect(normalizeHeader(header)).toBe(normal);
  });

  it('is idempotent for any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (s) => {
        const once = normalizeHeader(s);
        expect(normalizeHeader(once)).toBe(once);
        expect(once).toMatch(/^[a-z0-9]*$/);
      }),
    );
  });

  it('ignores case, spaces and punctuation put anywhere in an ASCII header', () => {
    const word = fc.string({
      unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz0123456789'),
      minLength: 1,
    });
    const noise = fc.string({ unit: fc.constantFrom(' ', '.', '-', '_', '/', '(', ')', '#', '\t', ':') });
    fc.assert(
      fc.property(fc.array(fc.tuple(word, noise, fc.boolean()), { minLength: 1, maxLength: 5 }), (parts) => {
        const plain = parts.map(([w]) => w).join('');
        const messy = parts.map(([w, n, upper]) => (upper ? w.toUpperCase() : w) + n).join('');
        expect(normalizeHeader(messy)).toBe(normalizeHeader(plain));
      }),
    );
  });
});

describe('resolveMapping', () => {
  it("matches headers by the field's name, label or alias, ignoring case and punctuation", () => {
    expect(resolveMapping(fields, ['DS Code', ' NAME ', 'Phone-Number'])).toEqual({
      code: 'DS Code',
      name: ' NAME ',
      phone: 'Phone-Number',
    });
    expect(resolveMapping(fields, ['station code', 'name'])).toMatchObject({ code: 'station code' });
    expect(resolveMapping(fields, ['Code', 'name'])).toMatchObject({ code: 'Code' });
  });

  it('maps a field with no matching column to null', () => {
    expect(resolveMapping(fields, ['Code', 'Something else'])).toEqual({
      code: 'Code',
      name: null,
      phone: null,
    });
    expect(resolveMapping(fields, [])).toEqual({ code: null, name: null, phone: null });
  });

  it("uses the user's mapping when its header is in the file, even over a header matching by name", () => {
    const headers = ['Code', 'Site', 'Old code'];
    expect(resolveMapping(fields, headers, { code: 'Old code', name: 'Site' })).toEqual({
      code: 'Old code',
      name: 'Site',
      phone: null,
    });
  });

  it("falls back to matching by name when the user's header is not in the file", () => {
    expect(resolveMapping(fields, ['Code', 'Name'], { code: 'Old code', name: 'Site' })).toEqual({
      code: 'Code',
      name: 'Name',
      phone: null,
    });
  });

  it('takes a field with a column letter from that place when no header names it, unless another field took it', () => {
    // Capacity & Reliability: A date, F completed; the report's headings vary.
    const placed = [
      { name: 'date', label: 'Date', required: true, column: 'A' },
      { name: 'completed', label: 'Completed', required: true, column: 'F' },
      { name: 'dropped', label: 'DSP Dropped', required: true, column: 'L' },
    ];
    const headers = ['Day', 'B', 'C', 'D', 'E', 'Done', 'G', 'H', 'I', 'J', 'K', 'Date'];
    expect(resolveMapping(placed, headers)).toEqual({ date: 'Date', completed: 'Done', dropped: null });
  });

  it('ignores mapping entries for fields the kind does not have', () => {
    expect(resolveMapping(fields, ['Code', 'Name'], { colour: 'Code' })).toEqual({
      code: 'Code',
      name: 'Name',
      phone: null,
    });
  });

  it('takes the first of two headers that normalize alike, and never matches an empty header', () => {
    expect(resolveMapping(fields, ['', 'code', 'CODE', 'Name'])).toEqual({
      code: 'code',
      name: 'Name',
      phone: null,
    });
  });

  it('knows the station headers real files use ("Station Code ", "TZ", "U.S. State", "Station Name")', () => {
    expect(
      resolveMapping(stationsImport.fields, ['Station Code', 'Station Name', 'TZ', 'U.S. State']),
    ).toEqual({ code: 'Station Code', name: 'Station Name', timeZone: 'TZ', state: 'U.S. State' });
  });
});

describe('columnIndexes and cellsOf', () => {
  it('turns a row of cells into trimmed {field: text}, leaving out unmapped fields', () => {
    const headers = ['Name', 'x', 'Code'];
    const indexes = columnIndexes({ code: 'Code', name: 'Name', phone: null }, headers);
    expect(indexes).toEqual([
      ['code', 2],
      ['name', 0],
    ]);
    expect(cellsOf(indexes, ['  Dallas ', 'ignored', ' DAU5\t'])).toEqual({ code: 'DAU5', name: 'Dallas' });
  });

  it('gives an empty text for a cell a short row does not have', () => {
    const indexes = columnIndexes({ code: 'Code', name: 'Name' }, ['Code', 'Name']);
    expect(cellsOf(indexes, ['DAU5'])).toEqual({ code: 'DAU5', name: '' });
  });
});

describe('headerTextErrors', () => {
  it('names each header no text may be by its column number and as shown, at row 1', () => {
    expect(headerTextErrors(['code', 'na\u0000me', 'ok\tfine', '\udc00'])).toEqual([
      { row: 1, column: 'na\uFFFDme', message: expect.stringMatching(/^The header of column 2 holds a NUL/) },
      { row: 1, column: '\uFFFD', message: expect.stringMatching(/^The header of column 4 holds a broken/) },
    ]);
    expect(headerTextErrors(['Station code', 'Name'])).toEqual([]);
  });
});
