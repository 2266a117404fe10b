import Fastify, { type FastifyInstance, type FastifyRequest } from 'fastify';
import { collectDefaultMetrics, Histogram, Registry } from 'prom-client';
import { sameSecret } from './access.js';
import type { Config } from './config.js';
import { sendProblem } from './errors.js';
import { unauthorized } from './problems.js';

type MetricsConfig = Pick<Config, 'METRICS_TOKEN' | 'METRICS_PORT' | 'METRICS_HOST'>;

declare module 'fastify' {
  interface FastifyInstance {
    /** Starts the /metrics listener of its own when METRICS_PORT is set; its address, else null. */
    listenForMetrics(): Promise<string | null>;
  }
}

/** With METRICS_TOKEN set, only `Authorization: Bearer <token>` reads the figures. */
function tokenAccepted(config: MetricsConfig, req: FastifyRequest): boolean {
  if (!config.METRICS_TOKEN) return true;
  const header = req.headers.authorization ?? '';
  return header.startsWith('Bearer ') && sameSecret(header.slice(7).trim(), config.METRICS_TOKEN);
}

function metricsRoute(on: FastifyInstance, registry: Registry, config: MetricsConfig): void {
  on.get('/metrics', { schema: { hide: true } }, async (req, reply) => {
    if (!tokenAccepted(config, req)) {
      return sendProblem(reply.header('www-authenticate', 'Bearer'), unauthorized('Send the metrics token.'));
    }
    return reply.type(registry.contentType).send(await registry.metrics());
  });
}

/**
 * Prometheus text at /metrics: process metrics and request durations by route and status. Served only
 * where the operator says: on a port of its own (METRICS_PORT), else on the app's port behind
 * METRICS_TOKEN; with neither, not at all.
 */
export function installMetrics(app: FastifyInstance, config: MetricsConfig): void {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const duration = new Histogram({
    name: 'http_request_duration_seconds',
    help: 'HTTP request duration by route and status',
    labelNames: ['method', 'route', 'status'],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [registry],
  });
  // One histogram child per method, route and status, found by a string: no labels object per request.
  const children = new Map<string, Histogram.Internal<string>>();
  app.addHook('onResponse', (req, reply, done) => {
    const route = req.routeOptions.url ?? 'unmatched';
    const status = String(reply.statusCode);
    const key = `${req.method} ${status} ${route}`;
    let child = children.get(key);
    if (!child) {
      child = duration.labels({ method: req.method, route, status });
      children.set(key, child);
    }
    child.observe(reply.elapsedTime / 1000);
    done();
  });
  const port = config.METRICS_PORT;
  if (port === undefined) {
    if (config.METRICS_TOKEN) metricsRoute(app, registry, config);
    app.decorate('listenForMetrics', async () => null);
    return;
  }
  const own = Fastify({ logger: false });
  metricsRoute(own, registry, config);
  app.decorate('listenForMetrics', () => own.listen({ port, host: config.METRICS_HOST }));
  app.addHook('onClose', () => own.close());
}
