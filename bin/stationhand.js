#!/usr/bin/env node
// Runs the compiled CLI; builds the server first when this checkout has not been built yet.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
if (!existsSync(join(root, 'dist/cli/main.js'))) {
  execSync('npm run build:server', { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
}
await import('../dist/cli/main.js');
