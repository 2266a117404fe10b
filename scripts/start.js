// `npm start`: build what is missing, then migrate and serve on the embedded database with the demo DSP.
import { spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildIfStale } from './build-if-stale.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
buildIfStale(root);
const child = spawn(process.execPath, [join(root, 'dist/cli/main.js'), 'serve', '--demo'], {
  stdio: 'inherit',
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code) => process.exit(code ?? 0));
