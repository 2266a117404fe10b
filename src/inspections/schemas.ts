import { z } from 'zod';
import { FileIds, FileOut } from '../files/schemas.js';
import { Instant, PastDate, PastInstant } from '../shared/date-schemas.js';
import { Cents } from '../shared/money.js';
import { VAN_TYPES } from '../shared/vans.js';
import { CHECK_RESULTS } from './domain/checklist.js';
import { CLAIM_STATUSES, DAMAGE_SOURCES, SEVERITIES } from './domain/damage.js';
import { INSPECTION_KINDS } from './domain/new-damage.js';
import { PANELS } from './domain/panels.js';

const FileId = z.string().min(1, 'Required.').max(100);
const Note = z.string().trim().max(1000).nullable().default(null);

export const TemplateItemSchema = z.strictObject({
  key: z
    .string()
    .trim()
    .regex(/^[a-z][a-z0-9_]{0,39}$/, 'Lower-case letters, digits and _, starting with a letter.'),
  label: z.string().trim().min(1, 'Required.').max(80),
  critical: z.boolean(),
});

export const TemplateOut = z.object({
  vanType: z.enum(VAN_TYPES),
  items: z.array(TemplateItemSchema),
  saved: z.boolean(),
});

export const InspectionIn = z.strictObject({
  /** Made by the phone (a UUID) when the DA starts, so a resend is recognised. */
  id: z.uuid('Use a UUID made on the phone.'),
  vanId: z.string().min(1).max(100),
  kind: z.enum(INSPECTION_KINDS),
  startedAt: Instant,
  submittedAt: Instant,
  odometerMiles: z.number().int('Whole miles.').min(0).max(2_000_000),
  fuelPercent: z.number().int().min(0).max(100),
  items: z
    .array(
      z.strictObject({
        key: z.string().min(1).max(40),
        result: z.enum(CHECK_RESULTS),
        note: Note,
        photoIds: FileIds.default([]),
      }),
    )
    .max(60),
  bodyPhotos: z.strictObject({ front: FileId, rear: FileId, driver_side: FileId, passenger_side: FileId }),
  odometerPhotoId: FileId,
  videoId: FileId.nullable().optional(),
  damageMarks: z
    .array(z.strictObject({ panel: z.enum(PANELS), note: Note, photoIds: FileIds.default([]) }))
    .max(PANELS.length)
    .default([]),
});

const InspectionKind = z.enum(INSPECTION_KINDS);

export const InspectionSummaryOut = z.object({
  id: z.string(),
  vanId: z.string(),
  fleetNumber: z.string(),
  stationId: z.string(),
  vanType: z.enum(VAN_TYPES),
  kind: InspectionKind,
  businessDate: z.string(),
  driverId: z.string().nullable(),
  inspectorName: z.string(),
  startedAt: z.string(),
  durationSeconds: z.number(),
  rushed: z.boolean(),
  passed: z.boolean(),
  grounded: z.boolean(),
  failedItems: z.array(z.string()),
  damagePanels: z.array(z.enum(PANELS)),
});

export const InspectionOut = InspectionSummaryOut.extend({
  submittedAt: z.string(),
  receivedAt: z.string(),
  rushedUnderSeconds: z.number(),
  odometerMiles: z.number(),
  fuelPercent: z.number(),
  items: z.array(
    z.object({
      key: z.string(),
      label: z.string(),
      critical: z.boolean(),
      result: z.enum(CHECK_RESULTS),
      note: z.string().nullable(),
      photos: z.array(FileOut),
    }),
  ),
  bodyPhotos: z.object({
    front: FileOut.nullable(),
    rear: FileOut.nullable(),
    driver_side: FileOut.nullable(),
    passenger_side: FileOut.nullable(),
  }),
  odometerPhoto: FileOut.nullable(),
  video: FileOut.nullable(),
  damageMarks: z.array(
    z.object({ panel: z.enum(PANELS), note: z.string().nullable(), photos: z.array(FileOut) }),
  ),
  newDamage: z.array(
    z.object({ id: z.string(), panels: z.array(z.enum(PANELS)), attribution: z.string().nullable() }),
  ),
});

