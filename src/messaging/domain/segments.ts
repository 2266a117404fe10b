/**
 * How many SMS an SMS body costs. GSM-7 (the default alphabet) fits 160 characters in one message, 153
 * in each part of a longer one; one character outside it makes the whole text UCS-2: 70, then 67 per
 * part. GSM-7 has é, ñ, ü, à, ¿ and ¡ but not á, í, ó or ú, so much Spanish is UCS-2. Characters of the
 * GSM-7 extension table (€, [, ], {, }, ~, ^, |, \) take two septets; an astral character (emoji) takes
 * two UCS-2 units; neither is split between parts, which the packing below honours.
 */
const GSM_BASIC =
  '@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?' +
  '¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà';
const GSM_EXTENSION = '\f^{}\\[~]|€';

const BASIC = new Set(GSM_BASIC);
const EXTENSION = new Set(GSM_EXTENSION);

export type SmsEncoding = 'GSM-7' | 'UCS-2';

export interface SegmentCount {
  encoding: SmsEncoding;
  /** Septets (GSM-7) or 16-bit units (UCS-2) the text takes. */
  units: number;
  segments: number;
}

const LIMITS: Record<SmsEncoding, { single: number; part: number }> = {
  'GSM-7': { single: 160, part: 153 },
  'UCS-2': { single: 70, part: 67 },
};

/** Units per character: null as soon as one character is outside GSM-7. */
function gsmUnits(chars: string[]): number[] | null {
  const units: number[] = [];
  for (const c of chars) {
    if (BASIC.has(c)) units.push(1);
    else if (EXTENSION.has(c)) units.push(2);
    else return null;
  }
  return units;
}

/** Parts needed when no character may be split between two parts. */
function pack(units: number[], part: number): number {
  let parts = 1;
  let used = 0;
  for (const u of units) {
    if (used + u > part) {
      parts += 1;
      used = 0;
    }
    used += u;
  }
  return parts;
}

export function countSegments(text: string): SegmentCount {
  const chars = Array.from(text);
  const gsm = gsmUnits(chars);
  const encoding: SmsEncoding = gsm ? 'GSM-7' : 'UCS-2';
  const units = gsm ?? chars.map((c) => c.length);
  const total = units.reduce((a, b) => a + b, 0);
  const { single, part } = LIMITS[encoding];
  const segments = total === 0 ? 0 : total <= single ? 1 : pack(units, part);
  return { encoding, units: total, segments };
}
