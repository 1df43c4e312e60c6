import { DEFAULT_POLICY } from '../src/domain/policy/defaults.ts';
import { ruleReader } from '../src/domain/understanding/rule-reader.ts';

const catalog = DEFAULT_POLICY.products;
const msgs = process.argv.slice(2).length
  ? process.argv.slice(2)
  : [
      "Product: SIP Server 9.0\nSeverity: Low\nEnvironment: prod\nDescription: calls to the IVR drop after 30 seconds\nCircumstances: since yesterday's config change\nImpact: 20 agents affected",
      'Our production SIP Server 9.0 rejects outbound calls since we added a trunk group yesterday. About 40 agents cannot dial out. Severity high.',
      'We need to order the controlled release SIP Server 8.5.104.12 for RHEL 8, no localization needed, delivery by FTP. Reason: our auditors certified exactly that build.',
      'Critical: production SIP Server 9.0, half the calls fail since 08:00 this morning',
      'please raise case 01000001 to Critical – Production Down, nothing works anymore',
      'SIP Server 9.0 drops calls on production since the patch on Friday, severity high. Also, Genesys Info Mart 8.5 reports are empty since Monday.',
      'sipserver 9.0.012 drops calls on prod since the patch, sev low',
      'GIM 8.5.104.12 ETL fails on production since the upgrade, severity low',
      'Our SIP Srvr keeps restarting on production',
      'What kind of release is 8.5.1 to 9.0? And 8.5.1 to 8.6, and 8.5.1 to 8.5.2?',
      'need a case pls',
      'sorry, cancel that',
      'make it Medium, not High',
      "How quickly do you respond if it's High?",
      'asdf qwerty',
      'I want a manager to look at case 01000001',
      'After the Windows update the Interaction Server 9.0 service no longer starts on production',
      'The caller John Smith (+44 7700 900123) could not be reached, card **** 1111 exp 09/27 cvv 123, IBAN DE89 3704 0044 0532 0130 00, <password>S3cret!</password>',
    ];
for (const m of msgs) {
  const r = ruleReader.read(m, { inCaseThread: false, catalog });
  const slots = Object.fromEntries(Object.entries(r.slots).map(([k, v]) => [k, v!.value]));
  console.log('>>', JSON.stringify(m.slice(0, 100)));
  console.log(
    '   intents',
    r.intents.map((i) => `${i.intent}:${i.confidence}`).join(' '),
    'issues',
    r.issues.length,
    'products',
    r.products.map((p) => `${p.name}@${p.version ?? ''}/${p.confidence.toFixed(2)}`).join(','),
  );
  console.log('   ', JSON.stringify(slots));
}
