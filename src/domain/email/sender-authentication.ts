import { type AuthenticationResults, type AuthResult, parseAuthenticationResults } from './authentication-results.ts';
import { domainOfAddress, isRelaxedAligned } from './organizational-domain.ts';

export type SenderAuthVerdict = 'pass' | 'fail' | 'none';

export interface SenderAuthentication {
  verdict: SenderAuthVerdict;
  reason: string;
}

export interface SenderAuthenticationInput {
  /** Every Authentication-Results header value of the message, in message order (topmost first). */
  authenticationResults: readonly string[];
  /** The address in the From header. */
  fromAddress: string;
  /** How many addresses the From header(s) name (two From headers count two); 1 when left out. */
  fromAddresses?: number;
  /** authserv-id of our own receiving server; every other header may be forged by the sender. */
  trustedAuthservId: string;
}

/**
 * Is the From address vouched for by our receiving server (DOMAIN.md §8 "Email trust")?
 * Only the topmost headers whose authserv-id equals the trusted id are read, above any header another
 * hop added (RFC 8601 §5, §7.1: the MTA must strip forged ones with its own id; anything below is
 * sender-controlled).
 *
 * A mail naming more than one From address (two From headers, or two addresses in one) fails whatever its
 * results say: a receiving server may have checked DMARC for another of them than the first, which is the
 * one read here, and not every server names the domain it checked (`header.from`) (RFC 5322 §3.6, RFC 7489
 * §6.6.1; red team round 12).
 *
 * | trusted headers | DMARC (for the From domain) | DKIM pass, d= aligned (relaxed) | verdict |
 * |-----------------|-----------------------------|---------------------------------|---------|
 * | none            | –                           | –                               | none    |
 * | present         | fail (any)                  | any                             | fail    |
 * | present         | pass                        | any                             | pass    |
 * | present         | none / absent               | yes                             | pass    |
 * | present         | none / absent               | no, but some DKIM/DMARC result  | fail    |
 * | present         | no DKIM or DMARC result     | –                               | none    |
 */
export function evaluateSenderAuthentication(input: SenderAuthenticationInput): SenderAuthentication {
  if ((input.fromAddresses ?? 1) > 1) {
    return { verdict: 'fail', reason: `${input.fromAddresses} From addresses: which one was checked is unknown` };
  }
  const trustedId = input.trustedAuthservId.trim().toLowerCase();
  const trusted = topmostTrusted(input.authenticationResults.map(parseAuthenticationResults), trustedId);
  if (trusted.length === 0) return { verdict: 'none', reason: `no Authentication-Results from ${trustedId}` };

  const fromDomain = domainOfAddress(input.fromAddress);
  const results = trusted.flatMap((header) => header.results);
  const dmarc = results.filter((r) => r.method === 'dmarc' && dmarcIsAbout(r, fromDomain));
  const dkim = results.filter((r) => r.method === 'dkim');

  if (dmarc.some((r) => r.result === 'fail')) return { verdict: 'fail', reason: `dmarc=fail for ${fromDomain}` };
  if (dmarc.some((r) => r.result === 'pass')) return { verdict: 'pass', reason: `dmarc=pass for ${fromDomain}` };
  const aligned = dkim.find((r) => r.result === 'pass' && isRelaxedAligned(signingDomain(r), fromDomain));
  if (aligned) return { verdict: 'pass', reason: `dkim=pass d=${signingDomain(aligned)} aligned with ${fromDomain}` };
  if (dkim.length === 0 && dmarc.length === 0) return { verdict: 'none', reason: 'no DKIM or DMARC result' };
  const passedElsewhere = dkim.find((r) => r.result === 'pass');
  if (passedElsewhere)
    return { verdict: 'fail', reason: `dkim=pass d=${signingDomain(passedElsewhere)} not aligned with ${fromDomain}` };
  const seen = [...dmarc, ...dkim].map((r) => `${r.method}=${r.result}`).join(', ');
  return { verdict: 'fail', reason: `no passing DMARC or aligned DKIM (${seen})` };
}

/**
 * Our receiving server's own results: the headers at the top that carry its authserv-id, down to the
 * first header another server added (RFC 8601 §5, §7.1). A header with our id below a foreign one was
 * written before the message reached us — by the sender, or a hop on the way — and is ignored.
 */
function topmostTrusted(headers: AuthenticationResults[], trustedId: string): AuthenticationResults[] {
  const end = headers.findIndex((header) => header.authservId !== trustedId);
  return end === -1 ? headers : headers.slice(0, end);
}

/** A DMARC result speaks for our From domain only if its header.from names it (or names nothing). */
function dmarcIsAbout(result: AuthResult, fromDomain: string): boolean {
  const headerFrom = result.properties['header.from'];
  return headerFrom === undefined || domainOfAddress(headerFrom) === fromDomain;
}

/** DKIM's d= (header.d), else the domain of the agent identifier header.i (RFC 8601 §2.7.1). */
function signingDomain(result: AuthResult): string {
  const d = result.properties['header.d'];
  if (d) return d.toLowerCase();
  const i = result.properties['header.i'];
  return i ? domainOfAddress(i) : '';
}
