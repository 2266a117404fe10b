import sharp from 'sharp';

const THUMB_PX = 480;

/**
 * A small JPEG of a photo or scan, turned upright by its EXIF orientation (phones store photos
 * sideways). Null for what sharp cannot draw here (PDFs, HEIC: the bundled libvips has no HEVC).
 * Throws when a JPEG/PNG/WebP is damaged, so a broken photo is refused at upload, not found later.
 */
export async function makeThumbnail(source: string | Buffer, contentType: string): Promise<Buffer | null> {
  if (!['image/jpeg', 'image/png', 'image/webp'].includes(contentType)) return null;
  return sharp(source, { failOn: 'error' })
    .rotate()
    .resize({ width: THUMB_PX, height: THUMB_PX, fit: 'inside', withoutEnlargement: true })
    .jpeg({ quality: 75, mozjpeg: true })
    .toBuffer();
}
