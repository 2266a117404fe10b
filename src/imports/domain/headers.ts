import { shown, textProblem } from '../../shared/text.js';
import type { ImportField } from './kind.js';

/** Headers match when equal after trimming and ignoring case, spaces and punctuation. */
export const normalizeHeader = (header: string): string =>
  header
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');

export type Mapping = Record<string, string | null>;

/** The index of a column letter: A → 0, L → 11, AA → 26. */
const columnIndex = (letters: string): number =>
  [...letters.toUpperCase()].reduce((n, c) => n * 26 + c.charCodeAt(0) - 64, 0) - 1;

/**
 * Decides which file column feeds each field: a mapping the user gave (or saved) wins when its
 * header is in the file; otherwise the field's name, label or aliases are looked for; last, a field
 * with a column letter takes the header in that place, unless another field took it by name.
 */
export function resolveMapping(fields: ImportField[], headers: string[], preferred: Mapping = {}): Mapping {
  const byNormal = new Map<string, string>();
  for (const h of headers) {
    const n = normalizeHeader(h);
    if (n && !byNormal.has(n)) byNormal.set(n, h);
  }
  const mapping: Mapping = {};
  for (const field of fields) {
    const chosen = preferred[field.name];
    if (chosen && headers.includes(chosen)) {
      mapping[field.name] = chosen;
      continue;
    }
    const names = [field.name, field.label, ...(field.aliases ?? [])].map(normalizeHeader);
    mapping[field.name] = names.map((n) => byNormal.get(n)).find((h) => h !== undefined) ?? null;
  }
  const taken = new Set(Object.values(mapping));
  for (const field of fields) {
    const header = field.column ? headers[columnIndex(field.column)] : undefined;
    if (mapping[field.name] || !header || taken.has(header)) continue;
    mapping[field.name] = header;
    taken.add(header);
  }
  return mapping;
}

/** Column index of each mapped field, for turning a row's cells into {field: text}. */
export function columnIndexes(mapping: Mapping, headers: string[]): [string, number][] {
  return Object.entries(mapping)
    .filter((e): e is [string, string] => e[1] !== null)
    .map(([field, header]) => [field, headers.indexOf(header)]);
}

export function cellsOf(indexes: [string, number][], cells: string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [field, i] of indexes) out[field] = (cells[i] ?? '').trim();
  return out;
}

/** The header row's cells that no text may be (textProblem), each as the import reports a bad cell. */
export function headerTextErrors(headers: string[]): { row: number; column: string; message: string }[] {
  return headers.flatMap((header, i) => {
    const problem = textProblem(header);
    if (!problem) return [];
    const message = `The header of column ${i + 1} ${problem.charAt(0).toLowerCase()}${problem.slice(1)}`;
    return [{ row: 1, column: shown(header), message }];
  });
}
