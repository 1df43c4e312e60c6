import { readFileSync } from 'node:fs';
import { DEFAULT_POLICY } from '../src/domain/policy/defaults.ts';
import { runReplay } from '../src/services/replay/run-replay.ts';
import { ReplayScriptSchema } from '../src/services/replay/script.ts';
import { demoImage } from '../tests/support/replay.ts';

const f = process.argv[2]!;
const d = JSON.parse(readFileSync(f, 'utf8'));
const r = await runReplay(ReplayScriptSchema.parse(d.script), {
  policy: DEFAULT_POLICY,
  loadDirectory: async () => {},
  image: await demoImage(),
});
for (const t of r.transcript)
  console.log(
    t.direction === 'in' ? '>>' : '  <',
    t.to ?? t.from,
    JSON.stringify(t.text.slice(0, 260)),
    t.asks ? `asks=${t.asks}` : '',
  );
console.log(
  JSON.stringify(
    r.cases.map((c) => ({
      n: c.number,
      st: c.state,
      p: c.product,
      v: c.version,
      sev: c.severity,
      sys: c.system,
      d: c.description?.slice(0, 60),
      c: c.circumstances,
      i: c.businessImpact,
    })),
  ),
);
