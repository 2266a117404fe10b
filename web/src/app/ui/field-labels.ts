import { createContext, useContext } from 'react';

/**
 * The labels of the fields of the form around: a field given a `name` (the server's name for it, e.g.
 * `hireDate`) registers its label, so an error summary names "Hire date", never `hireDate`.
 */
export const FieldLabels = createContext<Map<string, string> | null>(null);

/** "stationIds.0" → "Station ids (1)": the words of a key no field on the page names. */
export function humanizeKey(path: string): string {
  const words = path
    .split('.')
    .map((part) =>
      /^\d+$/.test(part) ? `(${Number(part) + 1})` : part.replace(/([a-z0-9])([A-Z])/g, '$1 $2'),
    )
    .join(' ')
    .toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export function useLabelOf(): (path: string) => string {
  const labels = useContext(FieldLabels);
  return (path) => {
    const [head = path, ...rest] = path.split('.');
    const label = labels?.get(path) ?? labels?.get(head);
    if (!label) return humanizeKey(path);
    return rest.length > 0 && !labels?.has(path)
      ? `${label} ${humanizeKey(rest.join('.')).toLowerCase()}`
      : label;
  };
}
