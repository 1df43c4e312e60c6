/**
 * An Engage request that describes exactly one license server (its host id given), speaks of it in the
 * singular ("systeminfo from the box"), and says nothing of a configuration — no second server, no redundancy, no backup or DR box — is for a single server. Read back
 * (0.6), not asked from scratch and not trusted silently (issue 25 round 7 §1).
 */
import type { MergedFields } from './collector.ts';
import type { EngageRecord } from './schema.ts';

const OTHER_CONFIGURATION =
  /\b(?:redundan\w*|triad|multiple|independent|servers|backup|secondary|standby|fail-?over|cluster\w*|second\s+(?:licen[cs]e\s+)?server|two|three|four|2|3|4)\b/i;

/** The mail speaks of the server in the singular ("from the box", "our license server"), not only a form's labels. */
const ONE_SERVER_TALK = /\b(?:the|this|our|their)\s+(?:licen[cs]e\s+)?(?:server|box|machine|VM)\b(?!s)/i;

export function settleSingleServer(merged: MergedFields<EngageRecord>, text: string): void {
  const { fields, provenance } = merged;
  const servers = fields.licenseServers ?? [];
  if (fields.serverConfiguration || servers.length !== 1 || !servers[0]?.hostId) return;
  // Any word of another configuration, or a count of servers, leaves the question to the partner.
  if (OTHER_CONFIGURATION.test(text.replace(/\d{2,}|\d+\.\d+/g, ' ')) || !ONE_SERVER_TALK.test(text)) return;
  fields.serverConfiguration = 'single';
  provenance['serverConfiguration'] = { source: 'body', line: 0, confidence: 0.6, via: 'prose' };
}