export const InspectionListQuery = z.object({
  kind: InspectionKind.optional(),
  passed: z.enum(['true', 'false']).optional(),
  rushed: z.enum(['true', 'false']).optional(),
});

export const flag = (v: 'true' | 'false' | undefined) => (v === undefined ? undefined : v === 'true');

export const PRE_TRIP_STATUSES = ['passed', 'failed', 'missing'] as const;

export const InspectableVanOut = z.object({
  id: z.string(),
  fleetNumber: z.string(),
  stationId: z.string(),
  vanType: z.enum(VAN_TYPES),
  make: z.string().nullable(),
  model: z.string().nullable(),
  plate: z.string().nullable(),
  status: z.string(),
  odometerMiles: z.number().nullable(),
  date: z.string(),
  preTripToday: z.enum(PRE_TRIP_STATUSES),
  /** The latest pre-trip of the van that day: the phone warns before a second one. */
  lastPreTripToday: z.object({ startedAt: z.string(), inspectorName: z.string() }).nullable(),
});

export const InspectionStartOut = z.object({
  van: InspectableVanOut,
  items: z.array(TemplateItemSchema),
  knownDamage: z.array(z.object({ panel: z.enum(PANELS), note: z.string().nullable() })),
  rushedUnderSeconds: z.number(),
});

// ---- damage ----------------------------------------------------------------------------------------

const Text = (max: number) => z.string().trim().max(max).nullable().optional();

const DamageFields = {
  panels: z.array(z.enum(PANELS)).min(1, 'Mark at least one panel.').max(PANELS.length),
  occurredAt: PastInstant,
  driverId: z.string().min(1).max(100).nullable().optional(),
  description: z.string().trim().min(1, 'Say what happened.').max(4000),
  severity: z.enum(SEVERITIES),
  thirdParty: z.boolean().optional(),
  thirdPartyDetails: Text(2000),
  policeReport: Text(80),
  claimStatus: z.enum(CLAIM_STATUSES).optional(),
  costCents: Cents.nullable().optional(),
  photoIds: FileIds.optional(),
  videoIds: z.array(FileId).max(5).optional(),
};

export const DamageIn = z.strictObject(DamageFields);
export const DamagePatchIn = z.strictObject(DamageFields).partial();

export const RepairIn = z.strictObject({
  repairedOn: PastDate,
  vendor: z.string().trim().min(1, 'Name the shop.').max(200),
  costCents: Cents,
  note: Text(2000),
  invoiceFileId: FileId.nullable().optional(),
});

export const DamageOut = z.object({
  id: z.string(),
  vanId: z.string(),
  stationId: z.string(),
  panels: z.array(z.enum(PANELS)),
  occurredAt: z.string(),
  driverId: z.string().nullable(),
  driverName: z.string().nullable(),
  description: z.string(),
  severity: z.enum(SEVERITIES).nullable(),
  thirdParty: z.boolean(),
  thirdPartyDetails: z.string().nullable(),
  policeReport: z.string().nullable(),
  claimStatus: z.enum(CLAIM_STATUSES),
  costCents: z.number().nullable(),
  photos: z.array(FileOut),
  videos: z.array(FileOut),
  source: z.enum(DAMAGE_SOURCES),
  evidence: z
    .object({
      previous: InspectionSummaryOut.nullable(),
      current: InspectionSummaryOut.nullable(),
      attribution: z.string().nullable(),
      attributionKind: z.enum(['shift', 'parked', 'unclear']).nullable(),
    })
    .nullable(),
  repairs: z.array(
    z.object({
      id: z.string(),
      repairedOn: z.string(),
      vendor: z.string(),
      costCents: z.number(),
      note: z.string().nullable(),
      invoice: FileOut.nullable(),
      createdAt: z.string(),
    }),
  ),
  repairCostCents: z.number(),
  createdBy: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
});

export const AlertOut = z.object({
  id: z.string(),
  stationId: z.string().nullable(),
  vanId: z.string().nullable(),
  kind: z.string(),
  message: z.string(),
  entity: z.string(),
  entityId: z.string(),
  createdAt: z.string(),
  acknowledgedBy: z.string().nullable(),
  acknowledgedAt: z.string().nullable(),
});
