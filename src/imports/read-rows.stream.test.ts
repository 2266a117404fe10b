import { once } from 'node:events';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import v8 from 'node:v8';
import vm from 'node:vm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readRows } from './read-rows.js';

/**
 * "A 1,000,000-row file must not be held in memory whole": reading a file much larger than the
 * memory the reader may use, the heap stays far below the file's size all the way through.
 */

const ROWS = 200_000;
let dir: string;
let file: string;
let size: number;

/** The garbage collector, so the samples measure what is still held rather than what is not yet collected. */
function collector(): (() => void) | null {
  const g = (globalThis as { gc?: () => void }).gc;
  if (typeof g === 'function') return g;
  try {
    v8.setFlagsFromString('--expose-gc');
    return vm.runInNewContext('gc') as () => void;
  } catch {
    return null;
  }
}

const held = () => {
  const m = process.memoryUsage();
  return m.heapUsed + m.external;
};

/** Row i: quoted commas, and every 1000th row a quoted line break, so records and lines differ. */
const line = (i: number) =>
  `C${i},"Station ${i}, North",${i % 1000 === 0 ? '"two\r\nlines"' : 'plain'},${'x'.repeat(120)},${i * 7}`;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'stationhand-stream-'));
  file = path.join(dir, 'big.csv');
  const out = fs.createWriteStream(file);
  out.write('\uFEFFcode,name,note,padding,n\r\n');
  let chunk: string[] = [];
  for (let i = 0; i < ROWS; i++) {
    chunk.push(line(i));
    if (chunk.length === 2000) {
      if (!out.write(`${chunk.join('\r\n')}\r\n`)) await once(out, 'drain');
      chunk = [];
    }
  }
  out.write(`${chunk.join('\r\n')}\r\n`);
  await new Promise<void>((resolve, reject) => out.end((e?: Error | null) => (e ? reject(e) : resolve())));
  size = fs.statSync(file).size;
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('readRows on a large CSV', () => {
  it('streams: the memory it holds stays far below the size of the file', { timeout: 60_000 }, async () => {
    expect(size).toBeGreaterThan(30 * 1024 * 1024);
    const gc = collector();
    gc?.();
    const base = held();
    let peak = 0;
    let count = 0;
    for await (const r of readRows(file, 'csv')) {
      if (count > 0) {
        // Every record, numbered as a spreadsheet numbers it, with its quoted cells intact.
        const i = count - 1;
        if (r.row !== count + 1 || r.cells[0] !== `C${i}` || r.cells[1] !== `Station ${i}, North`)
          expect(r).toEqual({ row: count + 1, cells: expect.arrayContaining([`C${i}`]) });
        if (i % 1000 === 0) expect(r.cells[2]).toBe('two\r\nlines');
      }
      count++;
      if (count % 20_000 === 0) {
        gc?.();
        peak = Math.max(peak, held() - base);
      }
    }
    expect(count).toBe(ROWS + 1);
    // Generous: a streaming reader holds a chunk or two; a reader holding the file would hold more than its size.
    // Without a collector to call, garbage not yet collected counts too, so the bound is looser.
    expect(peak).toBeLessThan(gc ? size / 4 : size * 0.75);
  });
});
