import { describe, expect, it } from 'vitest';
import { PURPOSES, sniffContentType } from './sniff.js';

const bytes = (...parts: (string | number[])[]) =>
  Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'latin1') : Buffer.from(p))));
const box = (brand: string) => bytes([0, 0, 0, 0x18], 'ftyp', brand, [0, 0, 0, 0]);

describe('sniffContentType', () => {
  it.each([
    ['PDF', bytes('%PDF-1.7\n%âãÏÓ'), 'application/pdf'],
    ['JPEG', bytes([0xff, 0xd8, 0xff, 0xe0, 0, 0x10], 'JFIF'), 'image/jpeg'],
    ['PNG', bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d], 'IHDR'), 'image/png'],
    ['WebP', bytes('RIFF', [1, 2, 3, 4], 'WEBPVP8 '), 'image/webp'],
    ['iPhone HEIC', box('heic'), 'image/heic'],
    ['MP4', box('isom'), 'video/mp4'],
    ['iPhone MOV', box('qt  '), 'video/quicktime'],
    ['WebM', bytes([0x1a, 0x45, 0xdf, 0xa3, 0x9f, 0x42, 0x86, 0x81]), 'video/webm'],
  ])('knows a %s by its first bytes', (_name, head, type) => {
    expect(sniffContentType(head)).toBe(type);
  });

  it.each([
    ['a Windows program', bytes('MZ', [0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, 0xff, 0xff, 0, 0])],
    ['a CSV named .pdf', bytes('name,phone\nAna,+1512555')],
    ['an HTML page', bytes('<!doctype html><script>')],
    ['an unknown ISO brand', box('zzzz')],
    ['nothing', Buffer.alloc(0)],
  ])('refuses %s', (_name, head) => {
    expect(sniffContentType(head)).toBeNull();
  });

  it('keeps documents to what a DSP files: PDF and scans, not videos', () => {
    expect(PURPOSES.document.types).toEqual(['application/pdf', 'image/jpeg', 'image/png']);
    expect(PURPOSES.photo.types).not.toContain('application/pdf');
  });
});
