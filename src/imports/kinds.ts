import type { ImportKind } from './domain/kind.js';

const registered = new Map<string, ImportKind>();

/**
 * The file kinds the import mechanism accepts, by name. The app registers each slice's kinds when it
 * assembles the slices (`src/app/slices.ts`), so this mechanism knows no slice itself.
 */
export const importKinds: ReadonlyMap<string, ImportKind> = registered;

export function registerImportKind(kind: ImportKind): void {
  registered.set(kind.kind, kind);
}
