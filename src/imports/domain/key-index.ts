/**
 * The natural keys of a file seen so far, each with the row it was first seen on, for telling a
 * repeated key. A file of a million rows has a million keys: a Map holds each as a string object plus
 * an entry (~100 bytes a key); this keeps their characters (a byte each: IDs, codes and names are Latin-1)
 * in one growing array and an open-addressing table of hashes and rows (~1 byte a character + ~16 bytes
 * a key). A key with any other character goes in a Map beside it. Keys are compared in full, so a hash
 * collision never reports a repeat that is not one.
 */
export class KeyIndex {
  /** The keys' characters, one after another. */
  private chars = new Uint8Array(1 << 16);
  private charsUsed = 0;
  /** Per key (in insertion order): where its characters start in `chars` (they end where the next's start), and its row. */
  private starts = new Uint32Array(1 << 12);
  private rows = new Uint32Array(1 << 12);
  /** Keys with a character past U+00FF, rare in a file's keys. */
  private readonly others = new Map<string, number>();
  private count = 0;
  /** Open addressing: slot → key number + 1 (0: empty), with the key's hash beside it. */
  private slots = new Uint32Array(1 << 13);
  private hashes = new Int32Array(1 << 13);

  get size(): number {
    return this.count + this.others.size;
  }

  /** Adds the key on `row`; answers the row it was first seen on when it is a repeat (and keeps that one). */
  add(key: string, row: number): number | undefined {
    const hash = hashOf(key);
    if (hash === WIDE) {
      const seen = this.others.get(key);
      if (seen === undefined) this.others.set(key, row);
      return seen;
    }
    const mask = this.slots.length - 1;
    let slot = hash & mask;
    for (let entry = this.slots[slot] ?? 0; entry !== 0; entry = this.slots[slot] ?? 0) {
      if (this.hashes[slot] === hash && this.equals(entry - 1, key)) return this.rows[entry - 1];
      slot = (slot + 1) & mask;
    }
    this.store(key, row, slot, hash);
    return undefined;
  }

  private equals(n: number, key: string): boolean {
    const start = this.starts[n] ?? 0;
    const end = n + 1 < this.count ? (this.starts[n + 1] ?? 0) : this.charsUsed;
    if (end - start !== key.length) return false;
    for (let i = 0; i < key.length; i++) if (this.chars[start + i] !== key.charCodeAt(i)) return false;
    return true;
  }

  private store(key: string, row: number, slot: number, hash: number): void {
    if (this.charsUsed + key.length > this.chars.length) {
      this.chars = grown(this.chars, this.charsUsed + key.length);
    }
    for (let i = 0; i < key.length; i++) this.chars[this.charsUsed + i] = key.charCodeAt(i);
    if (this.count === this.rows.length) {
      this.starts = grown(this.starts, this.count + 1);
      this.rows = grown(this.rows, this.count + 1);
    }
    this.starts[this.count] = this.charsUsed;
    this.charsUsed += key.length;
    this.rows[this.count] = row;
    this.count++;
    this.slots[slot] = this.count;
    this.hashes[slot] = hash;
    // At most half full, so a probe stays short.
    if (this.count * 2 > this.slots.length) this.rehash();
  }

  private rehash(): void {
    const size = this.slots.length * 2;
    const mask = size - 1;
    const slots = new Uint32Array(size);
    const hashes = new Int32Array(size);
    for (let old = 0; old < this.slots.length; old++) {
      const entry = this.slots[old] ?? 0;
      if (entry === 0) continue;
      const hash = this.hashes[old] ?? 0;
      let slot = hash & mask;
      while ((slots[slot] ?? 0) !== 0) slot = (slot + 1) & mask;
      slots[slot] = entry;
      hashes[slot] = hash;
    }
    this.slots = slots;
    this.hashes = hashes;
  }
}

function grown<T extends Uint8Array | Uint32Array>(array: T, needed: number): T {
  // By half again, not double: the old and the new array live side by side while it copies.
  let length = Math.ceil(array.length * 1.5);
  while (length < needed) length = Math.ceil(length * 1.5);
  const bigger = new (array.constructor as new (n: number) => T)(length);
  bigger.set(array);
  return bigger;
}

/** What hashOf answers for a key with a character past U+00FF (never a hash: those are 32-bit integers). */
const WIDE = -0.5;

/** FNV-1a over the characters, with a final mix so nearby keys spread over the table; WIDE past Latin-1. */
function hashOf(key: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    if (c > 0xff) return WIDE;
    h = Math.imul(h ^ c, 0x01000193);
  }
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  return h;
}
