/**
 * Mechanical convention edits of the license-request corpus's expected records (issue 25 round 2,
 * docs/license-requests.md "Conventions"). Each rule changes one field only, the same way in every file,
 * and the script prints only how many files and values it changed — never a request's content, so it can
 * run over the held-out part without anyone reading it.
 *   node --import tsx scripts/corpus/conventions.ts <dir> <rule> [--write]
 * rules: os (canonical OS name, version without edition), order (an order number as the mail writes it,
 * a separate SO/PO label word dropped), port (`@host` implies port 7260, seed 002).
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { canonicalOs } from '../../src/domain/license-request/os-names.ts';
import { readRequestMail } from '../../src/services/license-request/read-request-mail.ts';

type Server = { hostName?: string; os?: string; osVersion?: string; port?: number };
type Expected = { fields: { licenseServers?: Server[]; orderNumber?: string } };

const [dir, rule, flag] = process.argv.slice(2);
if (!dir || !['os', 'order', 'port'].includes(rule ?? '')) {
  console.error('usage: conventions.ts <dir> os|order|port [--write]');
  process.exit(2);
}
const write = flag === '--write';
let files = 0;
let values = 0;

for (const file of readdirSync(dir).filter((f) => /\.(txt|eml)$/.test(f))) {
  const expectedPath = join(dir, file.replace(/\.(txt|eml)$/, '.expected.json'));
  if (!existsSync(expectedPath)) continue;
  const expected = JSON.parse(readFileSync(expectedPath, 'utf8')) as Expected;
  const mail = await readRequestMail(file, readFileSync(join(dir, file)));
  const text = [
    mail.input.body,
    ...(mail.input.attachments ?? []).map((a) => a.text ?? (a.rows ?? []).map((r) => r.join('\t')).join('\n')),
  ].join('\n');
  const changed = applyRule(rule!, expected, text);
  if (changed === 0) continue;
  files += 1;
  values += changed;
  if (write) writeFileSync(expectedPath, `${JSON.stringify(expected, null, 2)}\n`);
}
console.log(`${rule}: ${values} value(s) in ${files} file(s) ${write ? 'changed' : 'would change'} in ${dir}`);

function applyRule(name: string, expected: Expected, text: string): number {
  let changed = 0;
  const servers = expected.fields.licenseServers ?? [];
  if (name === 'os') {
    for (const server of servers) {
      if (!server.os) continue;
      const canonical = canonicalOs(`${server.os} ${server.osVersion ?? ''}`.trim());
      if (!canonical) continue;
      if (canonical.os !== server.os || (canonical.osVersion ?? undefined) !== server.osVersion) {
        server.os = canonical.os;
        if (canonical.osVersion) server.osVersion = canonical.osVersion;
        else delete server.osVersion;
        changed += 1;
      }
    }
  } else if (name === 'order') {
    const order = expected.fields.orderNumber;
    const typed = order && /^(SO|PO)-(.+)$/i.exec(order);
    // The mail wrote the type glued to the number (`SO-5512`): the identifier stays whole.
    if (typed && !new RegExp(`\\b${typed[1]}-${typed[2]!.replace(/[-.]/g, '\\$&')}\\b`, 'i').test(text)) {
      expected.fields.orderNumber = typed[2]!;
      changed += 1;
    }
  } else {
    for (const match of text.matchAll(/(?<![\w.@%+-])@([A-Za-z][\w.-]*[A-Za-z0-9])/g)) {
      const server = servers.find((s) => s.hostName?.toLowerCase() === match[1]!.toLowerCase());
      if (server && server.port === undefined) {
        server.port = 7260;
        changed += 1;
      }
    }
  }
  return changed;
}
