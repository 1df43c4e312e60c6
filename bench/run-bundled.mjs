#!/usr/bin/env node
// Runs a bench as the bot runs in production: bundled by esbuild like scripts/build.mjs (plain JavaScript,
// packages external), not compiled on the fly by tsx, whose keepNames wrapping makes every closure cost
// a defineProperty call the bundle does not pay. Usage: node bench/run-bundled.mjs bench/clock.bench.ts
import { rmSync } from 'node:fs';
import { build } from 'esbuild';

const root = new URL('..', import.meta.url).pathname;
const entry = process.argv[2];
const outfile = `${root}dist/bench-${Date.now()}.mjs`;
await build({
  entryPoints: [entry],
  outfile,
  absWorkingDir: root,
  bundle: true,
  packages: 'external',
  platform: 'node',
  format: 'esm',
  target: 'node20',
  logLevel: 'warning',
});
try {
  await import(outfile);
} finally {
  rmSync(outfile, { force: true });
}
