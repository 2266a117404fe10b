import { z } from 'zod';
import type { DriverStatus } from '../../db/schema.js';
import type { ImportField } from '../../imports/domain/kind.js';
import { cellsParser, PlainText, readFast } from '../../imports/domain/parse-cells.js';
import { importDateIn, unguardCells } from '../../imports/domain/sheet-cells.js';
import { PAST, TERM } from '../../shared/date-schemas.js';
import type { VanType } from '../../shared/vans.js';
import { asE164, E164, LicenseState, Phone, TRANSPORTER_ID, TransporterId } from '../domain/driver.js';
import {
  HourlyRate,
  Language,
  NamePart,
  namePart,
  Status,
  VanTypeList,
  YesNo,
} from '../domain/import-cells.js';

/**
 * The columns of a DA file. Their labels are also the headers of the DA export, so an exported file
 * imports back unchanged.
 */
export const driverImportFields: ImportField[] = [
  {
    name: 'name',
    label: 'Name',
    required: false,
    aliases: [
      'delivery associate',
      'associate',
      'associate name',
      'employee name',
      'da name',
      'driver name',
      'full name',
    ],
    description: 'Full name, split at the last space ("Garcia, Maria" at the comma); or use First/Last name',
  },
  { name: 'firstName', label: 'First name', required: false, aliases: ['first', 'given name'] },
  { name: 'lastName', label: 'Last name', required: false, aliases: ['last', 'surname', 'family name'] },
  {
    name: 'transporterId',
    label: 'Transporter ID',
    required: false,
    aliases: ['transporter', 'amazon transporter id', 'da transporter id', 'tid'],
    description: 'Amazon Transporter ID, e.g. A1B2C3D4E5F6G7: the natural key (else the employee ID)',
  },
  {
    name: 'employeeId',
    label: 'Employee ID',
    required: false,
    aliases: ['associate id', 'employee number', 'employee no', 'emp id'],
  },
  {
    name: 'phone',
    label: 'Phone',
    required: false,
    aliases: ['mobile', 'cell', 'phone number', 'mobile phone', 'mobile number', 'cell phone'],
  },
  { name: 'email', label: 'Email', required: false, aliases: ['e-mail', 'email address'] },
  {
    name: 'language',
    label: 'Language',
    required: false,
    aliases: ['preferred language'],
    description: 'English or Spanish (en, es, Español)',
  },
  {
    name: 'smsConsent',
    label: 'SMS consent',
    required: false,
    aliases: ['sms', 'sms opt in', 'text consent', 'texts ok'],
    description: 'yes or no; yes records the time of the import unless consent is already on file',
  },
  {
    name: 'station',
    label: 'Station',
    required: false,
    aliases: ['home station', 'station code', 'delivery station', 'ds'],
    description: 'Station code, e.g. DXC1; blank: the station picked with the upload',
  },
  {
    name: 'hourlyRate',
    label: 'Hourly rate',
    required: false,
    aliases: ['pay rate', 'rate', 'hourly pay', 'wage'],
    description: 'Dollars, e.g. 21.50',
  },
  {
    name: 'hireDate',
    label: 'Hire date',
    required: false,
    aliases: ['date of hire', 'start date', 'hired'],
    description: 'YYYY-MM-DD or M/D/YYYY',
  },
  {
    name: 'vanTypes',
    label: 'Van types',
    required: false,
    aliases: ['vans', 'van type', 'vehicle types', 'van qualifications'],
    description: 'EDV, CDV, Step van, Rental (comma-separated)',
  },
  {
    name: 'licenseNumber',
    label: 'License number',
    required: false,
    aliases: ['driver license number', 'drivers license number', 'dl number', 'dl', 'license no'],
  },
  { name: 'licenseState', label: 'License state', required: false, aliases: ['dl state'] },
  {
    name: 'licenseExpiry',
    label: 'License expiry',
    required: false,
    aliases: ['license expiration', 'license expires', 'dl expiry', 'dl expiration', 'license exp'],
  },
  {
    name: 'dotMedicalExpiry',
    label: 'DOT medical expiry',
    required: false,
    aliases: [
      'dot medical expiration',
      'dot medical card expiry',
      'medical card expiry',
      'medical card expiration',
      'med card expiry',
    ],
  },
  {
    name: 'status',
    label: 'Status',
    required: false,
    aliases: ['da status', 'employment status'],
    description: 'applicant, onboarding, active, inactive or terminated; blank: applicant for a new DA',
  },
];

