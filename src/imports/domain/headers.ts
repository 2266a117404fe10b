import { shown, textProblem } from '../../shared/text.js';
import type { ImportField } from './kind.js';

/** Headers match when equal after trimming and ignoring case, spaces and punctuation. */
export const normalizeHeader = (header: string): string =>
  header
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');

export type Mapping = Record<string, string | null>;

/**
 * Decides which file column feeds each field: a mapping the user gave (or saved) wins when its
 * header is in the file; otherwise the field's name, label or aliases are looked for.
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
