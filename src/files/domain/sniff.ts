import type { FilePurpose } from '../../db/schema.js';

/** What each purpose accepts, and how big it may be. Phones take 3–8 MB photos; a short video is tens of MB. */
export const PURPOSES: Record<FilePurpose, { types: readonly string[]; maxBytes: number; label: string }> = {
  document: {
    types: ['application/pdf', 'image/jpeg', 'image/png'],
    maxBytes: 10 * 1024 * 1024,
    label: 'a PDF, JPEG or PNG',
  },
  photo: {
    types: ['image/jpeg', 'image/png', 'image/webp', 'image/heic'],
    maxBytes: 15 * 1024 * 1024,
    label: 'a JPEG, PNG, WebP or HEIC photo',
  },
  video: {
    types: ['video/mp4', 'video/quicktime', 'video/webm'],
    maxBytes: 60 * 1024 * 1024,
    label: 'an MP4, MOV or WebM video',
  },
};

const startsWith = (head: Buffer, bytes: number[], at = 0) => bytes.every((b, i) => head[at + i] === b);
const ascii = (head: Buffer, from: number, to: number) => head.subarray(from, to).toString('latin1');

/**
 * The content type read from a file's first bytes (at least 16), or null when it is none we keep.
 * The name and the browser's claimed type are never trusted: a renamed .exe stays refused.
 */
export function sniffContentType(head: Buffer): string | null {
  if (ascii(head, 0, 5) === '%PDF-') return 'application/pdf';
  if (startsWith(head, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (startsWith(head, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (ascii(head, 0, 4) === 'RIFF' && ascii(head, 8, 12) === 'WEBP') return 'image/webp';
  if (startsWith(head, [0x1a, 0x45, 0xdf, 0xa3])) return 'video/webm';
  if (ascii(head, 4, 8) === 'ftyp') return isoMediaType(ascii(head, 8, 12));
  return null;
}

/** ISO base media files (MP4, MOV, HEIC) share one layout; the major brand tells them apart. */
function isoMediaType(brand: string): string | null {
  if (['heic', 'heix', 'mif1', 'msf1', 'heim', 'heis'].includes(brand)) return 'image/heic';
  if (brand === 'qt  ') return 'video/quicktime';
  if (/^(isom|iso[2-9]|mp4[12]|avc1|M4V |3gp[4-6]|3g2a|dash|mmp4)$/.test(brand)) return 'video/mp4';
  return null;
}

export const EXTENSIONS: Record<string, string> = {
  'application/pdf': 'pdf',
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'image/webp': 'webp',
  'image/heic': 'heic',
  'video/mp4': 'mp4',
  'video/quicktime': 'mov',
  'video/webm': 'webm',
};
