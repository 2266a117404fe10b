// The money slice's fleet bills (issue 16 item 5), assembled into `Database` by src/db/schema.ts.

/**
 * A row of a fleet file, by the file's kind: `fixed-monthly` (date, van_class, quantity = vans paid that
 * day, rate_cents = the class's monthly rate, amount_cents), `afs` (date, quantity = the authorized
 * fleet size) or `fleet-invoice` (a lessor's or rental line: date = the period's first day, period_end,
 * the van by vin/plate and the van it matched, quantity = days billed, rate_cents, amount_cents).
 */
export interface MoneyFleetRowsTable {
  org_id: string;
  file_id: string;
  /** The file's row number (header = 1). */
  row: number;
  date: string;
  period_end: string | null;
  van_class: string | null;
  vin: string | null;
  plate: string | null;
  /** Our van, matched by VIN then plate; null until someone links it. */
  van_id: string | null;
  lessor: string | null;
  reference: string | null;
  quantity: number | null;
  rate_cents: number | null;
  amount_cents: number | null;
}
