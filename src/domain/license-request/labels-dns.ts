/**
 * The order kit's DN counts (seed 002: agent seat DNs, technical DNs) under the names partners give them in their
 * forms and spreadsheets: extensions, positions, routing points, queues. Kept apart from labels.ts, which spreads
 * them into the order kit's label table.
 */
export const ENGAGE_DN_LABELS: Record<string, 'agentSeatDns' | 'technicalDns'> = {
  'agent seat dns': 'agentSeatDns',
  'agent seat related dns': 'agentSeatDns',
  'number of agent seat dns': 'agentSeatDns',
  'agent dns': 'agentSeatDns',
  'agent seat dn': 'agentSeatDns',
  'agent seat dns count': 'agentSeatDns',
  'agent extensions': 'agentSeatDns',
  extensions: 'agentSeatDns',
  'agent positions': 'agentSeatDns',
  positions: 'agentSeatDns',
  'agent dn': 'agentSeatDns',
  'seat dns': 'agentSeatDns',
  'technical dns': 'technicalDns',
  'technical dn': 'technicalDns',
  'number of technical dns': 'technicalDns',
  'other technical dns': 'technicalDns',
  'other dns': 'technicalDns',
  'routing points': 'technicalDns',
  'routing points vdns': 'technicalDns',
  'routing points queues': 'technicalDns',
  vdns: 'technicalDns',
  'acd queues': 'technicalDns',
  queues: 'technicalDns',
  'virtual queues': 'technicalDns',
  'tech dns': 'technicalDns',
};
