/**
 * Names for PostgreSQL statements whose text is made per call but comes in few shapes (issue 24, Speed,
 * round 10): a unit's held writes (unit-batch.ts: which tables, how many rows each) and a new case's
 * INSERT (case-store.ts: which columns are given). Sent unnamed, each was parsed, analysed and planned
 * by PostgreSQL on every call — 2.4 plans a message, the most of the database's planning once the turn's
 * read was named in round 7. The same text gets the same name, so node-postgres parses it once per
 * pooled connection (statement-pipeline.ts keeps its books) and PostgreSQL reuses its plan.
 *
 * Bounded: a process names at most MAX_NAMED texts; a text met after that goes unnamed, parsed and
 * planned each time as before. So shapes no one foresaw (a unit holding many rows of many tables) cannot
 * grow every pooled connection's prepared statements without end.
 */
const MAX_NAMED = 256;

const names = new Map<string, string>();

/** The name of `text` (`prefix:n`, short: PostgreSQL cuts names at 63 bytes), or undefined past the bound. */
export function nameOfText(prefix: string, text: string): string | undefined {
  const known = names.get(text);
  if (known !== undefined) return known;
  if (names.size >= MAX_NAMED) return undefined;
  const name = `${prefix}:${names.size}`;
  names.set(text, name);
  return name;
}

/** How many texts this process has named (tests: the bound holds). */
export function namedTexts(): number {
  return names.size;
}

export const MAX_NAMED_TEXTS = MAX_NAMED;
