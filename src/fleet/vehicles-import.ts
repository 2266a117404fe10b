import type { ImportKind } from '../imports/domain/kind.js';
import { prepareVanCheck } from './vehicles-import/checks.js';
import {
  type VanCells,
  type VehicleImportRow,
  vehicleCellsReader,
  vehicleImportFields,
} from './vehicles-import/columns.js';
import { undoVan } from './vehicles-import/undo.js';
import { applyVans } from './vehicles-import/writes.js';

export { type VehicleImportRow, vehicleImportFields } from './vehicles-import/columns.js';

/**
 * Vans from a fleet spreadsheet. Natural key: the VIN. A new van needs a fleet number, a van type, an
 * ownership and a station (the Station column, else the station picked with the upload); for a van on
 * file, blank cells and missing columns leave what is stored.
 */
export const vehiclesImport: ImportKind<VehicleImportRow, VanCells> = {
  kind: 'vehicles',
  label: 'Vans',
  permission: 'fleet.write',
  needsStation: false,
  entity: 'van',
  fields: vehicleImportFields,
  reader: vehicleCellsReader,
  prepare: prepareVanCheck,
  key: (row) => `VIN ${row.vin}`,
  keyFields: ['vin'],
  apply: applyVans,
  undo: undoVan,
};
