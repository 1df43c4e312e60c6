/**
 * A deliberately small stand-in for the Public Suffix List (we ship no data file): the
 * organisational domain is the last two labels, or the last three when the last two are one of
 * these well-known second-level registries. Good enough for DKIM alignment of our customers'
 * corporate domains. Known limitation: under an unlisted multi-label suffix (e.g. "a.gov.xx" and
 * "b.gov.xx") two different organisations look aligned; add the suffix here when a customer needs it.
 */
const MULTI_LABEL_SUFFIXES = new Set([
  'co.uk',
  'org.uk',
  'ac.uk',
  'gov.uk',
  'ltd.uk',
  'plc.uk',
  'me.uk',
  'com.au',
  'net.au',
  'org.au',
  'edu.au',
  'gov.au',
  'co.jp',
  'ne.jp',
  'or.jp',
  'ac.jp',
  'go.jp',
  'co.nz',
  'org.nz',
  'co.za',
  'co.in',
  'co.kr',
  'co.il',
  'com.br',
  'com.cn',
  'com.hk',
  'com.mx',
  'com.sg',
  'com.tr',
  'com.tw',
  'com.ar',
  'com.my',
]);

export function organizationalDomain(domain: string): string {
  const labels = domain.trim().toLowerCase().replace(/\.$/, '').split('.').filter(Boolean);
  if (labels.length <= 2) return labels.join('.');
  const lastTwo = labels.slice(-2).join('.');
  return MULTI_LABEL_SUFFIXES.has(lastTwo) ? labels.slice(-3).join('.') : lastTwo;
}

/** DMARC relaxed alignment (RFC 7489 §3.1.1): same organisational domain. */
export function isRelaxedAligned(a: string, b: string): boolean {
  return a !== '' && b !== '' && organizationalDomain(a) === organizationalDomain(b);
}

export function domainOfAddress(address: string): string {
  const at = address.lastIndexOf('@');
  return (at >= 0 ? address.slice(at + 1) : address).trim().replace(/>$/, '').toLowerCase();
}
