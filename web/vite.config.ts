import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import zlib from 'node:zlib';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));
const outDir = fileURLToPath(new URL('./dist', import.meta.url));
const api = 'http://127.0.0.1:3000';

const brotli = promisify(zlib.brotliCompress);
const gzip = promisify(zlib.gzip);
const TEXT = /\.(js|css|html|svg|json)$/;

/**
 * Writes `NAME.br` and `NAME.gz` beside each text file of the build, at the strongest settings, for
 * @fastify/static's `preCompressed` (src/app/web-app.ts). Compressing once here beats compressing on
 * each request: brotli 11 is too slow to run per request, and the server spends no CPU on it.
 */
function precompress(): Plugin {
  return {
    name: 'stationhand-precompress',
    apply: 'build',
    async closeBundle() {
      const files = fs.readdirSync(outDir, { recursive: true, encoding: 'utf8' }).filter((f) => TEXT.test(f));
      await Promise.all(
        files.map(async (file) => {
          const full = path.join(outDir, file);
          const body = fs.readFileSync(full);
          const br = await brotli(body, {
            params: {
              [zlib.constants.BROTLI_PARAM_QUALITY]: zlib.constants.BROTLI_MAX_QUALITY,
              [zlib.constants.BROTLI_PARAM_SIZE_HINT]: body.length,
            },
          });
          fs.writeFileSync(`${full}.br`, br);
          fs.writeFileSync(`${full}.gz`, await gzip(body, { level: zlib.constants.Z_BEST_COMPRESSION }));
        }),
      );
    },
  };
}

export default defineConfig({
  root,
  plugins: [react(), precompress()],
  build: {
    outDir,
    emptyOutDir: true,
    sourcemap: true,
    // One stylesheet for the whole app, as before the split: pages use classes from other slices'
    // CSS (the van page, people's tabs), which per-chunk CSS would drop on a page opened directly.
    cssCodeSplit: false,
    // Which chunk holds which page: e2e/first-page.spec.ts checks what a DA's phone downloads.
    manifest: true,
  },
  server: {
    proxy: {
      '/api': { target: api, changeOrigin: false },
      '/metrics': { target: api, changeOrigin: false },
    },
  },
});
