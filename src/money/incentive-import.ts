import { invoiceImport } from './invoice-import.js';

/**
 * The weekly Incentive invoice (`Delivery Excellence Incentive (<tier>)`, `Pickup Excellence Incentive`,
 * Total Due), read as the Variable one is. Its lines may have no date: then its file's name must carry a
 * day of the week it pays (`Incentive-2026-09-12.csv`), or it is kept under no week and checked against
 * nothing.
 */
export const incentiveInvoiceImport = invoiceImport('incentive-invoice', 'Amazon Incentive invoice (lines)');
