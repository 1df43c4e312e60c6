/** `GET /healthz`: the process is up and serving (liveness); 200 `{ status: 'ok', version }`. */
import { readFileSync } from 'node:fs';
import { projectPath } from '../project-root.ts';
import { type Route, sendJson } from './routes.ts';

const VERSION = (JSON.parse(readFileSync(projectPath('package.json'), 'utf8')) as { version: string }).version;

export function healthzRoute(): Route {
  return {
    method: 'GET',
    path: '/healthz',
    handle: (_req, res) => sendJson(res, 200, { status: 'ok', version: VERSION }),
  };
}
