import sharp from 'sharp';
import type { Db } from '../db/database.js';
import { storeGeneratedFile } from '../files/files.js';
import type { BodyPhotos } from '../inspections/store.js';
import type { InspectionDemoContext } from './inspection-context.js';

/** The demo's inspection photos: drawn as SVG and stored as JPEGs, a few shared by every record. */

const svgJpeg = (body: string) =>
  sharp(Buffer.from(`<svg xmlns="http://www.w3.org/2000/svg" width="640" height="480">${body}</svg>`))
    .jpeg({ quality: 70 })
    .toBuffer();

const vanSvg = (label: string, side: boolean) => `
  <rect width="640" height="480" fill="#9fb7c9"/><rect y="330" width="640" height="150" fill="#55595c"/>
  ${side ? '<rect x="70" y="130" width="500" height="210" rx="18" fill="#f4f4f2"/><rect x="430" y="150" width="110" height="80" rx="8" fill="#3d5566"/>' : '<rect x="170" y="110" width="300" height="230" rx="18" fill="#f4f4f2"/><rect x="200" y="135" width="240" height="90" rx="8" fill="#3d5566"/>'}
  <circle cx="${side ? 170 : 215}" cy="345" r="38" fill="#222"/><circle cx="${side ? 470 : 425}" cy="345" r="38" fill="#222"/>
  <rect x="${side ? 180 : 250}" y="${side ? 250 : 255}" width="140" height="26" fill="#1a98d5"/>
  <text x="20" y="40" font-family="sans-serif" font-size="28" fill="#fff">${label}</text>`;

const DENT_SVG = `<rect width="640" height="480" fill="#e9e9e6"/>
  <ellipse cx="330" cy="250" rx="130" ry="70" fill="#c9c9c4"/><ellipse cx="320" cy="245" rx="80" ry="38" fill="#a9a9a2"/>
  <path d="M180 300 Q320 200 470 290" stroke="#6d6d66" stroke-width="6" fill="none"/>
  <text x="20" y="40" font-family="sans-serif" font-size="28" fill="#333">Damage close-up</text>`;

const ODOMETER_SVG = `<rect width="640" height="480" fill="#111"/><rect x="120" y="180" width="400" height="110" rx="10" fill="#202a20"/>
  <text x="150" y="260" font-family="monospace" font-size="72" fill="#7cfc8a">048213 mi</text>`;

export interface DemoPhotos {
  body: BodyPhotos;
  odometer: string;
  dent: string;
}

/** A handful of JPEGs made once and shared by every demo record (stored through the files slice). */
export async function demoPhotos(
  trx: Db,
  ctx: Pick<InspectionDemoContext, 'storage' | 'orgId'>,
): Promise<DemoPhotos> {
  const store = async (name: string, svg: string) =>
    (
      await storeGeneratedFile(trx, ctx.storage, ctx.orgId, {
        bytes: await svgJpeg(svg),
        fileName: name,
        purpose: 'photo',
      })
    ).id;
  return {
    body: {
      front: await store('van-front.jpg', vanSvg('Front', false)),
      rear: await store('van-rear.jpg', vanSvg('Rear', false)),
      driver_side: await store('van-driver-side.jpg', vanSvg('Driver side', true)),
      passenger_side: await store('van-passenger-side.jpg', vanSvg('Passenger side', true)),
    },
    odometer: await store('odometer.jpg', ODOMETER_SVG),
    dent: await store('damage-close-up.jpg', DENT_SVG),
  };
}
