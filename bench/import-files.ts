/** Rows of the benchmark's import files: realistic, valid, every natural key different. */
import { withCheckDigit } from '../src/fleet/domain/vin.js';

export interface BenchFile {
  kind: string;
  /** Import field names, in column order (headers are the kind's labels). */
  fields: string[];
  rows: string[][];
}

const FIRST = ['Maria', 'Jose', 'Ashley', 'Darnell', 'Lucia', 'Kevin', 'Brianna', 'Luis', 'Tyler', 'Ana'];
const LAST = ['Garcia', 'Smith', 'Johnson', 'Hernandez', 'Nguyen', 'Brown', 'Lopez', 'Davis', 'Wilson'];
const ALNUM = 'ABCDEFGHJKLMNPRSTUVWXYZ0123456789';

const transporterId = (i: number) => {
  let s = 'A';
  let n = i * 7919 + 104729;
  for (let k = 0; k < 12; k++) {
    s += ALNUM[n % ALNUM.length];
    n = Math.floor(n / ALNUM.length) + k * 31;
  }
  return s;
};

function drivers(count: number): BenchFile {
  const rows: string[][] = [];
  for (let i = 0; i < count; i++) {
    rows.push([
      FIRST[i % FIRST.length] ?? '',
      `${LAST[(i * 7) % LAST.length]}-${i}`,
      `${transporterId(i)}`,
      `E${100000 + i}`,
      `+1512${String(5550000 + i).padStart(7, '0')}`,
      `da${i}@example.com`,
      i % 4 === 0 ? 'Spanish' : 'English',
      'DXC1',
      `2025-${String((i % 12) + 1).padStart(2, '0')}-15`,
      i % 5 === 0 ? 'CDV, step van' : 'EDV, CDV',
      `D${String(4000000 + i)}`,
      'CA',
      '2028-06-30',
      'active',
    ]);
  }
  return {
    kind: 'drivers',
    fields: [
      'firstName',
      'lastName',
      'transporterId',
      'employeeId',
      'phone',
      'email',
      'language',
      'station',
      'hireDate',
      'vanTypes',
      'licenseNumber',
      'licenseState',
      'licenseExpiry',
      'status',
    ],
    rows,
  };
}

const VIN_CHARS = 'ABCDEFGHJKLMNPRSTUVWXYZ0123456789';

/** A made-up but valid VIN: a Ram ProMaster-like prefix, then a serial, with the check digit computed. */
function vin(i: number): string {
  let serial = '';
  let n = i;
  for (let k = 0; k < 6; k++) {
    serial = (VIN_CHARS[n % VIN_CHARS.length] ?? '0') + serial;
    n = Math.floor(n / VIN_CHARS.length);
  }
  return withCheckDigit(`3C6MRVJG0RE${serial}`);
}

function vans(count: number): BenchFile {
  const types = ['EDV', 'CDV', 'CDV', 'Step van', 'Rental'];
  const rows: string[][] = [];
  for (let i = 0; i < count; i++) {
    rows.push([
      vin(i),
      `V${String(i + 1).padStart(5, '0')}`,
      'DXC1',
      types[i % types.length] ?? 'CDV',
      'Ram',
      'ProMaster 2500',
      '2024',
      `${String(8000000 + i)}`,
      'CA',
      i % 3 === 0 ? 'leased' : 'amazon_fleet',
      i % 3 === 0 ? 'Element Fleet' : '',
      '2024-03-01',
      String(10_000 + ((i * 37) % 60_000)),
      'active',
    ]);
  }
  return {
    kind: 'vehicles',
    fields: [
      'vin',
      'fleetNumber',
      'station',
      'vanType',
      'make',
      'model',
      'year',
      'plate',
      'plateState',
      'ownership',
      'lessor',
      'ownershipStart',
      'odometer',
      'status',
    ],
    rows,
  };
}

export const benchFiles = (): BenchFile[] => [drivers(10_000), vans(5_000)];