const Text = PlainText;
// The columns whose texts never repeat down a file, read without zod where they are good (readFast).
const FastNamePart = readFast(NamePart, (text) => {
  const name = namePart(text);
  return name.length > 0 && name.length <= 80 ? name : undefined;
});

/** Each column's reading (exported for the test holding the fast readings to the schemas). */
export const driverCellSchemas = {
  name: Text(161),
  firstName: FastNamePart,
  lastName: FastNamePart,
  transporterId: readFast(TransporterId, (text) => {
    const id = text.trim().toUpperCase();
    return TRANSPORTER_ID.test(id) ? id : undefined;
  }),
  employeeId: Text(40),
  phone: readFast(Phone, (text) => {
    const phone = asE164(text);
    return E164.test(phone) ? phone : undefined;
  }),
  email: readFast(
    z
      .string()
      .trim()
      .transform((s) => s.toLowerCase())
      .pipe(z.email('Not an email address.').max(320)),
    (text) => {
      const email = text.trim().toLowerCase();
      return email.length <= 320 && z.regexes.email.test(email) ? email : undefined;
    },
  ),
  language: Language,
  smsConsent: YesNo,
  station: z
    .string()
    .trim()
    .transform((s) => s.toUpperCase()),
  hourlyRate: HourlyRate,
  hireDate: importDateIn(PAST),
  vanTypes: VanTypeList,
  licenseNumber: Text(40),
  licenseState: LicenseState,
  licenseExpiry: importDateIn(TERM),
  dotMedicalExpiry: importDateIn(TERM),
  status: Status,
};

/** One checked row: absent fields (blank cells, missing columns) leave a DA's stored value as it is. */
export interface DriverImportRow {
  /** The DA on file the row's Transporter or employee ID found when it was checked; none for a new DA. */
  id?: string;
  transporterId?: string;
  employeeId?: string;
  firstName?: string;
  lastName?: string;
  phone?: string;
  email?: string;
  language?: 'en' | 'es';
  smsConsent?: boolean;
  homeStationId?: string;
  hourlyRateCents?: number;
  hireDate?: string;
  vanTypes?: VanType[];
  licenseNumber?: string;
  licenseState?: string;
  licenseExpiry?: string;
  dotMedicalExpiry?: string;
  status?: DriverStatus;
}

/** Reads a row's cells into values: what can be checked without the DAs on file. */
export function driverCellsReader() {
  const parse = cellsParser(driverImportFields, driverCellSchemas);
  return (raw: Record<string, string>) => {
    const cells = unguardCells(raw);
    const parsed = parse(cells);
    if (!parsed.ok) return parsed;
    if (!parsed.row.transporterId && !parsed.row.employeeId) {
      return {
        ok: false as const,
        issues: [{ field: 'transporterId', message: 'Give the DA’s Transporter ID or employee ID.' }],
      };
    }
    // Where a missing name is reported: the file names DAs by first and last name, or in one Name column.
    const byParts = ('firstName' in cells || 'lastName' in cells) && !('name' in cells);
    // Added, not spread into a copy: a copy gets a shape of its own, and reading many shapes is slow.
    return { ok: true as const, row: Object.assign(parsed.row, { byParts }) };
  };
}

export type DriverCells = Extract<ReturnType<ReturnType<typeof driverCellsReader>>, { ok: true }>['row'];
