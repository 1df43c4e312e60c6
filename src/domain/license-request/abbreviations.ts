/**
 * "single lic server", "3 lic servers redundant", "Engage lic order", "lic. file": writers in a hurry shorten
 * "license" to "lic". The word alone (not a host name's part, `hbt-gvp-lic`, `lic01`, nor a file's, `lic.dat`)
 * is spelled out before the request's words are weighed and its choices read (issue 25 round 14).
 */
const LIC = /(?<![\w.@/\\-])([Ll]ic|LIC)(s?)(?:\.(?=\s|$)|(?![\w.@/\\-]))/g;

export function spelledLicense(text: string): string {
  return text.replace(LIC, (_, _lic: string, plural: string) => `license${plural}`);
}
