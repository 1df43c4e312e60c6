import { email, replay } from '../tests/support/replay.ts';

const r = await replay([
  email('ana@acme.example', 'Genesys Info Mart 8.5 nightly jobs fail on production, severity medium\nPIN: 482913', {
    thread: 'gim',
  }),
  email('ana@acme.example', 'It began when the database was moved to a new cluster', { thread: 'gim' }),
  email('ana@acme.example', 'Thirty managers get late reports', { thread: 'gim' }),
]);
for (const t of r.transcript)
  console.log(t.direction, t.to ?? t.from, JSON.stringify(t.text.slice(0, 150)), t.asks ?? '');
console.log(r.cases.map((c) => [c.state, c.circumstances, c.businessImpact]));
