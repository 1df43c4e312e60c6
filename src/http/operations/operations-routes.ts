/** The operator's endpoints beside /healthz (healthz.ts) on the bot's one HTTP server: /readyz and /metrics. */
import type { HealthSources } from '../../health/readiness.ts';
import type { Metrics } from '../../metrics/prometheus-instruments.ts';
import type { Route } from '../routes.ts';
import { metricsRoute } from './metrics.ts';
import { pureRoute } from './pure-route.ts';
import { readyzRoute } from './readyz.ts';

export function operationsRoutes(options: { metrics: Metrics; sources: () => HealthSources | null }): Route[] {
  return [pureRoute('/readyz', readyzRoute(options.sources)), pureRoute('/metrics', metricsRoute(options.metrics))];
}
