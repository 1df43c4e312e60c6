import Fuse from 'fuse.js';

const names = [
  'SIP Server',
  'Genesys Info Mart',
  'Info Mart',
  'Interaction Server',
  'Workforce Management',
  'Workspace Desktop Edition',
  'Genesys Administrator',
  'PureConnect CIC',
  'Genesys Voice Platform',
  'Orchestration Server',
  'Universal Routing Server',
  'Stat Server',
  'Outbound Contact Server',
  'Configuration Server',
  'Genesys Administrator Extension',
  'Interaction Recording',
];
const fuse = new Fuse(names, { includeScore: true, threshold: 0.4, ignoreLocation: true, minMatchCharLength: 3 });
for (const q of [
  'SIP Srvr',
  'Sip Sever',
  'sip trunk',
  'the server',
  'Interaction Sever',
  'Orchestraton',
  'Stat',
  'our system',
  'Routing Srv',
  'Info Mrt',
  'Infomart',
  'workforce mgmt',
  'voice platfrom',
  'config srv',
  'the recording',
  'SIP Proxy',
  'Server',
  'media server',
  'session server',
])
  console.log(
    q,
    fuse
      .search(q)
      .slice(0, 2)
      .map((r) => [r.item, r.score.toFixed(3)]),
  );
