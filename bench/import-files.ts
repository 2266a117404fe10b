/** Rows of the benchmark's import files: realistic, valid, every natural key different. */

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

export const benchFiles = (): BenchFile[] => [drivers(10_000)];
