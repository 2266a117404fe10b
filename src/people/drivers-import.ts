import type { ImportKind } from '../imports/domain/kind.js';
import { prepareDriverCheck } from './drivers-import/checks.js';
import {
  type DriverCells,
  type DriverImportRow,
  driverCellsReader,
  driverImportFields,
} from './drivers-import/columns.js';
import { undoDriver } from './drivers-import/undo.js';
import { applyDrivers } from './drivers-import/writes.js';

export { type DriverImportRow, driverImportFields } from './drivers-import/columns.js';

/**
 * DAs from a roster spreadsheet (HR, payroll or a previous export). Natural key: the Transporter ID,
 * else the employee ID; a row may carry both, and a DA found by either gets the other. A new DA needs
 * a name and a station (the Station column, else the station picked with the upload); for a DA on file,
 * blank cells and missing columns leave what is stored.
 */
export const driversImport: ImportKind<DriverImportRow, DriverCells> = {
  kind: 'drivers',
  label: 'DAs',
  permission: 'people.write',
  needsStation: false,
  entity: 'driver',
  fields: driverImportFields,
  reader: driverCellsReader,
  prepare: prepareDriverCheck,
  key: (row) => (row.transporterId ? `Transporter ID ${row.transporterId}` : `employee ID ${row.employeeId}`),
  keyFields: ['transporterId', 'employeeId'],
  apply: applyDrivers,
  undo: undoDriver,
};
