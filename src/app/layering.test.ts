import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * The layering of src/, lowest first (docs/architecture.md says why). A file may import its own layer
 * and the layers below it, never one above. A file belongs to the layer of the longest path below that
 * names it, so a few files of a directory can sit lower than the rest (the app's request kernel).
 * Tests and their helpers are left out: a test may drive the whole app.
 */
const LAYERS: readonly (readonly string[])[] = [
  ['shared/'],
  ['db/'],
  // What every route is given: the context, problems, config, the text check and uploads.
  [
    'app/context.ts',
    'app/config.ts',
    'app/problems.ts',
    'app/errors.ts',
    'app/i18n.ts',
    'app/localize.ts',
    'app/messages/',
    'app/text-check.ts',
    'app/upload.ts',
  ],
  // Who, where and what was done, and the mechanisms every slice uses: imports, the slice contract.
  // The message-template vocabulary imports nothing and is what texting slices hand the app.
  [
    'auth/',
    'tenancy/',
    'audit/',
    'app/access.ts',
    'app/remembered.ts',
    'app/request-version.ts',
    'imports/',
    'app/slice.ts',
    'messaging/domain/templates.ts',
  ],
  // The records a DSP keeps: DAs, vans and the files attached to them.
  ['people/', 'fleet/', 'files/'],
  // Texting DAs reads their numbers, language and consent from people.
  ['messaging/'],
  ['inspections/'],
  ['readiness/', 'dispatch/'],
  ['performance/'],
  ['coaching/'],
  // Money prices what payroll owes (the risk ledger reads its premiums); payroll never reads money.
  ['payroll/'],
  ['money/'],
  // Composition roots: they alone may know every slice.
  ['app/', 'demo/', 'cli/'],
];

const SRC = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

function layerOf(file: string, layers: readonly (readonly string[])[] = LAYERS): number {
  let best = -1;
  let bestLength = -1;
  layers.forEach((prefixes, layer) => {
    for (const prefix of prefixes) {
      if (file.startsWith(prefix) && prefix.length > bestLength) {
        best = layer;
        bestLength = prefix.length;
      }
    }
  });
  return best;
}

/** The relative specifiers a source imports or re-exports, statically or dynamically. */
function specifiersOf(source: string): string[] {
  const found: string[] = [];
  const pattern = /(?:\bfrom\s*|\bimport\s*\(?\s*)['"](\.{1,2}\/[^'"]+)['"]/g;
  for (const m of source.matchAll(pattern)) found.push(m[1] as string);
  return found;
}

/** "a.ts imports b.ts" for every import that goes up the layering, given files relative to src/. */
function forbiddenImports(
  sources: ReadonlyMap<string, string>,
  layers: readonly (readonly string[])[] = LAYERS,
): string[] {
  const out: string[] = [];
  for (const [file, source] of sources) {
    for (const spec of specifiersOf(source)) {
      const target = path.posix.join(path.posix.dirname(file), spec).replace(/\.js$/, '.ts');
      if (layerOf(target, layers) > layerOf(file, layers)) out.push(`${file} imports ${target}`);
    }
  }
  return out.sort();
}

/** Tests and what only tests use: `testing.ts`, `test-kit.ts`, `*-testing.ts`, a `testing/` folder. */
const isTestCode = (file: string): boolean =>
  /\.test\.ts$|(^|\/)(testing|test-kit)\.ts$|-testing\.ts$|(^|\/)testing\//.test(file);

function sourcesOfSrc(): Map<string, string> {
  const sources = new Map<string, string>();
  for (const entry of fs.readdirSync(SRC, { recursive: true, encoding: 'utf8' })) {
    const file = entry.split(path.sep).join('/');
    if (!file.endsWith('.ts')) continue;
    sources.set(file, fs.readFileSync(path.join(SRC, file), 'utf8'));
  }
  return sources;
}

describe('layering', () => {
  const all = sourcesOfSrc();
  const product = new Map([...all].filter(([file]) => !isTestCode(file)));

  it('places every source file in a layer', () => {
    expect([...product.keys()].filter((f) => layerOf(f) < 0)).toEqual([]);
  });

  it('has no file importing a layer above its own', () => {
    expect(forbiddenImports(product)).toEqual([]);
  });

  it('has no file but a test importing what only tests use', () => {
    const intoTests = [...product].flatMap(([file, source]) =>
      specifiersOf(source)
        .map((spec) => path.posix.join(path.posix.dirname(file), spec))
        .filter(isTestCode)
        .map((target) => `${file} imports ${target}`),
    );
    expect(intoTests).toEqual([]);
  });

  it('reports an import that goes up, and lets one go down or sideways', () => {
    const sources = new Map([
      ['people/footprint.ts', "import { countRoutesOfDriver } from '../dispatch/day-store.js';"],
      ['people/routes.ts', "import type { App } from '../app/context.js';\nimport { x } from './store.js';"],
      ['fleet/store.ts', "import { y } from '../people/store.js';"],
      [
        'imports/kinds.ts',
        "export { z } from '../people/drivers-import.js';\nconst m = import('../app/server.js');",
      ],
    ]);
    expect(forbiddenImports(sources)).toEqual([
      'imports/kinds.ts imports app/server.ts',
      'imports/kinds.ts imports people/drivers-import.ts',
      'people/footprint.ts imports dispatch/day-store.ts',
    ]);
  });
});
