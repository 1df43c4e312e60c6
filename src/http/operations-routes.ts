/** The operator's endpoints on the bot's HTTP server: /healthz, /readyz, /metrics. */
import type { HealthSources } from '../health/readiness.ts';
import type { Metrics } from '../metrics/prometheus-instruments.ts';
import type { RouteRegistry } from './route.ts';
import { healthzRoute } from './routes/healthz.ts';
import { metricsRoute } from './routes/metrics.ts';
import { readyzRoute } from './routes/readyz.ts';

export function registerOperationsRoutes(
  routes: RouteRegistry,
  options: { version: string; startedAt: Date; metrics: Metrics; sources: () => HealthSources | null },
): void {
  routes.get('/healthz', healthzRoute({ version: options.version, startedAt: options.startedAt }));
  routes.get('/readyz', readyzRoute(options.sources));
  routes.get('/metrics', metricsRoute(options.metrics));
}
