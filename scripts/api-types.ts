// `npm run api:types`: writes web/src/api/schema.d.ts from the OpenAPI document the routes describe.
// `--check` writes nothing and fails when the file is not what the routes say (CI, tests).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildApiDocument } from '../src/app/api-document.js';
import { apiTypesSource } from '../src/app/api-types.js';

const target = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../web/src/api/schema.d.ts');
const source = await apiTypesSource(await buildApiDocument());
if (process.argv.includes('--check')) {
  const current = fs.existsSync(target) ? fs.readFileSync(target, 'utf8') : '';
  if (current !== source) {
    console.error(`${path.relative(process.cwd(), target)} is stale: run npm run api:types`);
    process.exit(1);
  }
} else {
  fs.writeFileSync(target, source);
}
