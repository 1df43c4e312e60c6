/**
 * An Engage request that describes exactly one license server (its host id given), speaks of it in the
 * singular ("systeminfo from the box"), and says nothing of a configuration — no second server, no redundancy, no backup or DR box — is for a single server. Read back
 * (0.6), not asked from scratch and not trusted silently (issue 25 round 7 §1). A form's label alone
 * ("License server: kf-lic01") does not speak of the server: the blind writers ask the configuration then (round 18).
 * A DR site named beside the server is another configuration to ask about.
 */
import type { MergedFields } from './collector.ts';
import { findOsNames } from './os-names.ts';
import type { EngageRecord } from './schema.ts';

const OTHER_CONFIGURATION =
  /\b(?:redundan\w*|ridondan\w*|triad|multiple|independent\w*|independien\w*|ind[ée]pendant\w*|unabh[äa]ngig\w*|servers|servidores|serveurs|backup|secondary|standby|disaster|fail-?over|cluster\w*|second\s+(?:licen[cs]e\s+)?server|two|three|four|dois|duas|dos|tres|três|deux|trois|zwei|drei|twee|drie|due|tre|2|3|4)\b/i;
/** "DR" in capitals (a site or server for disaster recovery), never a title ("Dr Okafor"). */
const DR_SAID = /\bDR\b/;

/**
 * The mail speaks of the server in the singular ("from the box", "our license host", "a Windows Server 2016
 * machine", "o servidor de licenças é um só"), not only a form's labels. OS names are read as one word first, so
 * "the SIP Server" (a product) is not a server but "a Windows Server 2016 machine" is.
 */
const ONE_SERVER_TALK =
  /\b(?:the|this|that|same|our|their|a|one|single|only)\s+(?:(?:new|dedicated|virtual|physical|OS|flex(?:lm|net)?|licen[cs]e|licensing)\s+){0,3}(?:server|box|machine|VM|host)\b(?!s)|\b(?:el|o|le|il|der|die|de|un|um|une)\s+(?:(?:único|unico|seul|einzige[nr]?|enige)\s+)?(?:servidor|serveur|server|Lizenzserver|licentieserver)\b(?!s|es)/i;
const withOsAsOneWord = (text: string) =>
  findOsNames(text)
    .reverse()
    .reduce((said, os) => `${said.slice(0, os.index)}OS${said.slice(os.end)}`, text);

export function settleSingleServer(merged: MergedFields<EngageRecord>, text: string): void {
  const { fields, provenance } = merged;
  const servers = fields.licenseServers ?? [];
  if (fields.serverConfiguration || servers.length !== 1 || !servers[0]?.hostId) return;
  // Any word of another configuration, or a count of servers, leaves the question to the partner.
  const said = withOsAsOneWord(text);
  const other = OTHER_CONFIGURATION.test(said.replace(/\d{2,}|\d+\.\d+/g, ' ')) || DR_SAID.test(said);
  if (other || !ONE_SERVER_TALK.test(said)) return;
  fields.serverConfiguration = 'single';
  provenance['serverConfiguration'] = { source: 'body', line: 0, confidence: 0.6, via: 'prose' };
}
