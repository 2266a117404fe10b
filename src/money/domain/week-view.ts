import type { Category, Tally } from './expected.js';
import { lineKey } from './expected.js';
import { lineTitle } from './expected-check.js';

/**
 * The Money week page (issue 16 item 10): per line of the week, what our records expect, what WST
 * shows (priced by the rate card), what the invoice pays and, on the total, what was deposited.
 */

export interface Cell {
  quantity: number;
  /** null when no rate prices some of it. */
  cents: number | null;
}

export interface WeekLine {
  key: string;
  category: Category;
  title: string;
  records: Cell;
  /** null: WST says nothing of it (no file for the week, or a WST file that is not read). */
  wst: Cell | null;
  wstNote: string | null;
  invoiced: Cell | null;
}

/** Why WST has no figure for a category it does not count in Service Details. */
const WST_UNREAD: Partial<Record<Category, string>> = {
  training: 'WST Training Weekly file not read',
  'late-cancel': 'not in WST Service Details',
  'unplanned-delay': 'WST Unplanned Delay file not read',
};

const ORDER: Category[] = ['route', 'training', 'ride-along', 'late-cancel', 'unplanned-delay', 'packages'];

function cellOf(tallies: Tally[]): Cell {
  const quantity = Math.round(tallies.reduce((n, t) => n + t.quantity, 0) * 100) / 100;
  const cents = tallies.some((t) => t.cents === null)
    ? null
    : tallies.reduce((n, t) => n + (t.cents ?? 0), 0);
  return { quantity, cents };
}

export function weekLines(sources: {
  records: Tally[];
  wst: Tally[] | null;
  invoice: Tally[] | null;
}): WeekLine[] {
  const all = [...sources.records, ...(sources.wst ?? []), ...(sources.invoice ?? [])];
  const first = new Map<string, Tally>();
  for (const t of all) if (!first.has(lineKey(t))) first.set(lineKey(t), t);
  const of = (ts: Tally[], key: string) => ts.filter((t) => lineKey(t) === key);
  return [...first.entries()]
    .sort(([ka, a], [kb, b]) => ORDER.indexOf(a.category) - ORDER.indexOf(b.category) || ka.localeCompare(kb))
    .map(([key, t]) => {
      const unread = WST_UNREAD[t.category] ?? null;
      return {
        key,
        category: t.category,
        title: lineTitle(t),
        records: cellOf(of(sources.records, key)),
        wst: sources.wst && !unread ? cellOf(of(sources.wst, key)) : null,
        wstNote: sources.wst ? unread : 'no WST file for the week',
        invoiced: sources.invoice ? cellOf(of(sources.invoice, key)) : null,
      };
    });
}

/** A column's total in cents over the lines (null parts left out, said by `partial`). */
export function columnTotal(cells: (Cell | null)[]): { cents: number; partial: boolean } | null {
  const present = cells.filter((c): c is Cell => c !== null);
  if (present.length === 0) return null;
  return {
    cents: present.reduce((n, c) => n + (c.cents ?? 0), 0),
    partial: present.some((c) => c.cents === null),
  };
}
