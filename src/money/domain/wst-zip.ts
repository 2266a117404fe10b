import type { MoneyFileKind } from '../../db/schema.js';

/** The WST files a weekly ZIP holds, told by their names (shared payroll-and-money.md §3, "WST ZIP"). */
const ENTRY_KINDS: [RegExp, MoneyFileKind][] = [
  [/delivered[\s_-]*packages/i, 'wst-delivered-packages'],
  [/service[\s_-]*details/i, 'wst-service-details'],
  [/training/i, 'wst-training'],
  [/unplanned[\s_-]*delay/i, 'wst-unplanned-delay'],
  [/weekly[\s_-]*report/i, 'wst-weekly-report'],
];

/** The import kind of a file inside the ZIP, by its name; null for anything else (a folder, a readme). */
export function kindOfZipEntry(entryName: string): MoneyFileKind | null {
  const base = entryName.split('/').pop() ?? '';
  if (!/\.(csv|xlsx)$/i.test(base)) return null;
  return ENTRY_KINDS.find(([name]) => name.test(base))?.[1] ?? null;
}
