import { readFileSync, readdirSync } from 'node:fs';
import { ReplayScriptSchema } from '/work/wt/und-dev3/src/services/replay/script.ts';
const dir = '/work/wt/und-dev3/tests/fixtures/understanding/dev/conversations';
let bad = 0;
for (const f of readdirSync(dir).sort()) {
  const d = JSON.parse(readFileSync(`${dir}/${f}`, 'utf8'));
  const r = ReplayScriptSchema.safeParse(d.script);
  if (!r.success) { bad++; console.log('BAD', f, r.error.message.slice(0, 300)); }
}
console.log('files checked, bad =', bad);
