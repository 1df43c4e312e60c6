import { readFileSync } from 'node:fs';
import { findSensitiveData } from '../src/domain/sensitive-data.ts';

const ms = readFileSync('tests/fixtures/understanding/dev/messages.jsonl', 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((l) => JSON.parse(l));
for (const id of process.argv.slice(2)) {
  const m = ms.find((x: any) => x.id === id);
  for (const f of findSensitiveData(m.text))
    console.log(id, f.kind, JSON.stringify(m.text.slice(f.start - 20, f.end + 5)));
}
