/**
 * The organisational domain (RFC 7489 §3.2): the public suffix of the domain plus one label, from the
 * Public Suffix List as `tldts` ships it (offline; private registries such as github.io included, so
 * two tenants of one are never taken for one organisation). "evil.com.pl" and "polska.com.pl" are two
 * organisations under the suffix "com.pl", not one "com.pl" (issue 18 §7). A name the list cannot place
 * (a bare host, an IP literal) is its own organisational domain.
 */
import { getDomain } from 'tldts';

export function organizationalDomain(domain: string): string {
  const name = domain.trim().toLowerCase().replace(/\.$/, '');
  return getDomain(name, { allowPrivateDomains: true }) ?? name;
}

/** DMARC relaxed alignment (RFC 7489 §3.1.1): same organisational domain. */
export function isRelaxedAligned(a: string, b: string): boolean {
  return a !== '' && b !== '' && organizationalDomain(a) === organizationalDomain(b);
}

export function domainOfAddress(address: string): string {
  const at = address.lastIndexOf('@');
  return (at >= 0 ? address.slice(at + 1) : address).trim().replace(/>$/, '').toLowerCase();
}
