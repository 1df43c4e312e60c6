/** `GET /metrics`: the Prometheus exposition of the bot's registry (src/metrics/). */
import type { Metrics } from '../../metrics/prometheus-instruments.ts';
import type { PureHandler } from './pure-route.ts';

export function metricsRoute(metrics: Pick<Metrics, 'render'>): PureHandler {
  return async () => {
    const { contentType, body } = await metrics.render();
    return { status: 200, headers: { 'content-type': contentType, 'cache-control': 'no-store' }, body };
  };
}
