/**
 * A report known by its facts (issue 21 §1: "Interaction Server prod: chat sessions are routed to logged-out
 * agents. Medium."): a product with its system or level, and a behaviour told in words no problem sentence
 * of the reader names. What is left once every fact read is taken out is the contact's own account of what
 * happens: the report keeps its text as the description rather than asking "what happens?" again.
 */
import type { Reading } from './reading.ts';

/** Words that tell nothing of a behaviour: fillers, requests for a case, vague problem words, levels, systems. */
const FILLER = new Set(
  (
    'a an the this that these those it its is are was were be been am i we me us my our you your they their ' +
    'to of in on at for with w from by and or but so as also just please pls plz kindly thanks thank thx hi ' +
    'hello hey dear team support there here have has had got get need needs want wants would like can could ' +
    'will shall should do does did some any one case ticket incident sr open raise log create new another ' +
    'problem problems issue issues trouble bug error help someone anyone urgent asap now today severity sev ' +
    'priority prio level critical high medium low production prod test lab staging uat qa dev system systems ' +
    'environment env server version release regards best cheers br'
  ).split(' '),
);

/** Spans of what was read as facts other than the description. */
function factSpans(reading: Reading): Array<readonly [number, number]> {
  const spans: Array<readonly [number, number]> = reading.products.map((p) => p.span);
  for (const name of ['severity', 'system', 'version', 'circumstances', 'businessImpact', 'caseNumbers'] as const) {
    const span = reading.slots[name]?.span;
    if (span) spans.push(span);
  }
  return spans;
}

/**
 * The text as the description when a report names a product and says, beside its facts, at least three
 * words of its own in lower case that are no filler; undefined otherwise (a bare "SIP Server prod, High", "we have a
 * problem with GIM").
 */
export function reportRemainder(text: string, reading: Reading): string | undefined {
  if (reading.slots.description || reading.products.length === 0) return undefined;
  let rest = text;
  for (const [start, end] of factSpans(reading))
    rest = rest.slice(0, start) + ' '.repeat(Math.max(0, end - start)) + rest.slice(end);
  // Names, companies and sign-offs are written with a capital: the account of what happens is in lower case.
  const words = rest
    .split(/[^A-Za-z0-9'-]+/)
    .map((w) => w.replace(/^['-]+|['-]+$/g, ''))
    .filter((w) => w.length > 1 && /^[a-z]/.test(w) && !FILLER.has(w));
  return new Set(words).size >= 3 ? text.trim() : undefined;
}
