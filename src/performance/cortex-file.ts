import fs from 'node:fs';
import { finished } from 'node:stream/promises';

/**
 * A big Cortex Safety Dashboard CSV, as Amazon writes it, for benchmarks and tests at scale: a month of
 * a station's events spread over `das` DAs (Transporter IDs `transporterIdOf(0…)`) and five more no
 * one has added yet.
 */

const HEADER =
  'Date,Delivery Associate,Transporter ID,Event ID,Date Time (PDT/PST),VIN,Program Impact,Metric Type,Metric Subtype,Source,Video Link,Review Details';
const TYPES = [
  ['Following Distance', ''],
  ['Driver Distraction', 'Looking Down'],
  ['Speeding Violations', '10-15 mph over'],
  ['Sign Violations', 'Stop Sign'],
  ['Seatbelt Compliance', ''],
  ['Traffic Light Violation', ''],
] as const;

export const transporterIdOf = (i: number) => `A${String(100_000_000_000 + i)}`;

export async function writeSafetyDashboard(file: string, { events, das }: { events: number; das: number }) {
  const out = fs.createWriteStream(file);
  out.write(`\uFEFF${HEADER}\r\n`);
  let chunk = '';
  for (let i = 0; i < events; i++) {
    const day = `2026-02-${String(1 + (i % 28)).padStart(2, '0')}`;
    const time = `${String(8 + (i % 11)).padStart(2, '0')}:${String(i % 60).padStart(2, '0')}:${String((i * 7) % 60).padStart(2, '0')}`;
    const [type, subtype] = TYPES[i % TYPES.length] ?? TYPES[0];
    const da = (i * 31) % (das + 5);
    chunk += `${day},DA Number ${da},${transporterIdOf(da)},EV${String(i).padStart(10, '0')},${day} ${time},3C6MRVJG0RE${100_000 + (i % 40)},Yes,${type},${subtype},Netradyne,https://video.example.com/events/${i},${i % 9 === 0 ? '"Reviewed, coach"' : ''}\r\n`;
    if (chunk.length > 1 << 20) {
      if (!out.write(chunk)) await new Promise<void>((r) => out.once('drain', () => r()));
      chunk = '';
    }
  }
  out.end(chunk);
  await finished(out);
}
