#!/usr/bin/env node
// Bundles the sources into dist/caseline.js for `npm start` (npm runs this first, as `prestart`). The
// running bot then loads plain JavaScript instead of compiling TypeScript through tsx at start, which
// keeps about 45 MB of loader and compiler out of its memory (issue 6: < 200 MB peak RSS with a 25 MB
// attachment). Packages stay external (node_modules); data files are read from the project root
// (src/project-root.ts), so the bundle runs from dist/ or any directory inside the project.
// Usage: node scripts/build.mjs [--outdir DIR]
import { parseArgs } from 'node:util';
import { build } from 'esbuild';

const root = new URL('..', import.meta.url).pathname;
const { values } = parseArgs({ options: { outdir: { type: 'string', default: 'dist' } } });

await build({
  stdin: {
    contents: "import { runCli } from './src/cli/main.ts';\nprocess.exitCode = await runCli(process.argv.slice(2));\n",
    resolveDir: root,
    sourcefile: 'caseline-entry.ts',
    loader: 'ts',
  },
  outfile: `${values.outdir}/caseline.js`,
  absWorkingDir: root,
  bundle: true,
  packages: 'external',
  platform: 'node',
  format: 'esm',
  target: 'node20',
  sourcemap: 'linked',
  logLevel: 'warning',
});
