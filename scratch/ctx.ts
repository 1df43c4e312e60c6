import { DEFAULT_POLICY } from '../src/domain/policy/defaults.ts';
import { ruleReader } from '../src/domain/understanding/rule-reader.ts';

const [text, thread, asked, caseProduct] = process.argv.slice(2);
const r = ruleReader.read(text!, {
  inCaseThread: thread === '1',
  catalog: DEFAULT_POLICY.products,
  ...(asked ? { asked: asked.split(',') as never } : {}),
  ...(caseProduct ? { caseProduct } : {}),
});
console.log(
  r.intents,
  JSON.stringify(Object.fromEntries(Object.entries(r.slots).map(([k, v]) => [k, v!.value]))),
  r.announcesNewIssue,
  r.issues.length,
);
