import type { z } from 'zod';
import type { VanOwnership, VanStatus } from '../../db/schema.js';
import type { ImportField } from '../../imports/domain/kind.js';
import { cellsParser, PlainText, readFast, UpperText } from '../../imports/domain/parse-cells.js';
import { importDateIn, unguardCells } from '../../imports/domain/sheet-cells.js';
import { LicenseState } from '../../people/domain/driver.js';
import { TERM } from '../../shared/date-schemas.js';
import { localDate } from '../../shared/dates.js';
import type { VanType } from '../../shared/vans.js';
import {
  Miles,
  MonthlyDollars,
  modelYear,
  OwnershipCell,
  VanStatusCell,
  VanTypeCell,
} from '../domain/import-cells.js';
import { normalVin, vinProblem } from '../domain/vin.js';
import { Vin } from '../domain/vin-schema.js';

/**
 * The columns of a fleet file (a lessor's or Amazon's fleet report, or a previous export). Their labels
 * are also the headers of the van export, so an exported file imports back unchanged.
 */
export const vehicleImportFields: ImportField[] = [
  {
    name: 'vin',
    label: 'VIN',
    required: true,
    aliases: ['vehicle identification number', 'vin number', 'vin #'],
    description: '17 characters with a valid check digit: the natural key',
  },
  {
    name: 'fleetNumber',
    label: 'Fleet number',
    required: false,
    aliases: [
      'fleet #',
      'fleet no',
      'van number',
      'van #',
      'van no',
      'unit',
      'unit number',
      'vehicle number',
      'vehicle name',
    ],
    description: 'The DSP’s own number for the van, e.g. V-017 (required for a new van)',
  },
  {
    name: 'station',
    label: 'Station',
    required: false,
    aliases: ['station code', 'home station', 'delivery station', 'ds'],
    description: 'Station code, e.g. DXC1; blank: the station picked with the upload',
  },
  {
    name: 'vanType',
    label: 'Van type',
    required: false,
    aliases: ['type', 'vehicle type', 'van class'],
    description: 'EDV, CDV, Step van or Rental (required for a new van)',
  },
  { name: 'make', label: 'Make', required: false, aliases: ['manufacturer', 'vehicle make'] },
  { name: 'model', label: 'Model', required: false, aliases: ['vehicle model'] },
  { name: 'year', label: 'Model year', required: false, aliases: ['year', 'my', 'vehicle year'] },
  {
    name: 'plate',
    label: 'Plate',
    required: false,
    aliases: ['license plate', 'plate number', 'plate #', 'tag', 'tag number'],
  },
  {
    name: 'plateState',
    label: 'Plate state',
    required: false,
    aliases: ['registration state', 'tag state', 'plate st', 'reg state'],
  },
  {
    name: 'ownership',
    label: 'Ownership',
    required: false,
    aliases: ['ownership type', 'owned leased', 'program', 'acquisition'],
    description: 'Amazon fleet program, Leased, Rental or Owned (required for a new van)',
  },
  {
    name: 'lessor',
    label: 'Lessor',
    required: false,
    aliases: ['leasing company', 'lease company', 'rental company', 'lessor name'],
    description: 'Who the van is leased or rented from, e.g. Element Fleet',
  },
  {
    name: 'ownershipStart',
    label: 'Start date',
    required: false,
    aliases: ['lease start', 'ownership start', 'in service date', 'on fleet date', 'term start'],
  },
  {
    name: 'ownershipEnd',
    label: 'End date',
    required: false,
    aliases: ['lease end', 'ownership end', 'off fleet date', 'term end', 'return date'],
  },
  {
    name: 'monthlyRate',
    label: 'Monthly rate',
    required: false,
    aliases: ['monthly cost', 'monthly payment', 'lease rate', 'rental rate', 'monthly rent'],
    description: 'Dollars a month, e.g. 1250.00',
  },
  {
    name: 'odometer',
    label: 'Odometer',
    required: false,
    aliases: ['odometer miles', 'mileage', 'miles', 'current mileage', 'odometer reading'],
    description: 'Miles; a reading lower than the one on file is ignored',
  },
  {
    name: 'telematicsId',
    label: 'Telematics ID',
    required: false,
    aliases: ['telematics', 'telematics device', 'gps id', 'device id', 'geotab id', 'samsara id'],
  },
  {
    name: 'cameraId',
    label: 'Camera ID',
    required: false,
    aliases: ['camera', 'camera serial', 'netradyne id', 'driveri id', 'dashcam id'],
  },
  {
    name: 'status',
    label: 'Status',
    required: false,
    aliases: ['van status', 'vehicle status'],
    description: 'Active, Grounded, In shop or Returned; blank: active for a new van',
  },
  {
    name: 'statusReason',
    label: 'Status reason',
    required: false,
    aliases: ['reason', 'status note', 'grounded reason'],
  },
];

const Text = PlainText;
const Upper = UpperText;

/** Each column's reading (exported for the test holding the fast readings to the schemas). */
export const vanCellSchemas = (today: string) => ({
  // Every row's VIN is another: read without zod where it is good (readFast).
  vin: readFast(Vin, (text) => {
    const vin = normalVin(text);
    return vinProblem(vin) ? undefined : vin;
  }),
  fleetNumber: Text(20),
  station: Upper(10),
  vanType: VanTypeCell,
  make: Text(40),
  model: Text(40),
  year: modelYear(today),
  plate: Upper(10),
  plateState: LicenseState,
  ownership: OwnershipCell,
  lessor: Text(80),
  ownershipStart: importDateIn(TERM),
  ownershipEnd: importDateIn(TERM),
  monthlyRate: MonthlyDollars,
  odometer: Miles,
  telematicsId: Text(80),
  cameraId: Text(80),
  status: VanStatusCell,
  statusReason: Text(500),
});

/** A row's cells as values: what can be checked without the vans on file. */
export type VanCells = { [K in keyof VanSchemas]: z.output<VanSchemas[K]> };
type VanSchemas = ReturnType<typeof vanCellSchemas>;

/** One checked row: absent fields (blank cells, missing columns) leave a van's stored value as it is. */
export interface VehicleImportRow {
  /** The van on file the row's VIN found when it was checked; none for a new van. */
  id?: string;
  vin: string;
  fleetNumber?: string;
  stationId?: string;
  vanType?: VanType;
  make?: string;
  model?: string;
  year?: number;
  plate?: string;
  plateState?: string;
  ownership?: VanOwnership;
  lessor?: string;
  ownershipStart?: string;
  ownershipEnd?: string;
  monthlyRateCents?: number;
  odometerMiles?: number;
  telematicsId?: string;
  cameraId?: string;
  status?: VanStatus;
  statusReason?: string;
}

/** The schemas of the day (the latest model year follows it), made once a day: making them costs ~10 ms. */
let schemasOfDay: { today: string; schemas: VanSchemas } | undefined;
function schemasToday(): VanSchemas {
  const today = localDate('UTC');
  if (schemasOfDay?.today !== today) schemasOfDay = { today, schemas: vanCellSchemas(today) };
  return schemasOfDay.schemas;
}

/** Reads a row's cells into values. */
export function vehicleCellsReader() {
  const parse = cellsParser(vehicleImportFields, schemasToday());
  return (raw: Record<string, string>) => parse(unguardCells(raw));
}
