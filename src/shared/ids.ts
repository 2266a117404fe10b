import { randomFillSync } from 'node:crypto';

// An import of 10,000 rows makes ~40,000 ids: uuid's v7 (OS random bytes per id, then 16 bytes written
// and formatted one by one) cost ~0.8 µs each. Here the random tail comes from a pool of hex text refilled
// in one call, and the text of the time and counter is kept while it stays the same: ~0.2 µs an id.
const POOL_BYTES = 8 * 1024;
const pool = Buffer.allocUnsafe(POOL_BYTES);
let hex = '';
let next = POOL_BYTES;
/** Hex text of each byte value. */
const HEX = Array.from({ length: 256 }, (_, b) => b.toString(16).padStart(2, '0'));

/** Takes `count` random bytes: answers where they start in the pool (its hex text at twice that). */
function take(count: number): number {
  if (next + count > POOL_BYTES) {
    hex = randomFillSync(pool).toString('hex');
    next = 0;
  }
  next += count;
  return next - count;
}

const clock = { msecs: Number.NEGATIVE_INFINITY, seq: 0 };
/** The id's text up to its counter's last 6 bits, kept while it is the same (64 ids in one millisecond). */
let head = { msecs: -1, seqHigh: -1, text: '' };

/**
 * Opaque, time-ordered ids (UUIDv7, laid out as the uuid package does it: a 48-bit millisecond time, a
 * 32-bit counter started at random each millisecond and counting up within it, 42 random bits):
 * cursor pagination can order by id alone.
 */
export function newId(): string {
  const now = Date.now();
  if (now > clock.msecs) {
    clock.msecs = now;
    clock.seq = pool.readUInt32BE(take(4)) & 0x7fffffff;
  } else {
    // Same millisecond: count up so ids made in a loop still sort in creation order.
    clock.seq = (clock.seq + 1) | 0;
    if (clock.seq === 0) clock.msecs++;
  }
  const { msecs, seq } = clock;
  const seqHigh = seq >>> 6;
  if (head.msecs !== msecs || head.seqHigh !== seqHigh) head = { msecs, seqHigh, text: headText(msecs, seq) };
  // The counter's last 6 bits, then 2 random bits, make the 11th byte; 5 random bytes end the id.
  const r = take(6);
  const low = ((seq << 2) & 0xff) | ((pool[r] as number) & 0x03);
  return `${head.text}${HEX[low]}${hex.slice(2 * r + 2, 2 * r + 12)}`;
}

/** The first 10 bytes' text: the time, the version (7), the counter's top 26 bits and the variant. */
function headText(msecs: number, seq: number): string {
  const time = msecs.toString(16).padStart(12, '0');
  const b6 = 0x70 | ((seq >>> 28) & 0x0f);
  const b7 = (seq >>> 20) & 0xff;
  const b8 = 0x80 | ((seq >>> 14) & 0x3f);
  const b9 = (seq >>> 6) & 0xff;
  return `${time.slice(0, 8)}-${time.slice(8)}-${HEX[b6]}${HEX[b7]}-${HEX[b8]}${HEX[b9]}-`;
}

/** Instants are stored as UTC ISO-8601 strings with milliseconds, the same text on both databases. */
export const nowIso = (): string => new Date().toISOString();
