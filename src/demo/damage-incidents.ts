import { recordAudit } from '../audit/store.js';
import type { Db } from '../db/database.js';
import { listStationVans } from '../fleet/store.js';
import { insertDamageRecords } from '../inspections/damage-store.js';
import { localDate } from '../shared/dates.js';
import { addDays } from '../shared/days.js';
import { atLocal } from './clock.js';
import type { InspectionDemoContext } from './inspection-context.js';
import { recordRepair } from './inspection-findings.js';
import type { DemoPhotos } from './inspection-photos.js';

/** A few incidents a manager wrote up: a third party, a police report, a claim at each stage. */
export async function reportedIncidents(
  trx: Db,
  ctx: InspectionDemoContext,
  photos: DemoPhotos,
): Promise<number> {
  const stories = [
    {
      panels: ['rear_bumper'],
      text: 'Rear-ended at a light on the way back to the station.',
      claim: 'submitted',
      third: 'Other driver: Honda Civic, insurer notified',
      police: 'PR-24-11873',
      severity: 'moderate',
      cost: 184_000,
    },
    {
      panels: ['passenger_side_front'],
      text: 'Scraped a mailbox post backing out of a driveway.',
      claim: 'paid',
      third: 'Homeowner’s mailbox replaced',
      police: null,
      severity: 'minor',
      cost: 46_000,
    },
    {
      panels: ['windshield'],
      text: 'Rock chip spread into a crack across the windshield.',
      claim: 'open',
      third: null,
      police: null,
      severity: 'minor',
      cost: 38_500,
    },
    {
      panels: ['roof', 'rear_doors'],
      text: 'Hit a low carport at a residence.',
      claim: 'denied',
      third: 'Carport owner filed a claim',
      police: 'PR-24-12450',
      severity: 'major',
      cost: 412_000,
    },
  ] as const;
  let n = 0;
  for (const station of ctx.stations) {
    const vans = await listStationVans(trx, ctx.orgId, station.id);
    const today = localDate(station.time_zone);
    for (const [i, story] of stories.entries()) {
      const van = vans[(i * 7 + 3) % Math.max(1, vans.length)];
      if (!van) continue;
      const day = addDays(today, -(5 + i * 13));
      const [row] = await insertDamageRecords(trx, ctx.orgId, [
        {
          van_id: van.id,
          station_id: station.id,
          panels: JSON.stringify(story.panels),
          occurred_at: atLocal(station.time_zone, day, 14 * 60 + i * 37).toISOString(),
          driver_id: null,
          description: story.text,
          severity: story.severity,
          third_party: story.third ? 1 : 0,
          third_party_details: story.third,
          police_report: story.police,
          claim_status: story.claim,
          cost_cents: story.cost,
          photo_ids: JSON.stringify([photos.dent]),
          video_ids: '[]',
          source: 'manual',
          previous_inspection_id: null,
          inspection_id: null,
          attribution: null,
          attribution_kind: null,
          created_by: 'manager@demo.test',
        },
      ]);
      if (!row) continue;
      await recordAudit(trx, ctx.system, { entity: 'damage', entityId: row.id, before: null, after: row });
      if (story.claim === 'paid') {
        await recordRepair(trx, ctx, {
          damage_id: row.id,
          repaired_on: addDays(day, 9),
          vendor: 'Collision Pros',
          cost_cents: story.cost,
          note: 'Door skin replaced.',
          invoice_file_id: null,
        });
      }
      n += 1;
    }
  }
  return n;
}
