import fs from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { readablePath } from './access.js';
import { sendProblem } from './errors.js';
import { HttpProblem } from './problems.js';

/** Vite names every file under assets/ by its content's hash: a new build gives new names. */
export const HASHED_ASSET_CACHE = 'public, max-age=31536000, immutable';
/** Everything else (index.html, the favicon) is asked after each time, so a deploy shows at once. */
export const REVALIDATE = 'no-cache';

function cacheControl(root: string) {
  const assets = path.join(root, 'assets') + path.sep;
  return (reply: FastifyReply, file: string) => {
    reply.header('cache-control', file.startsWith(assets) ? HASHED_ASSET_CACHE : REVALIDATE);
  };
}

/**
 * The built web app (`root`, Vite's output), with every non-API path answered by index.html
 * (client-side routes). The build writes a brotli and a gzip copy beside each text file
 * (web/vite.config.ts); they are sent to browsers that accept them, costing no CPU per request.
 */
export async function serveWebApp(app: FastifyInstance, root: string): Promise<void> {
  const hasWeb = fs.existsSync(path.join(root, 'index.html'));
  if (hasWeb) {
    await app.register(fastifyStatic, {
      root,
      wildcard: false,
      preCompressed: true,
      cacheControl: false,
      setHeaders: cacheControl(root),
    });
  }
  app.setNotFoundHandler((req, reply) => {
    const asRead = readablePath(req.url);
    if (asRead.startsWith('/api/') || asRead === '/metrics' || !hasWeb || req.method !== 'GET') {
      return sendProblem(
        reply,
        new HttpProblem(404, 'Not Found', `No route for ${req.method} ${req.url.split('?')[0]}.`),
      );
    }
    return reply.type('text/html').sendFile('index.html');
  });
}
