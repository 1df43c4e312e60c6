/**
 * An operating system named without its release ("Both are Solaris", "all three run AIX"): os-names.ts reads
 * an OS only with a version, as a bare word is often not about the license server. Said of every server, the
 * family alone is still the OS field (the release may come from command output beside it, or be asked).
 * Only families whose name is never another thing's: "Windows" or "Linux" alone do not say which product.
 */
import type { ServerMention } from './server-mention.ts';

const FAMILIES: [RegExp, string][] = [
  [/\boracle\s+solaris\b/i, 'Oracle Solaris'],
  [/\bsolaris\b/i, 'Solaris'],
  [/\bAIX\b/, 'AIX'],
  [/\bHP-?UX\b/i, 'HP-UX'],
  [/\bwindows\s+server\b/i, 'Windows Server'],
  [/\b(?:red\s+hat\s+enterprise\s+linux|RHEL)\b/i, 'Red Hat Enterprise Linux'],
];

/** Gives a mention said of every server the OS family its text names, where no OS with a release was read. */
export function withOsFamily(mention: ServerMention, text: string): ServerMention {
  if (mention.values.os !== undefined) return mention;
  const family = FAMILIES.find(([pattern]) => pattern.test(text));
  if (!family) return mention;
  mention.values.os = family[1];
  mention.confidence.os = 0.7;
  return mention;
}
