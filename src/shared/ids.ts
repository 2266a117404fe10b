import { randomFillSync } from 'node:crypto';
import { v7 as uuidv7 } from 'uuid';

// uuid asks the OS for 16 random bytes per id (~10 µs); an import of 10,000 rows makes ~40,000 ids.
// Drawing them from a refilled pool costs ~1 µs, with the same monotonic ordering uuid keeps itself.
const POOL_BYTES = 16 * 1024;
const pool = Buffer.allocUnsafe(POOL_BYTES);
let next = POOL_BYTES;
const clock = { msecs: Number.NEGATIVE_INFINITY, seq: 0 };

function randomBytes16(): Buffer {
  if (next + 16 > POOL_BYTES) {
    randomFillSync(pool);
    next = 0;
  }
  next += 16;
  return pool.subarray(next - 16, next);
}

/** Opaque, time-ordered ids (UUIDv7): cursor pagination can order by id alone. */
export function newId(): string {
  const random = randomBytes16();
  const now = Date.now();
  if (now > clock.msecs) {
    clock.msecs = now;
    clock.seq =
      ((random[6] as number & 0x7f) << 24) |
      ((random[7] as number) << 16) |
      ((random[8] as number) << 8) |
      (random[9] as number);
  } else {
    // Same millisecond: count up so ids made in a loop still sort in creation order.
    clock.seq = (clock.seq + 1) | 0;
    if (clock.seq === 0) clock.msecs++;
  }
  return uuidv7({ random, msecs: clock.msecs, seq: clock.seq });
}

/** Instants are stored as UTC ISO-8601 strings with milliseconds, the same text on both databases. */
export const nowIso = (): string => new Date().toISOString();
