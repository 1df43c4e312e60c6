import { ANA_VERIFIED, replay, slack } from '../tests/support/replay.ts';

const r = await replay([
  ...ANA_VERIFIED,
  slack('U01ANA', 'I need to order a controlled release of SIP Server'),
  slack('U01ANA', 'SIP Server 8.5.104.02 CD'),
  slack('U01ANA', 'Red Hat Enterprise Linux 8'),
  slack('U01ANA', 'French'),
  slack('U01ANA', 'by courier please'),
  slack('U01ANA', 'Acme Corp, 1 rue de Rivoli, 75001 Paris, +33 1 23 45 67 89, ops@acme.example'),
  slack('U01ANA', 'We must stay on 8.5.104 until the Q1 freeze ends'),
]);
for (const t of r.transcript)
  console.log(t.direction, t.to ?? t.from, JSON.stringify(t.text.slice(0, 200)), t.asks ?? '', t.reasked ?? '');
