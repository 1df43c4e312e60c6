import { CARLA_VERIFIED, replay, slack } from '../tests/support/replay.ts';

const r = await replay([
  ...CARLA_VERIFIED,
  slack('U02CARLA', 'Interaction Server 9.0 drops chat interactions on production, severity low'),
  slack('U02CARLA', 'It started after the network change on Friday', '+5h'),
  slack('U02CARLA', 'Five agents lose chats', '+1h'),
]);
for (const t of r.transcript)
  console.log(t.direction, t.to ?? t.from, JSON.stringify(t.text.slice(0, 150)), t.asks ?? '');
console.log(r.cases);
