/**
 * What a careful reader still finds in PureConnect prose: the GARN, MAC addresses named as primary or
 * backup, the request type ("please generate an activation file"), a deployment type ("for our lab
 * server") and, in the newest message only, the first paragraph as the description
 * when no part of the mail has a labelled one. Fills only what the
 * labelled lines of the same part left empty, at a lower confidence.
 */
import type { Collected } from './collector.ts';
import { normaliseGarn, normaliseHostId, parseDeploymentType, parseImplementationType } from './normalise.ts';
import type { PureConnectRecord } from './schema.ts';

const PROSE = 0.6;
const GARN = /\bGARN\b\s*(?:is|#|:|-)?\s*(?:GARN-?)?(\d{5,})/i;
const MAC = /\b([0-9A-Fa-f]{2}(?:[-:][0-9A-Fa-f]{2}){5}|[0-9A-Fa-f]{4}\.[0-9A-Fa-f]{4}\.[0-9A-Fa-f]{4})\b/g;
const ACTIVATION =
  /\b(new|an?|the)\s+(activation|licen[cs]e)\s+file\b|\bactivation file request\b|\bgenerate\b.*\b(activation|licen[cs]e)\b/i;
const DEPLOYMENT =
  /\b(production|lab|test|dr hot standby|dr cold standby|hot standby|cold standby)\s+(server|system|environment|site)\b/i;
const IMPLEMENTATION = /\b(new deployment|add-on|reallocation|migration)\b/i;
const GREETING = /^(hi|hello|hey|dear|good (morning|afternoon|evening)|greetings)\b[^.]{0,40}[,!:]?$/i;

export function scanPureConnectProse(
  prose: { text: string; line: number }[],
  out: Collected<PureConnectRecord>,
  describeFromProse = true,
): void {
  for (const { text, line } of prose) {
    const garn = GARN.exec(text);
    if (garn && !out.has('garn')) out.setNormalised('garn', normaliseGarn(garn[1]!), garn[0], line, PROSE);
    for (const mac of text.matchAll(MAC)) {
      const before = text.slice(Math.max(0, mac.index - 40), mac.index).toLowerCase();
      const field = /backup|secondary|switchover/.test(before) ? 'backupHostId' : 'primaryHostId';
      const hostId = normaliseHostId(mac[1]!);
      if (hostId.ok && !out.has(field)) out.set(field, hostId.value, line, PROSE);
    }
    if (ACTIVATION.test(text) && !out.has('requestType')) out.set('requestType', 'activation-file', line, PROSE);
    const deployment = DEPLOYMENT.exec(text);
    const deploymentType = deployment ? parseDeploymentType(deployment[1]!) : undefined;
    if (deploymentType?.ok && !out.has('deploymentType')) out.set('deploymentType', deploymentType.value, line, PROSE);
    const implementation = IMPLEMENTATION.exec(text);
    const implementationType = implementation ? parseImplementationType(implementation[1]!) : undefined;
    if (implementationType?.ok && !out.has('implementationType')) {
      out.set('implementationType', implementationType.value, line, PROSE);
    }
  }
  if (describeFromProse && out.context.weight === 1) {
    const paragraph = firstParagraph(prose.filter((p) => !GREETING.test(p.text)));
    if (paragraph) out.fallback('description', paragraph.text, paragraph.line, 0.5);
  }
}

/** Consecutive prose lines from the first one on, joined: the partner's own words about the request. */
function firstParagraph(prose: { text: string; line: number }[]): { text: string; line: number } | undefined {
  const first = prose[0];
  if (!first) return undefined;
  const lines = [first.text];
  for (let k = 1; k < prose.length && prose[k]!.line === prose[k - 1]!.line + 1; k++) lines.push(prose[k]!.text);
  const text = lines.join(' ');
  return text.length >= 15 ? { text, line: first.line } : undefined;
}
