import { readSeverity, severityAnswer } from '../src/domain/understanding/severity.ts';

for (const t of [
  'severity high',
  'Sev: Low',
  'High priority issue',
  'Critical: production SIP Server 9.0, half the calls fail',
  'open a case, High: SIP Server',
  'make it Medium, not High',
  'our production is down',
  'high CPU on the server',
  'a critical alarm in the logs',
  'P2',
  'severity 3 - medium',
  'please raise case 01000001 to Critical – Production Down, nothing works',
  'this is business critical',
  'sev1!!',
  'Severity: 2 (High)',
])
  console.log(JSON.stringify(t), readSeverity(t));
for (const t of [
  'high',
  'High please',
  "let's say medium",
  '3',
  'ok, High then',
  'medium I guess',
  'yes',
  'p2',
  'critical production down',
])
  console.log('ans', t, severityAnswer(t));
