// Builds the server and the web app only when a source file is newer than the last build.
import { execSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const newest = (dir) => {
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    latest = Math.max(latest, entry.isDirectory() ? newest(full) : statSync(full).mtimeMs);
  }
  return latest;
};
const builtAt = (file) => (existsSync(file) ? statSync(file).mtimeMs : 0);

export function buildIfStale(root) {
  const run = (script) => execSync(`npm run --silent ${script}`, { cwd: root, stdio: 'inherit' });
  const serverOut = join(root, 'dist/cli/main.js');
  if (builtAt(serverOut) < newest(join(root, 'src'))) {
    console.log('Building the server…');
    run('build:server');
  }
  const webOut = join(root, 'web/dist/index.html');
  if (builtAt(webOut) < Math.max(newest(join(root, 'web/src')), builtAt(join(root, 'web/index.html')))) {
    console.log('Building the web app…');
    run('build:web');
  }
}
